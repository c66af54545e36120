import { trainingCategories } from "@tianbiao/codes";
import type {
  ChoiceOption,
  DateField,
  Field,
  GroupField,
  ReportingPeriod,
  RequireOneRule,
  Section,
  SourceRef,
  TableIdentity,
  Text,
} from "@tianbiao/core";

// Parts every table of 国统制〔2022〕45号 repeats: identity, the 报表目录 entries, the header with the
// unit's codes and name, the footer with the signatories, and texts two tables share.

/** The seed file the statistical survey tables were typed from. */
export const surveySeed = "002_d6d363500db4324d.txt";

const surveyDocument: Text = {
  zh: "国统制〔2022〕45号 服务外包统计调查制度",
  en: "Guotongzhi [2022] No. 45 Statistical survey system for service outsourcing",
};

/** Where a table of the statistical survey system was typed from. */
export function surveySource(section: Text): SourceRef {
  return { document: surveyDocument, seed: surveySeed, section };
}

/** 制定机关, 批准机关, 批准文号 and 有效期至 as printed in the header of every statistical table. */
export const surveyApproval = {
  issuer: { zh: "商务部", en: "Ministry of Commerce" },
  approver: { zh: "国家统计局", en: "National Bureau of Statistics" },
  approvalNo: { zh: "国统制〔2022〕45号", en: "Guotongzhi [2022] No. 45" },
  validUntil: "2025-03",
} satisfies Pick<TableIdentity, "issuer" | "approver" | "approvalNo" | "validUntil">;

/** One line of 二、报表目录, as printed there. */
export interface CatalogueEntry {
  /** The table id this line describes. */
  tableId: string;
  tableNo: Text;
  title: Text;
  period: ReportingPeriod;
  /** 报告期别 as printed (年报, 月报). */
  periodLabel: Text;
  /** 统计范围 */
  scope: Text;
  /** 报送单位 */
  reporter: Text;
  /** 报送日期及方式 */
  deadline: Text;
}

const annual: Text = { zh: "年报", en: "Annual report" };
const monthly: Text = { zh: "月报", en: "Monthly report" };
const enterpriseScope: Text = {
  zh: "从事服务外包业务的企业",
  en: "Enterprises engaged in service outsourcing business",
};
const enterpriseReporter: Text = {
  zh: "服务外包企业网上填报，地方商务主管部门向商务部逐级上报",
  en:
    "Service outsourcing enterprises fill in online; the local commerce authority reports level by level to the " +
    "Ministry of Commerce",
};
const cityScope: Text = {
  zh: "经国务院认定的服务外包示范城市",
  en: "Service outsourcing demonstration city recognised by the State Council",
};
const monthlyDeadline: Text = {
  zh: "每月月末报送当月报表，网上直报",
  en: "At the end of each month, the monthly report for that month, directly online",
};
const annualDeadline: Text = {
  zh: "每年1月10日前报送上年度报表，网上直报",
  en: "By 10 January each year, for the previous year; reported directly online",
};

