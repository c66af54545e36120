import type { Text } from "@tianbiao/core";

/** Who receives the support. */
export type SubsidyRecipient = "enterprise" | "trainingInstitution" | "parkOperator";

/** Units of a base or of a threshold. */
export type SubsidyUnit =
  | "CNY"
  | "USD"
  | "person"
  | "qualification"
  | "project"
  | "park"
  | "enterprise"
  | "year"
  | "month";

/** What a rate or a per-unit amount applies to. */
export interface SubsidyBase {
  label: Text;
  unit: SubsidyUnit;
  /** For an amount paid per step of the base: the step (每 1000 万美元 → 10_000_000). */
  step?: number;
  /** Ids of the rules whose awards add up to the base (（三） pays a share of （一） and （二）). */
  ofRules?: string[];
}

/** A condition expressed as a number: 超过 is exclusive, 以上 and 不低于 are inclusive. */
export interface SubsidyThreshold {
  label: Text;
  min: number;
  unit: SubsidyUnit;
  exclusive?: boolean;
}

/** A printed measure of 三、支持方向和标准: its number, heading and, where it has one, its paragraph. */
export interface SubsidyMeasure {
  /** The number as printed, brackets included: （一） … (九). */
  item: string;
  title: Text;
  /** The measure's paragraph, when the measure is not split into numbered sub-items. */
  text?: Text;
}

/**
 * One computable support rule. A measure with numbered sub-items, or with different caps for
 * different cases (（五） at home and abroad), gives one rule per sub-item or case.
 */
export interface SubsidyRule {
  id: string;
  /** The measure this rule belongs to, by its printed number. */
  measure: string;
  title: Text;
  /** The numbered sub-item ("1. 鼓励…") or the case within the measure (参加境内活动的). */
  part?: Text;
  /** The sub-item's own paragraph, as printed. */
  text?: Text;
  recipient: SubsidyRecipient;
  base: SubsidyBase;
  /** Share of the base paid: 0.03 for 3%. */
  rate?: number;
  /** Yuan paid per unit (or per step) of the base. */
  amountYuan?: number;
  /** The document gives a range instead of one amount (10—30 万元). */
  amountRangeYuan?: readonly [min: number, max: number];
  /** The rate or amount is a maximum (最高), not a fixed figure. */
  upTo?: boolean;
  /** Paid once (一次性), not every year. */
  once?: boolean;
  /** Cap for each item of the base: each event, certification project, person a year, platform. */
  capPerItem?: { yuan: number; per: Text };
  /** Cap per recipient per year. */
  yearlyCapYuan?: number;
  /** Cap per recipient over the measure as a whole, no period stated. */
  capYuan?: number;
  maxItemsPerYear?: number;
  maxYears?: number;
  maxSquareMetres?: number;
  thresholds?: SubsidyThreshold[];
  /** Who qualifies and for what, as printed. */
  conditions: Text;
  /** The rate or amount as printed. */
  rateText?: Text;
  /** The caps as printed. */
  capText?: Text;
}

/** 四、（三）: the total a single enterprise may receive from these measures in a year. */
export const enterpriseYearlyCapYuan = 5_000_000;

/** The sentence that sets {@link enterpriseYearlyCapYuan}, with the rule against double claims. */
export const enterpriseYearlyCapText: Text = {
  zh: "本政策实施过程中若与我市其他政策交叉或重叠，由申报企业自行选择，不得重复申报。单个企业获得年度服务外包政策支持资金总额最高 500 万元。",
  en: "Where these measures overlap with other city policies, the applying enterprise chooses one and may not claim twice. A single enterprise receives at most CNY 5 million a year in total from service outsourcing policy funds.",
};

