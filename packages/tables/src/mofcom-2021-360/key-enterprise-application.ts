import type {
  Field,
  FormTable,
  InvalidFixture,
  Submission,
  TableFixtures,
  Text,
  ThresholdRule,
} from "@tianbiao/core";
import type { TableModule } from "../types";

const manufacturing = { field: "category", equals: "manufacturing" };
const ito = { field: "category", equals: "ito" };

const year = (id: string, zh: string, en: string, unit: "%" | "万元"): Field => ({
  id,
  kind: "decimal",
  label: { zh, en },
  unit,
  min: 0,
  ...(unit === "%" ? { max: 100 } : {}),
  required: true,
});

const contactRow = (id: string, label: Text): Field => ({
  id,
  kind: "group",
  label,
  required: true,
  fields: [
    { id: "name", kind: "text", label, required: true, width: "short" },
    // One box for the whole number with its area code; the landline format checks the local part only.
    { id: "telephone", kind: "text", label: { zh: "电话", en: "Telephone" }, required: true },
    { id: "mobile", kind: "text", label: { zh: "手机", en: "Mobile" }, format: "mobile", required: true },
  ],
});

// Left for the recommending department: not required of the applicant.
const opinionBlock = (prefix: string, label: Text): Field[] => [
  { id: `${prefix}Opinion`, kind: "longText", label, rows: 4 },
  {
    id: `${prefix}Signatory`,
    kind: "text",
    label: { zh: "负责人(签字)", en: "Head (signature)" },
    width: "short",
  },
  { id: `${prefix}Date`, kind: "date", label: { zh: "年 月 日", en: "Date" }, precision: "day" },
];

const stamp = (id: string) => ({
  id,
  role: "stamp" as const,
  title: { zh: "(公 章)", en: "(Official seal)" },
  fields: [],
});

const threshold = (
  id: string,
  target: string,
  min: number,
  when: typeof manufacturing,
  source: Text,
): ThresholdRule => ({ id, kind: "threshold", severity: "warning", target, min, when, source });

// The zh is the item as printed in 附件1 第五条; the en names where it stands.
const manufacturingCondition = (zh: string, en: string): Text => ({
  zh,
  en: `Annex 1 Article 5 (2), manufacturing key enterprise: ${en}`,
});
const itoCondition = (zh: string, en: string): Text => ({
  zh,
  en: `Annex 1 Article 5 (3), information technology service outsourcing key enterprise: ${en}`,
});

const itRatioSource = manufacturingCondition(
  "4、近三年,每年信息化建设投入占营业收入的比例不低于5%。",
  "4. In each of the last three years, informatisation investment was at least 5% of operating revenue.",
);
const itoAmountSource = itoCondition(
  "2、近三年,每年承接信息技术服务外包(ITO)执行额不低于5000万元人民币。",
  "2. In each of the last three years, the information technology service outsourcing (ITO) executed amount undertaken was at least CNY 50 million.",
);