/** 二、报表目录: one entry per table, in the printed order. */
export const catalogueEntries: readonly CatalogueEntry[] = [
  {
    tableId: "enterprise-1",
    tableNo: { zh: "服务外包统企业1表", en: "Service outsourcing statistics enterprise table 1" },
    title: { zh: "服务外包企业基本信息表", en: "Service outsourcing enterprise basic information form" },
    period: "annual",
    periodLabel: annual,
    scope: enterpriseScope,
    reporter: enterpriseReporter,
    deadline: {
      zh: "已录入系统的企业每年1月31日前报送上一年报表，网上直报（企业于初次申报同时报送，网上直报）",
      en:
        "Enterprises already in the system submit the previous year's annual report by 31 January each year, " +
        "directly online (an enterprise submits it together with its first declaration, directly online)",
    },
  },
  {
    tableId: "enterprise-2",
    tableNo: { zh: "服务外包统企业2表", en: "Service outsourcing statistics enterprise table 2" },
    title: { zh: "服务外包合同协议情况登记表", en: "Service outsourcing contract agreement record form" },
    period: "monthly",
    periodLabel: monthly,
    scope: enterpriseScope,
    reporter: enterpriseReporter,
    deadline: monthlyDeadline,
  },
  {
    tableId: "enterprise-3",
    tableNo: { zh: "服务外包统企业3表", en: "Service outsourcing statistics enterprise table 3" },
    title: { zh: "服务外包合同执行情况登记表", en: "Service outsourcing contract execution record form" },
    period: "monthly",
    periodLabel: monthly,
    scope: enterpriseScope,
    reporter: enterpriseReporter,
    deadline: monthlyDeadline,
  },
  {
    tableId: "enterprise-4",
    tableNo: { zh: "服务外包统企业4表", en: "Service outsourcing statistics enterprise table 4" },
    title: {
      zh: "服务外包人力资源变更情况登记表",
      en: "Service outsourcing human resources change record form",
    },
    period: "annual",
    periodLabel: annual,
    scope: enterpriseScope,
    reporter: enterpriseReporter,
    deadline: annualDeadline,
  },
  {
    tableId: "enterprise-5",
    tableNo: { zh: "服务外包统企业5表", en: "Service outsourcing statistics enterprise table 5" },
    title: {
      zh: "服务外包国际认证情况登记表",
      en: "Service outsourcing international certification record form",
    },
    period: "annual",
    periodLabel: annual,
    scope: enterpriseScope,
    reporter: enterpriseReporter,
    deadline: annualDeadline,
  },
  {
    tableId: "platform-1",
    tableNo: { zh: "服务外包统平台1表", en: "Service outsourcing statistics platform table 1" },
    title: { zh: "服务外包交易平台情况登记表", en: "Service outsourcing trading platform record form" },
    period: "annual",
    periodLabel: annual,
    scope: { zh: "服务外包交易平台运营主体", en: "Operators of service outsourcing trading platforms" },
    reporter: {
      zh: "平台运营主体网上填报，所在地方商务主管部门向商务部逐级上报",
      en:
        "Platform operators fill in online; the local commerce authority where they are located reports level by " +
        "level to the Ministry of Commerce",
    },
    deadline: annualDeadline,
  },
  {
    tableId: "city-1",
    tableNo: { zh: "服务外包统城市1表", en: "Service outsourcing statistics city table 1" },
    title: {
      zh: "服务外包示范城市企业人员培训情况明细表",
      en: "Service outsourcing demonstration city enterprise staff training detail table",
    },
    period: "annual",
    periodLabel: annual,
    scope: cityScope,
    reporter: {
      zh: "服务外包企业网上填报，示范城市商务主管部门报送",
      en: "Service outsourcing enterprises fill in online; the commerce authority of the demonstration city reports",
    },
    deadline: annualDeadline,
  },
  {
    tableId: "city-2",
    tableNo: { zh: "服务外包统城市2表", en: "Service outsourcing statistics city table 2" },
    title: {
      zh: "服务外包示范城市培训机构人员培训情况明细表",
      en: "Service outsourcing demonstration city training institution staff training detail table",
    },
    period: "annual",
    periodLabel: annual,
    scope: cityScope,
    reporter: {
      zh: "培训机构网上填报，示范城市商务主管部门报送",
      en: "Training institutions fill in online; the commerce authority of the demonstration city reports",
    },
    deadline: annualDeadline,
  },
  {
    tableId: "city-3",
    tableNo: { zh: "服务外包统城市3表", en: "Service outsourcing statistics city table 3" },
    title: {
      zh: "服务外包示范城市企业认证情况明细表",
      en: "Service outsourcing demonstration city enterprise certification detail table",
    },
    period: "annual",
    periodLabel: annual,
    scope: cityScope,
    reporter: {
      zh: "服务外包企业网上填报，示范城市商务主管部门报送",
      en: "Service outsourcing enterprises fill in online; the commerce authority of the demonstration city reports",
    },
    deadline: annualDeadline,
  },
];

/** The 报表目录 entry of a table; throws if the id is not in the catalogue. */
export function catalogueEntry(tableId: string): CatalogueEntry {
  const entry = catalogueEntries.find((candidate) => candidate.tableId === tableId);
  if (!entry) throw new Error(`No catalogue entry for ${tableId}`);
  return entry;
}