/** The nine measures of 三、支持方向和标准, in printed order. */
export const subsidyMeasures: SubsidyMeasure[] = [
  {
    item: "（一）",
    title: {
      zh: "鼓励企业扩大服务外包业务规模",
      en: "Encourage enterprises to expand their service outsourcing business",
    },
    text: {
      zh: "自 2020 年开始，对比上年度，对业务增量部分（离岸业务合同执行额折合为人民币计算，人民币汇率以业务执行年度中间价为准，新增企业首年计算纯增量）给予 3% 的奖励，单个企业年度奖励金额最高 200 万元。",
      en: "From 2020, compared with the previous year, an award of 3% of the increase in business (offshore contract executed amounts converted into CNY at the central parity exchange rate of the year of execution; for a new enterprise the whole first year counts as increase), up to CNY 2 million a year for a single enterprise.",
    },
  },
  {
    item: "（二）",
    title: {
      zh: "鼓励企业开展国际服务外包业务",
      en: "Encourage enterprises to undertake international service outsourcing",
    },
    text: {
      zh: "对年度离岸服务外包业务超过 100 万美元的企业，按合同执行额（以美元计算）10% 的比例给予奖励，单个企业年度奖励金额最高 200 万元。",
      en: "An enterprise whose offshore service outsourcing business in the year exceeds USD 1 million receives an award of 10% of the contract executed amount (in US dollars), up to CNY 2 million a year for a single enterprise.",
    },
  },
  {
    item: "（三）",
    title: {
      zh: "提升服务外包企业创新发展能力",
      en: "Raise the innovation capacity of service outsourcing enterprises",
    },
    text: {
      zh: "对连续两年取得新的发明专利、软件著作权或研发投入持续两年保持增长的企业，按照其年度获得服务外包业务奖励金额（增量奖励和离岸业务奖励合计）的 15% 给予奖励。",
      en: "An enterprise that obtained new invention patents or software copyrights in two consecutive years, or whose R&D investment grew for two years in a row, receives an award of 15% of the service outsourcing business awards it received in the year (the increase award and the offshore award together).",
    },
  },
  {
    item: "（四）",
    title: {
      zh: "推动技术先进型服务企业认定",
      en: "Promote recognition as advanced technology service enterprise",
    },
    text: {
      zh: "对新获得技术先进型服务企业资格的企业，一次性给予 10 万元资金奖励。",
      en: "An enterprise newly recognised as advanced technology service enterprise receives a one-off award of CNY 100,000.",
    },
  },
  {
    item: "（五）",
    title: {
      zh: "支持服务外包企业开拓市场",
      en: "Support service outsourcing enterprises in opening up markets",
    },
    text: {
      zh: "企业参加商务部门指定的境内外服务外包或服务贸易专业展会、招商引资、经贸交流等活动，给予最高 70% 的费用补贴(包括注册费、展位费、布展费、特装费、宣传推广费等)。其中，参加境内活动的，每场最高补贴 2 万元，全年最高 20 万元；参加境外活动的，每场最高补贴 5 万元，全年最高 30 万元。",
      en: "An enterprise taking part in service outsourcing or trade in services trade fairs, investment promotion, economic and trade exchanges and similar events at home or abroad designated by the commerce departments receives a subsidy of up to 70% of its costs (registration, booth, booth set-up, special decoration, publicity and promotion fees, etc.). For events in China, at most CNY 20,000 per event and CNY 200,000 a year; for events abroad, at most CNY 50,000 per event and CNY 300,000 a year.",
    },
  },
  {
    item: "(六)",
    title: {
      zh: "引导企业开展服务外包资质认证",
      en: "Guide enterprises to obtain service outsourcing qualification certification",
    },
    text: {
      zh: "支持企业申请开发能力成熟度模型集成 (CMMI)、信息技术服务标准服务管理 (ITSS)、人力资源成熟度模型 (PCMM)、服务提供商环境安全性 (SAS70)、信息安全服务 (CCRC) 等服务外包相关行业资质。对企业新获得资质的认证费用或已获得资质的维护费用给予 70% 补贴。每个企业每年支持项目最多 3 个，每个项目补贴金额最高 30 万元。",
      en: "Enterprises are supported in applying for service outsourcing industry qualifications such as Capability Maturity Model Integration (CMMI), Information Technology Service Standards service management (ITSS), People Capability Maturity Model (PCMM), service provider environment security (SAS70) and information security services (CCRC). 70% of the certification fees of a newly obtained qualification, or of the maintenance fees of one already held, is subsidised. Each enterprise is supported for at most 3 projects a year, at most CNY 300,000 per project.",
    },
  },
  {
    item: "(七)",
    title: {
      zh: "支持服务外包人才培训和就业",
      en: "Support service outsourcing talent training and employment",
    },
  },
  {
    item: "（八）",
    title: {
      zh: "支持服务外包示范园区建设",
      en: "Support the building of service outsourcing demonstration parks",
    },
  },
  {
    item: "(九)",
    title: {
      zh: "支持服务外包公共服务平台建设",
      en: "Support the building of public service platforms for service outsourcing",
    },
    text: {
      zh: "支持企业建设服务外包公共技术、信息、培训服务平台，对平台建设所需信息化硬件设备、相关配套设施和商品化正版软件购置费用给予 30% 的资金补贴，单个平台补贴金额最高 200 万元。",
      en: "Enterprises building public technology, information or training service platforms for service outsourcing receive a subsidy of 30% of the purchase costs of the IT hardware, related supporting facilities and licensed commercial software the platform needs, up to CNY 2 million per platform.",
    },
  },
];