const table: FormTable = {
  id: "key-enterprise-application",
  kind: "form",
  tableNo: { zh: "附件 2", en: "Annex 2" },
  title: {
    zh: "信息技术外包和制造业融合发展重点企业申报表",
    en: "Application form for key enterprises in the integrated development of information technology outsourcing and manufacturing",
  },
  issuer: {
    zh: "商务部办公厅 工业和信息化部办公厅",
    en: "General Office of the Ministry of Commerce; General Office of the Ministry of Industry and Information Technology",
  },
  period: "once",
  deadline: {
    zh: "于 2021 年 12 月 10 日前报送商务部(9 份)、工业和信息化部(1 份)。逾期不予受理。",
    en: "Submitted by the recommending departments to the Ministry of Commerce (9 copies) and the Ministry of Industry and Information Technology (1 copy) by 10 December 2021. Late submissions are not accepted.",
  },
  source: {
    document: {
      zh: "商办服贸函〔2021〕360号 商务部办公厅 工业和信息化部办公厅关于组织申报信息技术外包和制造业融合发展重点企业的通知",
      en: "Shangban Fumaohan [2021] No. 360 Notice of the General Offices of the Ministry of Commerce and the Ministry of Industry and Information Technology on applications for key enterprises in the integrated development of information technology outsourcing and manufacturing",
    },
    seed: "001_46a730abdbb4bc1d.txt",
    section: { zh: "附件 2", en: "Annex 2" },
  },
  notes: [
    {
      zh: "一、申报表内容要逐项填写，内容要真实，表达要明确。",
      en: "1. Fill in every item of the application form truthfully and clearly.",
    },
    {
      zh: "二、申报表要加盖申报单位公章、推荐部门意见及公章。",
      en: "2. The application form must bear the official seal of the applicant, and the opinion and official seal of the recommending department.",
    },
    {
      zh: "三、申报单位对所填写内容的真实性负责。推荐单位要对申报单位的申报材料认真审核。一发现有故意隐瞒、虚报等行为，将取消申报资格。",
      en: "3. The applicant is responsible for the truth of what it fills in. The recommending entity must review the applicant's materials carefully. Any deliberate concealment or false report, once found, disqualifies the application.",
    },
    {
      zh: "四、格式要求：申报书中各项内容以 Word 文档格式填写，表格中的字体为小四号仿宋体，其他部分字体为小三号仿宋体，单倍行距；相关证明材料作为附件附在最后；均用 A4 纸双面打印，于左侧胶印装订成册。",
      en: "4. Format: fill in every part of the application as a Word document, in FangSong small size 4 inside the table and FangSong small size 3 elsewhere, single line spacing; supporting materials go at the end as attachments; print double-sided on A4 paper and bind with glue on the left.",
    },
    {
      zh: "申报材料包括:1、《信息技术外包和制造业融合发展重点企业申报表》;2、经会计师事务所审计的上年度会计报表;3、本方案第五条有关的其他证明材料。",
      en: "The application materials are: 1. the application form for key enterprises in the integrated development of information technology outsourcing and manufacturing; 2. the previous year's accounting statements audited by an accounting firm; 3. other supporting materials relating to Article 5 of the work plan.",
    },
  ],
  discrepancies: [
    {
      zh: "附件1 第五条（三）称“信息技术服务外包类重点企业”，申报表印作“信息技术外包类重点企业”；选项按申报表。",
      en: "Annex 1 Article 5 (3) says information technology service outsourcing key enterprise, the form prints information technology outsourcing key enterprise; the option follows the form.",
    },
    {
      zh: "“业务开展情况”栏的说明写作“社会统一信用代码”，通行写法为“统一社会信用代码”；说明照印。该代码作为附件提供，申报表不设此栏，故表中不增设字段。",
      en: "The guidance of the business activities box writes the unified social credit code with its words in a different order; the guidance is kept as printed. The code is supplied as an attachment and the form prints no box for it, so no field is added.",
    },
    {
      zh: "封面“单位名称（盖章）”即表内“企业名称”，不另设字段，只留盖章处。",
      en: "The cover's entity name (with official seal) is the enterprise name inside the table; no second field is added, only the place for the official seal.",
    },
    {
      zh: "附件1 第五条（二）6 以“5亿元人民币”表述营业收入门槛，表中营业收入以万元填报；门槛按 50000 万元检查。“1000人以上”“不低于”“不少于”均按含本数（≥）检查。",
      en: "Annex 1 Article 5 (2) 6 states the revenue threshold as CNY 500 million while the form asks for operating revenue in CNY 10,000; the threshold is checked as 50000. The thresholds worded as above, not less than or no fewer than are checked inclusively (≥).",
    },
    {
      zh: "“专利数”下印“其中：发明、实用新型、外观设计”。专利法规定的专利只有这三种，三项应合计等于专利数，故按相等检查（而非不超过）。",
      en: "Under the number of patents the form prints of which: inventions, utility models, designs. These are the only three kinds of patent the Patent Law grants, so together they must make up the number of patents; the rule checks equality rather than at most.",
    },
  ],
  sections: [
    {
      id: "cover",
      role: "header",
      fields: [
        {
          id: "applicationDate",
          kind: "date",
          label: { zh: "申报日期", en: "Application date" },
          precision: "month",
          required: true,
        },
      ],
    },
    {
      id: "applicantSeal",
      role: "stamp",
      title: { zh: "单位名称（盖章）", en: "Entity name (official seal)" },
      fields: [],
    },
    {
      id: "enterprise",
      role: "body",
      fields: [
        {
          id: "enterpriseName",
          kind: "text",
          label: { zh: "企业名称", en: "Enterprise name" },
          required: true,
          width: "long",
        },
        {
          id: "mailingAddress",
          kind: "text",
          label: { zh: "通讯地址", en: "Mailing address" },
          required: true,
          width: "long",
        },
        {
          id: "postcode",
          kind: "text",
          label: { zh: "邮编", en: "Postcode" },
          format: "postcode",
          required: true,
          width: "short",
        },
        contactRow("legalRepresentative", { zh: "法人代表", en: "Legal representative" }),
        contactRow("contactPerson", { zh: "联系人", en: "Contact person" }),
        { id: "fax", kind: "text", label: { zh: "传真", en: "Fax" }, required: true },
        { id: "email", kind: "text", label: { zh: "E-mail", en: "E-mail" }, format: "email", required: true },
        {
          id: "ownership",
          kind: "choice",
          label: { zh: "企业性质", en: "Nature of the enterprise" },
          display: "radio",
          required: true,
          options: [
            { value: "central", code: "1", label: { zh: "中央管理", en: "Centrally administered" } },
            {
              value: "localStateCollective",
              code: "2",
              label: { zh: "地方国有集体", en: "Local state-owned or collective" },
            },
            { value: "foreignInvested", code: "3", label: { zh: "外商投资", en: "Foreign-invested" } },
            { value: "private", code: "4", label: { zh: "民营", en: "Private" } },
            { value: "other", code: "5", label: { zh: "其他", en: "Other" } },
          ],
        },
        {
          id: "category",
          kind: "choice",
          label: { zh: "申请重点企业种类", en: "Category of key enterprise applied for" },
          display: "radio",
          required: true,
          options: [
            {
              value: "manufacturing",
              code: "1",
              label: { zh: "制造业类重点企业", en: "Manufacturing key enterprise" },
            },
            {
              value: "ito",
              code: "2",
              label: {
                zh: "信息技术外包类重点企业",
                en: "Information technology outsourcing key enterprise",
              },
            },
          ],
        },
        {
          id: "employees",
          kind: "integer",
          label: { zh: "从业人数", en: "Number of employees" },
          unit: "人",
          min: 0,
          required: true,
        },
        {
          id: "bachelorOrAbove",
          kind: "integer",
          label: { zh: "大学本科以上人数", en: "Number with a bachelor's degree or above" },
          unit: "人",
          min: 0,
          required: true,
        },
        {
          id: "intermediateTitleOrAbove",
          kind: "integer",
          label: { zh: "中级职称以上人数", en: "Number with an intermediate professional title or above" },
          unit: "人",
          min: 0,
          required: true,
        },
        {
          id: "economicResults",
          kind: "group",
          label: { zh: "上年度经济效益", en: "Economic results of the previous year" },
          required: true,
          fields: [
            {
              id: "totalAssets",
              kind: "decimal",
              label: { zh: "资产总额", en: "Total assets" },
              unit: "万元",
              min: 0,
              required: true,
            },
            {
              id: "totalLiabilities",
              kind: "decimal",
              label: { zh: "负债总额", en: "Total liabilities" },
              unit: "万元",
              min: 0,
              required: true,
            },
            {
              id: "revenue",
              kind: "decimal",
              label: { zh: "营业收入", en: "Operating revenue" },
              unit: "万元",
              min: 0,
              required: true,
            },
            {
              id: "revenueGrowth",
              kind: "decimal",
              label: { zh: "比上年增长", en: "Growth on the previous year" },
              unit: "%",
              required: true,
            },
            {
              id: "totalProfit",
              kind: "decimal",
              label: { zh: "利润总额", en: "Total profit" },
              unit: "万元",
              required: true,
            },
            {
              id: "profitGrowth",
              kind: "decimal",
              label: { zh: "比上年增长", en: "Growth on the previous year" },
              unit: "%",
              required: true,
            },
            {
              id: "profitableThreeYears",
              kind: "yesNo",
              label: { zh: "是否三年连续盈利", en: "Profitable for three consecutive years" },
              required: true,
            },
          ],
        },
        {
          id: "bankCreditRating",
          kind: "text",
          label: { zh: "银行信用等级", en: "Bank credit rating" },
          required: true,
          width: "short",
        },
      ],
    },
    {
      id: "manufacturing",
      title: {
        zh: "申请制造业类重点企业选填",
        en: "To be filled by applicants for manufacturing key enterprise status",
      },
      showWhen: manufacturing,
      fields: [
        {
          id: "rdInvestment",
          kind: "decimal",
          label: {
            zh: "上年度企业研发投入资金",
            en: "R&D investment of the enterprise in the previous year",
          },
          unit: "万元",
          min: 0,
          required: true,
        },
        {
          id: "networkingRate",
          kind: "decimal",
          label: {
            zh: "现有数字化生产设备联网率",
            en: "Networking rate of existing digital production equipment",
          },
          help: {
            zh: "数字化生产设备联网率是指已联网的数字化生产设备数量占全部数字化生产设备总数的比例。目前所统计的已联网的数字化生产设备包括能与控制系统进行数据交换的数字化生产设备。",
            en: "The networking rate of digital production equipment is the number of networked digital production devices as a share of all digital production devices. Networked devices, as counted at present, include digital production devices that can exchange data with a control system.",
          },
          unit: "%",
          min: 0,
          max: 100,
          required: true,
        },
        {
          id: "itInvestmentRatio",
          kind: "group",
          label: {
            zh: "信息化建设投入占营业收入比例",
            en: "Informatisation investment as a share of operating revenue",
          },
          required: true,
          fields: [
            year("year2018", "2018年", "2018", "%"),
            year("year2019", "2019年", "2019", "%"),
            year("year2020", "2020年", "2020", "%"),
          ],
        },
      ],
    },
    {
      id: "ito",
      title: {
        zh: "申请信息技术外包类重点企业选填",
        en: "To be filled by applicants for information technology outsourcing key enterprise status",
      },
      showWhen: ito,
      fields: [
        {
          id: "itoExecutedAmount",
          kind: "group",
          label: { zh: "承接 ITO 执行额", en: "ITO executed amount undertaken" },
          help: { zh: "(单位:万元人民币)", en: "(Unit: CNY 10,000)" },
          required: true,
          fields: [
            year("year2018", "2018 年", "2018", "万元"),
            year("year2019", "2019 年", "2019", "万元"),
            year("year2020", "2020 年", "2020", "万元"),
          ],
        },
        {
          id: "manufacturingClients",
          kind: "integer",
          label: {
            zh: "数字化解决方案覆盖制造业客户数量",
            en: "Number of manufacturing clients covered by digital solutions",
          },
          unit: "个",
          min: 0,
          required: true,
        },
        {
          id: "manufacturingRevenueShare",
          kind: "decimal",
          label: {
            zh: "上年度制造业领域收入占总营业收入比例",
            en: "Revenue from the manufacturing sector in the previous year as a share of total operating revenue",
          },
          unit: "%",
          min: 0,
          max: 100,
          required: true,
        },
        {
          id: "patents",
          kind: "integer",
          label: { zh: "专利数", en: "Number of patents" },
          unit: "个",
          min: 0,
          required: true,
        },
        {
          id: "inventionPatents",
          kind: "integer",
          label: { zh: "发明", en: "Inventions" },
          unit: "个",
          min: 0,
          required: true,
        },
        {
          id: "utilityModelPatents",
          kind: "integer",
          label: { zh: "实用新型", en: "Utility models" },
          unit: "个",
          min: 0,
          required: true,
        },
        {
          id: "designPatents",
          kind: "integer",
          label: { zh: "外观设计", en: "Designs" },
          unit: "个",
          min: 0,
          required: true,
        },
      ],
    },
    {
      id: "business",
      fields: [
        {
          id: "businessActivities",
          kind: "longText",
          label: { zh: "业务开展情况", en: "Business activities" },
          required: true,
          rows: 12,
          help: {
            zh: "申请企业应提供社会统一信用代码、企业纳税信用等级证明和经会计师事务所审计的上年度会计报表, 作为附件。\n一、制造业企业应涵盖以下内容\n推进企业数字化转型的整体推进计划; 通过服务外包模式应用信息和数字技术促进企业产品升级、效率提升和数字化转型的情况, 在本行业或相关领域内的相对优势和地位, 是否具有引领、带动作用和可复制推广的经营模式、业务模式; 现有数字化生产设备联网率情况; 本企业生产流程和产品的数字化情况; 企业经营团队的数字化能力情况。\n二、信息技术服务外包企业应涵盖以下内容\n本企业业务情况和发展规划, 是否在制造业信息技术解决方案、数字化服务方面具有核心自主知识产权的服务产品, 本企业的成熟应用的案例; 本企业服务的制造业客户情况, 业务覆盖的制造业行业领域, 每个领域的收入情况; 近三年承接信息技术外包执行额情况; 本企业专利、软件著作权情况; 行业和区域竞争力相关证明材料; 本企业员工能力建设情况。",
            en: "Attach the applicant's unified social credit code, proof of its tax credit rating and the previous year's accounting statements audited by an accounting firm.\n1. A manufacturing enterprise should cover: its overall plan for digital transformation; how it applies information and digital technology through the service outsourcing model to upgrade products, raise efficiency and transform digitally; its relative advantage and standing in its industry or related fields, and whether it leads and drives others with business and operating models that can be replicated; the networking rate of its existing digital production equipment; how digital its production processes and products are; the digital capability of its management team.\n2. An information technology service outsourcing enterprise should cover: its business and development plan; whether it has service products with core proprietary intellectual property in IT solutions and digital services for manufacturing, and its mature application cases; its manufacturing clients, the manufacturing sectors its business covers and its revenue in each; its information technology outsourcing executed amount undertaken in the last three years; its patents and software copyrights; evidence of its industry and regional competitiveness; how it builds its staff's capabilities.",
          },
        },
      ],
    },
    {
      id: "provincialCommerce",
      role: "signature",
      title: { zh: "地方部门推荐意见", en: "Recommendation of local departments" },
      fields: opinionBlock("provincialCommerce", {
        zh: "省级商务主管部门意见",
        en: "Opinion of the provincial commerce authority",
      }),
    },
    stamp("provincialCommerceSeal"),
    {
      id: "provincialIndustry",
      role: "signature",
      fields: opinionBlock("provincialIndustry", {
        zh: "省级工业和信息化主管部门意见",
        en: "Opinion of the provincial industry and information technology authority",
      }),
    },
    stamp("provincialIndustrySeal"),
    {
      id: "centralGroup",
      role: "signature",
      title: {
        zh: "中央企业集团推荐意见",
        en: "Recommendation of the central state-owned enterprise group",
      },
      note: { zh: "(或)", en: "(or)" },
      fields: opinionBlock("centralGroup", {
        zh: "中央企业集团意见",
        en: "Opinion of the central state-owned enterprise group",
      }),
    },
    stamp("centralGroupSeal"),
  ],
  rules: [
    {
      id: "bachelorAtMostEmployees",
      kind: "atMost",
      severity: "error",
      parts: ["bachelorOrAbove"],
      whole: "employees",
      at: "bachelorOrAbove",
    },
    {
      id: "intermediateTitleAtMostEmployees",
      kind: "atMost",
      severity: "error",
      parts: ["intermediateTitleOrAbove"],
      whole: "employees",
      at: "intermediateTitleOrAbove",
    },
    {
      id: "patentsSum",
      kind: "sum",
      severity: "error",
      total: "patents",
      at: "patents",
      parts: ["inventionPatents", "utilityModelPatents", "designPatents"],
      source: {
        zh: "专利数: 个 其中: 发明 个 实用新型 个 外观设计 个",
        en: "Number of patents, of which: inventions, utility models, designs",
      },
    },
    threshold("itInvestmentRatio2018", "itInvestmentRatio.year2018", 5, manufacturing, itRatioSource),
    threshold("itInvestmentRatio2019", "itInvestmentRatio.year2019", 5, manufacturing, itRatioSource),
    threshold("itInvestmentRatio2020", "itInvestmentRatio.year2020", 5, manufacturing, itRatioSource),
    threshold(
      "networkingRateMinimum",
      "networkingRate",
      60,
      manufacturing,
      manufacturingCondition(
        "5、现有数字化生产设备联网率①不低于60%。",
        "5. The networking rate of existing digital production equipment is at least 60%.",
      ),
    ),
    threshold(
      "manufacturingEmployeesMinimum",
      "employees",
      1000,
      manufacturing,
      manufacturingCondition(
        "6、具有一定的经营规模,从业人员1000人以上,年营业收入5亿元人民币以上。",
        "6. A certain scale of business: 1000 employees or more, annual operating revenue of CNY 500 million or more.",
      ),
    ),
    threshold(
      "manufacturingRevenueMinimum",
      "economicResults.revenue",
      50000,
      manufacturing,
      manufacturingCondition(
        "6、具有一定的经营规模,从业人员1000人以上,年营业收入5亿元人民币以上。",
        "6. A certain scale of business: 1000 employees or more, annual operating revenue of CNY 500 million or more.",
      ),
    ),
    threshold("itoExecutedAmount2018", "itoExecutedAmount.year2018", 5000, ito, itoAmountSource),
    threshold("itoExecutedAmount2019", "itoExecutedAmount.year2019", 5000, ito, itoAmountSource),
    threshold("itoExecutedAmount2020", "itoExecutedAmount.year2020", 5000, ito, itoAmountSource),
    threshold(
      "manufacturingClientsMinimum",
      "manufacturingClients",
      10,
      ito,
      itoCondition(
        "4、数字化解决方案覆盖制造业客户不少于10个。",
        "4. Digital solutions cover at least 10 manufacturing clients.",
      ),
    ),
    threshold(
      "manufacturingRevenueShareMinimum",
      "manufacturingRevenueShare",
      20,
      ito,
      itoCondition(
        "5、为制造业行业领域提供数字化解决方案所获得的收入占本企业营业收入不低于20%。",
        "5. Revenue from digital solutions for the manufacturing sector is at least 20% of the enterprise's operating revenue.",
      ),
    ),
  ],
};