/** 报告期别 and 报送日期及方式 of a table, from its 报表目录 entry. */
export function scheduleOf(tableId: string): Pick<TableIdentity, "period" | "deadline"> {
  const entry = catalogueEntry(tableId);
  return { period: entry.period, deadline: entry.deadline };
}

/** The two 说明 lines that close most statistical tables. */
export const seeExplanations: Text = {
  zh: "有关指标统计口径请见主要指标解释。",
  en: "For the statistical definition of each indicator, see the main indicator explanations.",
};

export const creditCodeHelp: Text = {
  zh:
    "指按照《国务院关于批转发展改革委等部门法人和其他组织统一社会信用代码制度建设总体方案的通知》（国发〔2015〕33号）" +
    "规定，由赋码主管部门给每一个法人单位和其他组织颁发的在全国范围内唯一的、终身不变的法定身份识别码。" +
    "已经领取了统一社会信用代码的单位必须填写统一社会信用代码。",
  en:
    "The legal identification code, unique nationwide and unchanged for life, that the assigning authority issues " +
    "to every legal-person entity and other organization under the Notice of the State Council Approving and " +
    "Forwarding the Overall Plan of the National Development and Reform Commission and Other Departments for " +
    "Building the Unified Social Credit Code System for Legal Persons and Other Organizations (Guofa [2015] " +
    "No. 33). An entity that has received a unified social credit code must fill in its unified social credit code.",
};

export const orgCodeHelp: Text = {
  zh:
    "指根据中华人民共和国国家标准《全国组织机构代码编制规则》(GB11714-1997)，由组织机构代码登记主管部门给每个企业、" +
    "事业单位、机关、社会团体和民办非企业颁发的在全国范围内唯一的、始终不变的法定代码。单位代码共9位，无论是法人单位" +
    "还是产业活动单位，单位代码均由八位无属性的数字和一位校验码组成。\n" +
    "尚未领取加载统一社会信用代码证照的企业填写，新注册企业无企业组织机构代码可不填。",
  en:
    "The legal code, unique nationwide and never changed, that the organization code registration authority issues " +
    "to every enterprise, public institution, government body, social group and private non-enterprise unit under " +
    "the national standard Rules of Coding for the Representation of Organizations (GB 11714-1997). The code has " +
    "9 characters: whether for a legal-person entity or an establishment, it consists of eight characters without " +
    "meaning and one check character.\n" +
    "Filled in by enterprises that have not yet received a licence bearing the unified social credit code; a newly " +
    "registered enterprise without an organization code may leave it blank.",
};

export const entityNameHelp: Text = {
  zh:
    "企业的详细名称按市场监管部门登记的名称填写，填写时要求与单位公章所使用的名称完全一致。凡经登记主管机关核准或批准，" +
    "具有两个或两个以上名称的单位，要求填写一个法人单位名称，同时用括号注明其余的单位名称。",
  en:
    "Fill in the enterprise's full name as registered with the market regulation authority, exactly as used on the " +
    "entity's official seal. An entity approved by the registration authority to have two or more names fills in " +
    "the name of the legal-person entity and gives its other names in brackets.",
};

/** 统一社会信用代码 (101 on 企业1表) and, for units without one, the 9-character 组织机构代码. */
export function identifierFields(code?: string): Field[] {
  return [
    {
      id: "creditCode",
      kind: "code",
      codeType: "uscc",
      ...(code ? { code } : {}),
      label: { zh: "统一社会信用代码", en: "Unified social credit code" },
      help: creditCodeHelp,
      groups: [18],
    },
    {
      id: "orgCode",
      kind: "code",
      codeType: "orgCode",
      label: {
        zh: "尚未领取统一社会信用代码的填写原组织机构代码",
        en: "Original organization code (for entities without a unified social credit code)",
      },
      help: orgCodeHelp,
      groups: [8, 1],
    },
  ];
}