const titleOf = (item: string): Text => {
  const measure = subsidyMeasures.find((m) => m.item === item);
  if (!measure) throw new Error(`no measure ${item}`);
  return measure.title;
};

const marketConditions: Text = {
  zh: "企业参加商务部门指定的境内外服务外包或服务贸易专业展会、招商引资、经贸交流等活动",
  en: "An enterprise takes part in service outsourcing or trade in services trade fairs, investment promotion, economic and trade exchanges and similar events at home or abroad designated by the commerce departments",
};
const marketBase: SubsidyBase = {
  label: {
    zh: "注册费、展位费、布展费、特装费、宣传推广费等",
    en: "Registration, booth, booth set-up, special decoration, publicity and promotion fees, etc.",
  },
  unit: "CNY",
};
const marketRate: Text = { zh: "给予最高 70% 的费用补贴", en: "A subsidy of up to 70% of the costs" };

/** Every support rule of 三、支持方向和标准, with every number as printed. */
export const subsidyRules: SubsidyRule[] = [
  {
    id: "businessGrowth",
    measure: "（一）",
    title: titleOf("（一）"),
    recipient: "enterprise",
    base: {
      label: { zh: "业务增量部分", en: "The increase in business over the previous year" },
      unit: "CNY",
    },
    rate: 0.03,
    yearlyCapYuan: 2_000_000,
    conditions: {
      zh: "自 2020 年开始，对比上年度，对业务增量部分（离岸业务合同执行额折合为人民币计算，人民币汇率以业务执行年度中间价为准，新增企业首年计算纯增量）",
      en: "From 2020, the increase in business over the previous year (offshore contract executed amounts converted into CNY at the central parity exchange rate of the year of execution; for a new enterprise the whole first year counts as increase)",
    },
    rateText: { zh: "给予 3% 的奖励", en: "An award of 3%" },
    capText: {
      zh: "单个企业年度奖励金额最高 200 万元",
      en: "At most CNY 2 million a year for a single enterprise",
    },
  },
  {
    id: "offshoreBusiness",
    measure: "（二）",
    title: titleOf("（二）"),
    recipient: "enterprise",
    base: {
      label: { zh: "合同执行额（以美元计算）", en: "Contract executed amount (in US dollars)" },
      unit: "USD",
    },
    rate: 0.1,
    yearlyCapYuan: 2_000_000,
    thresholds: [
      {
        label: { zh: "年度离岸服务外包业务", en: "Offshore service outsourcing business in the year" },
        min: 1_000_000,
        unit: "USD",
        exclusive: true,
      },
    ],
    conditions: {
      zh: "对年度离岸服务外包业务超过 100 万美元的企业",
      en: "An enterprise whose offshore service outsourcing business in the year exceeds USD 1 million",
    },
    rateText: {
      zh: "按合同执行额（以美元计算）10% 的比例给予奖励",
      en: "An award of 10% of the contract executed amount (in US dollars)",
    },
    capText: {
      zh: "单个企业年度奖励金额最高 200 万元",
      en: "At most CNY 2 million a year for a single enterprise",
    },
  },
  {
    id: "innovation",
    measure: "（三）",
    title: titleOf("（三）"),
    recipient: "enterprise",
    base: {
      label: {
        zh: "年度获得服务外包业务奖励金额（增量奖励和离岸业务奖励合计）",
        en: "Service outsourcing business awards received in the year (the increase award and the offshore award together)",
      },
      unit: "CNY",
      ofRules: ["businessGrowth", "offshoreBusiness"],
    },
    rate: 0.15,
    conditions: {
      zh: "对连续两年取得新的发明专利、软件著作权或研发投入持续两年保持增长的企业",
      en: "An enterprise that obtained new invention patents or software copyrights in two consecutive years, or whose R&D investment grew for two years in a row",
    },
    rateText: {
      zh: "按照其年度获得服务外包业务奖励金额（增量奖励和离岸业务奖励合计）的 15% 给予奖励",
      en: "An award of 15% of the service outsourcing business awards it received in the year (the increase award and the offshore award together)",
    },
  },
  {
    id: "advancedTechnologyServiceEnterprise",
    measure: "（四）",
    title: titleOf("（四）"),
    recipient: "enterprise",
    base: {
      label: {
        zh: "新获得技术先进型服务企业资格",
        en: "New recognition as advanced technology service enterprise",
      },
      unit: "qualification",
    },
    amountYuan: 100_000,
    once: true,
    conditions: {
      zh: "对新获得技术先进型服务企业资格的企业",
      en: "An enterprise newly recognised as advanced technology service enterprise",
    },
    rateText: { zh: "一次性给予 10 万元资金奖励", en: "A one-off award of CNY 100,000" },
  },
  {
    id: "marketsInChina",
    measure: "（五）",
    title: titleOf("（五）"),
    part: { zh: "参加境内活动的", en: "Events in China" },
    recipient: "enterprise",
    base: marketBase,
    rate: 0.7,
    upTo: true,
    capPerItem: { yuan: 20_000, per: { zh: "每场", en: "per event" } },
    yearlyCapYuan: 200_000,
    conditions: marketConditions,
    rateText: marketRate,
    capText: {
      zh: "每场最高补贴 2 万元，全年最高 20 万元",
      en: "At most CNY 20,000 per event and CNY 200,000 a year",
    },
  },
  {
    id: "marketsAbroad",
    measure: "（五）",
    title: titleOf("（五）"),
    part: { zh: "参加境外活动的", en: "Events abroad" },
    recipient: "enterprise",
    base: marketBase,
    rate: 0.7,
    upTo: true,
    capPerItem: { yuan: 50_000, per: { zh: "每场", en: "per event" } },
    yearlyCapYuan: 300_000,
    conditions: marketConditions,
    rateText: marketRate,
    capText: {
      zh: "每场最高补贴 5 万元，全年最高 30 万元",
      en: "At most CNY 50,000 per event and CNY 300,000 a year",
    },
  },
  {
    id: "qualificationCertification",
    measure: "(六)",
    title: titleOf("(六)"),
    recipient: "enterprise",
    base: {
      label: {
        zh: "新获得资质的认证费用或已获得资质的维护费用",
        en: "Certification fees of a newly obtained qualification or maintenance fees of one already held",
      },
      unit: "CNY",
    },
    rate: 0.7,
    capPerItem: { yuan: 300_000, per: { zh: "每个项目", en: "per project" } },
    maxItemsPerYear: 3,
    conditions: {
      zh: "支持企业申请开发能力成熟度模型集成 (CMMI)、信息技术服务标准服务管理 (ITSS)、人力资源成熟度模型 (PCMM)、服务提供商环境安全性 (SAS70)、信息安全服务 (CCRC) 等服务外包相关行业资质",
      en: "Enterprises applying for service outsourcing industry qualifications such as CMMI, ITSS, PCMM, SAS70 and CCRC",
    },
    rateText: { zh: "给予 70% 补贴", en: "A subsidy of 70%" },
    capText: {
      zh: "每个企业每年支持项目最多 3 个，每个项目补贴金额最高 30 万元",
      en: "At most 3 projects per enterprise a year, at most CNY 300,000 per project",
    },
  },
  {
    id: "trainingPurchase",
    measure: "(七)",
    title: titleOf("(七)"),
    part: {
      zh: "1. 鼓励政府购买服务开展业务培训",
      en: "1. Government purchase of business training services",
    },
    text: {
      zh: "对相关培训机构开展的服务贸易和服务外包业务培训项目，采用政府购买服务的方式予以支持。",
      en: "Trade in services and service outsourcing business training projects run by the relevant training institutions are supported through government purchase of services.",
    },
    recipient: "trainingInstitution",
    base: {
      label: {
        zh: "服务贸易和服务外包业务培训项目",
        en: "Trade in services and service outsourcing business training projects",
      },
      unit: "project",
    },
    conditions: {
      zh: "对相关培训机构开展的服务贸易和服务外包业务培训项目",
      en: "Trade in services and service outsourcing business training projects run by the relevant training institutions",
    },
    rateText: {
      zh: "采用政府购买服务的方式予以支持",
      en: "Supported through government purchase of services",
    },
  },
  {
    id: "trainingInstitutions",
    measure: "(七)",
    title: titleOf("(七)"),
    part: {
      zh: "2. 鼓励培训机构开展专业人才培养",
      en: "2. Professional talent training by training institutions",
    },
    text: {
      zh: "对已获得认定的本市服务外包培训机构，每培训 1 名服务外包业务人才（大专以上学历），通过服务外包专业知识和技能培训考核，并与服务外包企业（单位）签订 1 年以上《劳动合同》，给予培训机构每人最高 500 元的定额培训支持。",
      en: "A recognised service outsourcing training institution of the city receives fixed training support of up to CNY 500 per person for each service outsourcing professional it trains (junior college education or above) who passes the service outsourcing knowledge and skills assessment and signs a labour contract of 1 year or more with a service outsourcing enterprise (entity).",
    },
    recipient: "trainingInstitution",
    base: {
      label: { zh: "服务外包业务人才", en: "Service outsourcing professionals trained" },
      unit: "person",
    },
    amountYuan: 500,
    upTo: true,
    thresholds: [{ label: { zh: "《劳动合同》", en: "Labour contract" }, min: 1, unit: "year" }],
    conditions: {
      zh: "对已获得认定的本市服务外包培训机构，每培训 1 名服务外包业务人才（大专以上学历），通过服务外包专业知识和技能培训考核，并与服务外包企业（单位）签订 1 年以上《劳动合同》",
      en: "A recognised service outsourcing training institution of the city, for each service outsourcing professional it trains (junior college education or above) who passes the service outsourcing knowledge and skills assessment and signs a labour contract of 1 year or more with a service outsourcing enterprise (entity)",
    },
    rateText: {
      zh: "给予培训机构每人最高 500 元的定额培训支持",
      en: "Fixed training support of up to CNY 500 per person to the training institution",
    },
  },
  {
    id: "seniorTalentTraining",
    measure: "(七)",
    title: titleOf("(七)"),
    part: {
      zh: "3. 鼓励企业开展中、高级专业人才培养",
      en: "3. Training of intermediate and senior professionals by enterprises",
    },
    text: {
      zh: "对服务贸易或服务外包企业（单位）开展与涉外业务相关的中、高级专业人才（本科以上学历、项目经理以上职位）的业务培训（不包括学历教育)，给予相关培训费用最高 50% 的补贴，每人每年的培训费用补贴额度最高 3 万元，每个企业（单位）每年可获补贴人数最多 20 人。",
      en: "A trade in services or service outsourcing enterprise (entity) that trains intermediate and senior professionals for foreign-related business (bachelor's degree or above, project manager or above; degree education excluded) receives a subsidy of up to 50% of the related training costs, at most CNY 30,000 per person a year, for at most 20 persons per enterprise (entity) a year.",
    },
    recipient: "enterprise",
    base: { label: { zh: "相关培训费用", en: "Related training costs" }, unit: "CNY" },
    rate: 0.5,
    upTo: true,
    capPerItem: { yuan: 30_000, per: { zh: "每人每年", en: "per person a year" } },
    maxItemsPerYear: 20,
    conditions: {
      zh: "对服务贸易或服务外包企业（单位）开展与涉外业务相关的中、高级专业人才（本科以上学历、项目经理以上职位）的业务培训（不包括学历教育)",
      en: "Training by a trade in services or service outsourcing enterprise (entity) of intermediate and senior professionals for foreign-related business (bachelor's degree or above, project manager or above; degree education excluded)",
    },
    rateText: {
      zh: "给予相关培训费用最高 50% 的补贴",
      en: "A subsidy of up to 50% of the related training costs",
    },
    capText: {
      zh: "每人每年的培训费用补贴额度最高 3 万元，每个企业（单位）每年可获补贴人数最多 20 人",
      en: "At most CNY 30,000 of training costs per person a year; at most 20 persons per enterprise (entity) a year",
    },
  },
  {
    id: "internshipBases",
    measure: "(七)",
    title: titleOf("(七)"),
    part: {
      zh: "4. 鼓励建立服务外包培训基地和实训基地",
      en: "4. Service outsourcing training and internship bases",
    },
    text: {
      zh: "对与相关高校签订两年以上实习生实训协议，且每年接受服务外包实习生 20 名以上的服务外包企业（单位），每接受一名应届毕业学生（大专以上学历、实习期 3 个月以上、在职并连续交纳社保不低于 6 个月），给予 5000 元的补贴，补贴总额最高为 50 万元。",
      en: "A service outsourcing enterprise (entity) that has signed internship agreements of two years or more with universities and takes 20 or more service outsourcing interns a year receives CNY 5,000 for each new graduate it takes (junior college education or above, internship of 3 months or more, employed with social insurance paid for at least 6 consecutive months), at most CNY 500,000 in total.",
    },
    recipient: "enterprise",
    base: { label: { zh: "应届毕业学生", en: "New graduates taken on" }, unit: "person" },
    amountYuan: 5000,
    capYuan: 500_000,
    thresholds: [
      { label: { zh: "实习生实训协议", en: "Internship agreement" }, min: 2, unit: "year" },
      {
        label: { zh: "每年接受服务外包实习生", en: "Service outsourcing interns taken a year" },
        min: 20,
        unit: "person",
      },
      { label: { zh: "实习期", en: "Internship" }, min: 3, unit: "month" },
      { label: { zh: "连续交纳社保", en: "Consecutive social insurance payments" }, min: 6, unit: "month" },
    ],
    conditions: {
      zh: "对与相关高校签订两年以上实习生实训协议，且每年接受服务外包实习生 20 名以上的服务外包企业（单位），每接受一名应届毕业学生（大专以上学历、实习期 3 个月以上、在职并连续交纳社保不低于 6 个月）",
      en: "A service outsourcing enterprise (entity) with internship agreements of two years or more with universities that takes 20 or more service outsourcing interns a year, for each new graduate it takes (junior college education or above, internship of 3 months or more, employed with social insurance paid for at least 6 consecutive months)",
    },
    rateText: { zh: "给予 5000 元的补贴", en: "A subsidy of CNY 5,000" },
    capText: { zh: "补贴总额最高为 50 万元", en: "At most CNY 500,000 in total" },
  },
  {
    id: "parkRecognition",
    measure: "（八）",
    title: titleOf("（八）"),
    part: {
      zh: "1. 实施服务外包示范园区认定工作",
      en: "1. Recognition of service outsourcing demonstration parks",
    },
    text: {
      zh: "对新通过认定并由企业统一管理和运营的市级或市级以上服务外包示范园区，给予一次性奖励 20 万元。",
      en: "A newly recognised municipal or higher-level service outsourcing demonstration park managed and operated as a whole by an enterprise receives a one-off award of CNY 200,000.",
    },
    recipient: "parkOperator",
    base: {
      label: {
        zh: "市级或市级以上服务外包示范园区",
        en: "Municipal or higher-level service outsourcing demonstration park",
      },
      unit: "park",
    },
    amountYuan: 200_000,
    once: true,
    conditions: {
      zh: "对新通过认定并由企业统一管理和运营的市级或市级以上服务外包示范园区",
      en: "A newly recognised municipal or higher-level service outsourcing demonstration park managed and operated as a whole by an enterprise",
    },
    rateText: { zh: "给予一次性奖励 20 万元", en: "A one-off award of CNY 200,000" },
  },
  {
    id: "parkKeyEnterprises",
    measure: "（八）",
    title: titleOf("（八）"),
    part: { zh: "2. 鼓励园区引进重点企业和项目", en: "2. Parks bringing in key enterprises and projects" },
    text: {
      zh: "对市级及市级以上服务外包示范园区引进世界 500 强、国内 500 强、国际外包专业协会（IAOP）全球外包 100 强、中国服务外包十大领军企业，上述企业或项目入园正常运营一年以上的，给予园区管理和运营企业 10—30 万元资金奖励；引进信息传输、软件和信息服务业项目，吸引外商投资金额每 1000 万美元，给予 10 万元奖励，每个园区最高奖励 30 万元。",
      en: "When a municipal or higher-level service outsourcing demonstration park brings in a Fortune Global 500, China Top 500, IAOP Global Outsourcing 100 or China Top 10 service outsourcing leading enterprise, and the enterprise or project has operated normally in the park for one year or more, the park's management and operating enterprise receives an award of CNY 100,000 to 300,000; for information transmission, software and information services projects brought in, CNY 100,000 for each USD 10 million of foreign investment attracted, at most CNY 300,000 per park.",
    },
    recipient: "parkOperator",
    base: {
      label: { zh: "上述企业或项目", en: "Each enterprise or project brought in" },
      unit: "enterprise",
    },
    amountRangeYuan: [100_000, 300_000],
    thresholds: [{ label: { zh: "入园正常运营", en: "Normal operation in the park" }, min: 1, unit: "year" }],
    conditions: {
      zh: "对市级及市级以上服务外包示范园区引进世界 500 强、国内 500 强、国际外包专业协会（IAOP）全球外包 100 强、中国服务外包十大领军企业，上述企业或项目入园正常运营一年以上的",
      en: "A municipal or higher-level service outsourcing demonstration park brings in a Fortune Global 500, China Top 500, IAOP Global Outsourcing 100 or China Top 10 service outsourcing leading enterprise that has operated normally in the park for one year or more",
    },
    rateText: {
      zh: "给予园区管理和运营企业 10—30 万元资金奖励",
      en: "An award of CNY 100,000 to 300,000 to the park's management and operating enterprise",
    },
  },
  {
    id: "parkForeignInvestment",
    measure: "（八）",
    title: titleOf("（八）"),
    part: {
      zh: "引进信息传输、软件和信息服务业项目",
      en: "Information transmission, software and information services projects brought in",
    },
    recipient: "parkOperator",
    base: {
      label: { zh: "吸引外商投资金额", en: "Foreign investment attracted" },
      unit: "USD",
      step: 10_000_000,
    },
    amountYuan: 100_000,
    capYuan: 300_000,
    conditions: {
      zh: "引进信息传输、软件和信息服务业项目，吸引外商投资金额每 1000 万美元",
      en: "For information transmission, software and information services projects brought in, each USD 10 million of foreign investment attracted",
    },
    rateText: { zh: "给予 10 万元奖励", en: "An award of CNY 100,000" },
    capText: { zh: "每个园区最高奖励 30 万元", en: "At most CNY 300,000 per park" },
  },
  {
    id: "parkRent",
    measure: "（八）",
    title: titleOf("（八）"),
    part: { zh: "3. 鼓励企业在园区内长期集聚发展", en: "3. Enterprises staying in parks for the long term" },
    text: {
      zh: "在市级及市级以上服务外包重点园区入驻三年以上、合同执行额超过 500 万元的服务外包企业，对其租赁的办公用房给予 30% 的租金补贴，补贴期限最多 3 年，补贴面积最多 1000 平方米。",
      en: "A service outsourcing enterprise that has been in a municipal or higher-level key service outsourcing park for three years or more, with a contract executed amount over CNY 5 million, receives a subsidy of 30% of the rent of its leased offices, for at most 3 years and at most 1000 square metres.",
    },
    recipient: "enterprise",
    base: { label: { zh: "租赁的办公用房", en: "Rent of leased offices" }, unit: "CNY" },
    rate: 0.3,
    maxYears: 3,
    maxSquareMetres: 1000,
    thresholds: [
      { label: { zh: "入驻", en: "Time in the park" }, min: 3, unit: "year" },
      {
        label: { zh: "合同执行额", en: "Contract executed amount" },
        min: 5_000_000,
        unit: "CNY",
        exclusive: true,
      },
    ],
    conditions: {
      zh: "在市级及市级以上服务外包重点园区入驻三年以上、合同执行额超过 500 万元的服务外包企业",
      en: "A service outsourcing enterprise that has been in a municipal or higher-level key service outsourcing park for three years or more, with a contract executed amount over CNY 5 million",
    },
    rateText: { zh: "给予 30% 的租金补贴", en: "A rent subsidy of 30%" },
    capText: {
      zh: "补贴期限最多 3 年，补贴面积最多 1000 平方米",
      en: "For at most 3 years and at most 1000 square metres",
    },
  },
  {
    id: "publicServicePlatforms",
    measure: "(九)",
    title: titleOf("(九)"),
    recipient: "enterprise",
    base: {
      label: {
        zh: "平台建设所需信息化硬件设备、相关配套设施和商品化正版软件购置费用",
        en: "Purchase costs of the IT hardware, related supporting facilities and licensed commercial software the platform needs",
      },
      unit: "CNY",
    },
    rate: 0.3,
    capPerItem: { yuan: 2_000_000, per: { zh: "单个平台", en: "per platform" } },
    conditions: {
      zh: "支持企业建设服务外包公共技术、信息、培训服务平台",
      en: "Enterprises building public technology, information or training service platforms for service outsourcing",
    },
    rateText: { zh: "给予 30% 的资金补贴", en: "A subsidy of 30%" },
    capText: { zh: "单个平台补贴金额最高 200 万元", en: "At most CNY 2 million per platform" },
  },
];