const valid: Submission = {
  applicationDate: "2021-11",
  enterpriseName: "河南中原智能装备股份有限公司",
  mailingAddress: "河南省郑州市高新技术产业开发区科学大道 100 号",
  postcode: "450001",
  legalRepresentative: { name: "王建国", telephone: "0371-67981234", mobile: "13903711234" },
  contactPerson: { name: "李晓燕", telephone: "0371-67985678", mobile: "13607665678" },
  fax: "0371-67989999",
  email: "shenbao@zyzn-equip.com.cn",
  ownership: "private",
  category: "manufacturing",
  employees: 3260,
  bachelorOrAbove: 820,
  intermediateTitleOrAbove: 405,
  economicResults: {
    totalAssets: 486500,
    totalLiabilities: 231800,
    revenue: 392600,
    revenueGrowth: 12.4,
    totalProfit: 28750,
    profitGrowth: 8.6,
    profitableThreeYears: true,
  },
  bankCreditRating: "AAA",
  rdInvestment: 18650,
  networkingRate: 78.5,
  itInvestmentRatio: { year2018: 5.6, year2019: 6.2, year2020: 7.1 },
  businessActivities:
    "公司于 2018 年制定数字化转型三年推进计划，通过服务外包方式引入工业互联网平台和生产执行系统，实现关键工序数控化和设备联网，产品不良率下降 18%。公司在矿山装备领域国内市场占有率居前三位，其数字化车间模式已在三家配套企业复制推广。",
};