/** 单位详细名称, the unit's registered name. */
export function entityNameField(code?: string): Field {
  return {
    id: "entityName",
    kind: "text",
    ...(code ? { code } : {}),
    label: { zh: "单位详细名称", en: "Full name of the entity" },
    help: entityNameHelp,
    required: true,
    maxLength: 100,
  };
}

/** The ２０__年 (__月) of the header: the period the report covers. */
export function reportPeriodField(precision: "month" | "year"): DateField {
  return {
    id: "reportPeriod",
    kind: "date",
    precision,
    label: { zh: "报告期", en: "Reporting period" },
    required: true,
  };
}

export interface HeaderOptions {
  /** 年 for annual tables, 年月 for monthly ones. */
  precision: "month" | "year";
  /** Whether the header prints the credit-code boxes (the city tables print the name only). */
  identifiers?: boolean;
  /** Whether the header prints 单位详细名称 (企业1表 prints it as field 102 in the body instead). */
  entityName?: boolean;
  /** The printed field number of the code boxes, where the form numbers them (101 on 企业1表). */
  identifierCode?: string;
  /** Fields printed above the code boxes (平台1表: 平台名称). */
  leading?: Field[];
}

/** The official header: the unit's codes and name and the report period. */
export function headerSection(options: HeaderOptions): Section {
  const fields: Field[] = [...(options.leading ?? [])];
  if (options.identifiers !== false) fields.push(...identifierFields(options.identifierCode));
  if (options.entityName !== false) fields.push(entityNameField());
  fields.push(reportPeriodField(options.precision));
  return { id: "header", role: "header", fields };
}

/** The signatories' line: 单位负责人, 统计负责人, 填表人, 联系电话, 报出日期. */
export function footerSection(): Section {
  const person = (id: string, label: Text): Field => ({
    id,
    kind: "text",
    label,
    required: true,
    maxLength: 30,
  });
  return {
    id: "footer",
    role: "footer",
    fields: [
      person("headOfEntity", { zh: "单位负责人", en: "Head of the entity" }),
      person("headOfStatistics", { zh: "统计负责人", en: "Head of statistics" }),
      person("preparer", { zh: "填表人", en: "Form preparer" }),
      {
        id: "contactTelephone",
        kind: "text",
        label: { zh: "联系电话", en: "Contact telephone" },
        required: true,
        maxLength: 30,
      },
      {
        id: "submissionDate",
        kind: "date",
        precision: "day",
        label: { zh: "报出日期", en: "Date of submission" },
        required: true,
      },
    ],
  };
}

/** A unit gives its 统一社会信用代码 or, without one, its 组织机构代码. */
export const identifierRule: RequireOneRule = {
  id: "identifier-required",
  kind: "requireOne",
  severity: "error",
  targets: ["creditCode", "orgCode"],
  at: "creditCode",
  // 主要指标解释 of 统一社会信用代码, then of 组织机构代码: one sentence of each, word for word.
  source: {
    zh:
      "已经领取了统一社会信用代码的单位必须填写统一社会信用代码。\n" +
      "尚未领取加载统一社会信用代码证照的企业填写，新注册企业无企业组织机构代码可不填。",
    en:
      "An entity that has received a unified social credit code must fill in the unified social credit code.\n" +
      "An enterprise that has not yet received a licence bearing the unified social credit code fills in the " +
      "organization code; a newly registered enterprise without an organization code may leave it blank.",
  },
};

/** 1.在岸合同 2.离岸合同 3.境外合同 (208 and 303). */
export const contractNatureOptions: ChoiceOption[] = [
  { value: "onshore", code: "1", label: { zh: "在岸合同", en: "Onshore contract" } },
  { value: "offshore", code: "2", label: { zh: "离岸合同", en: "Offshore contract" } },
  { value: "overseas", code: "3", label: { zh: "境外合同", en: "Overseas contract" } },
];