const english: Submission = {
  applicationDate: "2021-11",
  enterpriseName: "Northbridge Digital Engineering (Dalian) Co., Ltd.",
  mailingAddress: "Building 7, 1 Software Park East Road, Shahekou District, Dalian, Liaoning",
  postcode: "116023",
  legalRepresentative: { name: "Martin Keller", telephone: "0411-84751200", mobile: "13842601200" },
  contactPerson: { name: "Zhang Wei", telephone: "0411-84751236", mobile: "13998761236" },
  fax: "0411-84751299",
  email: "applications@northbridge-de.cn",
  ownership: "foreignInvested",
  category: "ito",
  employees: 1850,
  bachelorOrAbove: 1620,
  intermediateTitleOrAbove: 410,
  economicResults: {
    totalAssets: 52300,
    totalLiabilities: 18900,
    revenue: 68400,
    revenueGrowth: 15.2,
    totalProfit: 7350,
    profitGrowth: -3.4,
    profitableThreeYears: true,
  },
  bankCreditRating: "AA+",
  itoExecutedAmount: { year2018: 21300, year2019: 26800, year2020: 31250 },
  manufacturingClients: 38,
  manufacturingRevenueShare: 46.5,
  patents: 57,
  inventionPatents: 21,
  utilityModelPatents: 31,
  designPatents: 5,
  businessActivities:
    "We build and run manufacturing execution, predictive maintenance and quality analytics platforms for automotive and machinery makers in Liaoning and Jiangsu. Our own industrial data platform, protected by 21 invention patents, now serves 38 manufacturing clients, and manufacturing work brought in 46.5% of our revenue last year.",
};

const without = (base: Submission, key: string): Submission => {
  const { [key]: _removed, ...rest } = base;
  return rest;
};

const fixture = (name: string, zh: string, en: string, rule: string, path: string, value: Submission) => ({
  name,
  description: { zh, en },
  expect: { rule, path },
  value,
});

const invalid: InvalidFixture[] = [
  fixture(
    "missing-enterprise-name",
    "未填企业名称",
    "The enterprise name is missing",
    "required",
    "enterpriseName",
    without(valid, "enterpriseName"),
  ),
  fixture("postcode-five-digits", "邮编只有 5 位", "The postcode has only 5 digits", "length", "postcode", {
    ...valid,
    postcode: "45000",
  }),
  fixture("email-without-at", "E-mail 缺少 @", "The e-mail address has no @", "format", "email", {
    ...valid,
    email: "shenbao.zyzn-equip.com.cn",
  }),
  fixture(
    "legal-representative-mobile-not-13-19",
    "法人代表手机号以 12 开头",
    "The legal representative's mobile number starts with 12",
    "format",
    "legalRepresentative.mobile",
    { ...valid, legalRepresentative: { name: "王建国", telephone: "0371-67981234", mobile: "12903711234" } },
  ),
  fixture(
    "ownership-not-printed",
    "企业性质不是表上印的选项",
    "The nature of the enterprise is not a printed option",
    "option",
    "ownership",
    {
      ...valid,
      ownership: "stateHolding",
    },
  ),
  fixture(
    "application-date-with-day",
    "申报日期只填年月，却填了日",
    "The application date is year and month only, but a day was given",
    "date",
    "applicationDate",
    {
      ...valid,
      applicationDate: "2021-11-08",
    },
  ),
  fixture(
    "employees-fraction",
    "从业人数不是整数",
    "The number of employees is not a whole number",
    "integer",
    "employees",
    {
      ...valid,
      employees: 3260.5,
    },
  ),
  fixture(
    "negative-total-assets",
    "资产总额为负数",
    "Total assets are negative",
    "min",
    "economicResults.totalAssets",
    {
      ...valid,
      economicResults: { ...(valid.economicResults as object), totalAssets: -10 },
    },
  ),
  fixture(
    "networking-rate-over-100",
    "联网率超过 100%",
    "The networking rate is over 100%",
    "max",
    "networkingRate",
    {
      ...valid,
      networkingRate: 105,
    },
  ),
  fixture(
    "bachelor-exceeds-employees",
    "大学本科以上人数超过从业人数",
    "More people with a bachelor's degree or above than employees",
    "bachelorAtMostEmployees",
    "bachelorOrAbove",
    { ...valid, bachelorOrAbove: 3300 },
  ),
  fixture(
    "missing-rd-investment",
    "申请制造业类重点企业，未填上年度企业研发投入资金",
    "A manufacturing key enterprise applicant left out its R&D investment",
    "required",
    "rdInvestment",
    without(valid, "rdInvestment"),
  ),
  fixture(
    "missing-it-investment-ratio-2019",
    "未填 2019 年信息化建设投入占营业收入比例",
    "The informatisation investment share for 2019 is missing",
    "required",
    "itInvestmentRatio.year2019",
    { ...valid, itInvestmentRatio: { year2018: 5.6, year2020: 7.1 } },
  ),
  fixture(
    "missing-ito-executed-amount-2020",
    "申请信息技术外包类重点企业，未填 2020 年承接 ITO 执行额",
    "An information technology outsourcing key enterprise applicant left out its 2020 ITO executed amount",
    "required",
    "itoExecutedAmount.year2020",
    { ...english, itoExecutedAmount: { year2018: 21300, year2019: 26800 } },
  ),
  fixture(
    "patent-breakdown-mismatch",
    "发明、实用新型、外观设计之和不等于专利数",
    "Inventions, utility models and designs do not add up to the number of patents",
    "patentsSum",
    "patents",
    { ...english, designPatents: 4 },
  ),
];