export const contractNatureHelp: Text = {
  zh:
    "企业为中国境内企业提供的服务外包合同，选择在岸合同；企业为中国境外企业提供的服务外包合同，选择离岸合同；" +
    "企业的境外分支机构（拥有50%以上的股权）为境外企业提供的服务外包合同且未向境内企业转包的，选择境外合同。",
  en:
    "A service outsourcing contract the enterprise performs for an enterprise in China is an onshore contract; one " +
    "it performs for an enterprise outside China is an offshore contract; one that the enterprise's overseas branch " +
    "(more than 50% owned) performs for an enterprise outside China without subcontracting it to an enterprise in " +
    "China is an overseas contract.",
};

/** 接包企业: 单位详细名称 and 英文名称 (201, 301). */
export function providerField(code: string, help?: Text): GroupField {
  return {
    id: "provider",
    kind: "group",
    code,
    label: { zh: "接包企业", en: "Service provider" },
    ...(help ? { help } : {}),
    fields: [
      {
        id: "name",
        kind: "text",
        label: { zh: "单位详细名称", en: "Full name of the entity" },
        help: entityNameHelp,
        required: true,
        maxLength: 100,
      },
      {
        id: "englishName",
        kind: "text",
        textLang: "en",
        label: { zh: "英文名称", en: "English name" },
        maxLength: 200,
      },
    ],
  };
}

export const clientNameHelp: Text = {
  zh: "名称：填写发包方企业的中外文名称，境内企业可仅填写中文名称，境外企业可仅填写外文名称。",
  en:
    "Name: fill in the client's names in Chinese and in a foreign language; an enterprise in China may give its " +
    "Chinese name only, an enterprise outside China its foreign-language name only.",
};

/** 发包企业: 中文名称 and 英文名称 (210, 302). */
export function clientNameField(code: string): GroupField {
  return {
    id: "client",
    kind: "group",
    code,
    label: { zh: "发包企业", en: "Client enterprise" },
    help: clientNameHelp,
    fields: [
      {
        id: "chineseName",
        kind: "text",
        textLang: "zh",
        label: { zh: "中文名称", en: "Chinese name" },
        maxLength: 100,
      },
      {
        id: "englishName",
        kind: "text",
        textLang: "en",
        label: { zh: "英文名称", en: "English name" },
        maxLength: 200,
      },
    ],
  };
}

/** 境内企业可仅填写中文名称，境外企业可仅填写外文名称: at least one of the two names. */
export const clientNameRule: RequireOneRule = {
  id: "client-name-required",
  kind: "requireOne",
  severity: "error",
  targets: ["client.chineseName", "client.englishName"],
  at: "client.chineseName",
  source: clientNameHelp,
};

/** 1.境内 2.境外, the two places a contract is delivered or a client registered (207, 211). */
export const domesticOrAbroadOptions: ChoiceOption[] = [
  { value: "domestic", code: "1", label: { zh: "境内", en: "Within China" } },
  { value: "abroad", code: "2", label: { zh: "境外", en: "Outside China" } },
];

/** 培训类别, with the definitions of 指标解释（七）（八） as help, as printed (1．人才定制培训：指…). */
export function trainingCategoryColumn(): Field {
  return {
    id: "category",
    kind: "choice",
    label: { zh: "培训类别", en: "Training category" },
    help: {
      zh: trainingCategories.entries
        .map((entry) => `${entry.code}．${entry.label.zh}：${entry.definition?.zh ?? ""}`)
        .join("\n"),
      en: trainingCategories.entries
        .map((entry) => `${entry.code}. ${entry.label.en}: ${entry.definition?.en ?? ""}`)
        .join("\n"),
    },
    options: trainingCategories.entries.map((entry) => ({
      value: entry.code,
      code: entry.code,
      label: entry.label,
    })),
    display: "select",
    required: true,
  };
}

/** A free-text column of the city tables (names, content, place). */
export function cityTextColumn(id: string, label: Text, maxLength = 100): Field {
  return { id, kind: "text", label, required: true, maxLength };
}

/** 培训费用 / 认证费用 in 万元. */
export function costColumn(label: Text): Field {
  return { id: "cost", kind: "decimal", unit: "万元", label, required: true, min: 0, scale: 2 };
}

/** The header of the city tables: 单位详细名称 and ２０__年 only; they print no code boxes. */
export function cityHeaderSection(): Section {
  return headerSection({ precision: "year", identifiers: false });
}