/**
 * Submissions that each fall short of exactly one threshold of 附件1 第五条: no error, one warning.
 * Same shape as invalid fixtures; `expect.rule` is the threshold rule.
 */
export const warningFixtures: InvalidFixture[] = [
  ...(["2018", "2019", "2020"] as const).map((y) =>
    fixture(
      `it-investment-ratio-${y}-below-5`,
      `${y}年信息化建设投入占营业收入比例低于 5%`,
      `Informatisation investment in ${y} was below 5% of operating revenue`,
      `itInvestmentRatio${y}`,
      `itInvestmentRatio.year${y}`,
      { ...valid, itInvestmentRatio: { year2018: 5.6, year2019: 6.2, year2020: 7.1, [`year${y}`]: 4.2 } },
    ),
  ),
  fixture(
    "networking-rate-below-60",
    "联网率低于 60%",
    "The networking rate is below 60%",
    "networkingRateMinimum",
    "networkingRate",
    {
      ...valid,
      networkingRate: 55,
    },
  ),
  fixture(
    "manufacturing-employees-below-1000",
    "制造业申请企业从业人数不足 1000 人",
    "A manufacturing applicant has fewer than 1000 employees",
    "manufacturingEmployeesMinimum",
    "employees",
    { ...valid, employees: 980 },
  ),
  fixture(
    "manufacturing-revenue-below-500-million",
    "制造业申请企业营业收入不足 5 亿元",
    "A manufacturing applicant's operating revenue is below CNY 500 million",
    "manufacturingRevenueMinimum",
    "economicResults.revenue",
    { ...valid, economicResults: { ...(valid.economicResults as object), revenue: 46800 } },
  ),
  ...(["2018", "2019", "2020"] as const).map((y) =>
    fixture(
      `ito-executed-amount-${y}-below-5000`,
      `${y}年承接 ITO 执行额不足 5000 万元`,
      `The ITO executed amount in ${y} was below CNY 50 million`,
      `itoExecutedAmount${y}`,
      `itoExecutedAmount.year${y}`,
      {
        ...english,
        itoExecutedAmount: { year2018: 21300, year2019: 26800, year2020: 31250, [`year${y}`]: 4600 },
      },
    ),
  ),
  fixture(
    "manufacturing-clients-below-10",
    "覆盖制造业客户不足 10 个",
    "Digital solutions cover fewer than 10 manufacturing clients",
    "manufacturingClientsMinimum",
    "manufacturingClients",
    { ...english, manufacturingClients: 8 },
  ),
  fixture(
    "manufacturing-revenue-share-below-20",
    "制造业领域收入占比低于 20%",
    "Manufacturing revenue is below 20% of operating revenue",
    "manufacturingRevenueShareMinimum",
    "manufacturingRevenueShare",
    { ...english, manufacturingRevenueShare: 15 },
  ),
];

const fixtures: TableFixtures = { valid, english, invalid, warnings: warningFixtures };

/** 附件2 信息技术外包和制造业融合发展重点企业申报表 (商办服贸函〔2021〕360号), with its fixtures. */
export const keyEnterpriseApplication: TableModule = { table, fixtures };
