import { businessClassification2022, gbt4754Sections } from "@tianbiao/codes";
import type { ChoiceOption, Field, FormTable, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { optionsFrom } from "./code-options";
import {
  clientNameField,
  clientNameRule,
  contractNatureHelp,
  contractNatureOptions,
  domesticOrAbroadOptions,
  footerSection,
  headerSection,
  identifierRule,
  providerField,
  scheduleOf,
  seeExplanations,
  surveyApproval,
  surveySource,
} from "./common";
import { enterprise2Fixtures } from "./enterprise-2.fixtures";

// 209 as printed: 大类 with its abbreviation in brackets, 中类 numbered 1–3 within it, 小类 as
// circles whose value is the 小类 code (I11 …).
function businessTypeOptions(): ChoiceOption[] {
  return businessClassification2022.entries.map((major) => ({
    value: major.code,
    label: { zh: `${major.label.zh}（${major.code}）`, en: `${major.label.en} (${major.code})` },
    children: (major.children ?? []).map((middle, index) => ({
      value: middle.code,
      code: String(index + 1),
      label: middle.label,
      children: optionsFrom(middle.children ?? [], false),
    })),
  }));
}

const deliveryHelp: Text = {
  zh: "填写服务的交付地，交付地在境内填写城市名称，在境外填写国家或地区名称。",
  en:
    "Fill in where the service is delivered: the city name if within China, the country or region name if " +
    "outside China.",
};

const clientRegistrationHelp: Text = {
  zh: "注册地（地区）：填写发包企业注册地，注册地在境内填写城市名称，在境外填写国家或地区名称，主要发包国另需注明所在州/省/郡。",
  en:
    "Place (region) of registration: fill in where the client enterprise is registered: the city name if within " +
    "China, the country or region name if outside China; for the main client countries, also give the " +
    "state/province/county.",
};

const branchHelp: Text = {
  zh: "境外企业是否在华设立分支机构：如是，请填写分支机构名称。",
  en: "Whether a foreign enterprise has set up a branch in China: if yes, fill in the name of the branch.",
};

const isDomestic = (field: string) => ({ field, equals: "domestic" });
const isAbroad = (field: string) => ({ field, equals: "abroad" });
const hasBranch = { all: [isAbroad("clientRegistration"), { field: "clientHasChinaBranch", equals: true }] };

const city: Text = { zh: "城市名称", en: "City name" };
const country: Text = { zh: "国家或地区", en: "Country or region" };
const state: Text = { zh: "省/州/郡", en: "Province/state/county" };

const contractFields: Field[] = [
  providerField("201", {
    zh: "合同情况：采用总公司对外接包，并交由子公司执行的合同，可由总公司或子公司根据企业管理实际情况申报合同，但不可重复申报。",
    en:
      "Contract information: a contract the head office takes on and a subsidiary performs may be declared by " +
      "either the head office or the subsidiary, as suits the enterprise's management, but not by both.",
  }),
  {
    id: "contractNumber",
    kind: "text",
    code: "202",
    label: { zh: "合同号", en: "Contract number" },
    required: true,
    maxLength: 50,
  },
  {
    id: "contractContent",
    kind: "longText",
    code: "203",
    label: { zh: "合同内容", en: "Contract content" },
    help: {
      zh:
        "填写合同的主要内容。如选择工业设计服务，需注明工业设计服务价格在产品总价中的占比。通常纺织品、工艺品、家具等" +
        "生活用品工业设计服务占比约5%－10%，工程车辆、装备机械等产品工业设计服务占比约10%－15%，精密仪器设备工业设计" +
        "服务占比约15%－20%，供企业填报、地方审核时参考。\n" +
        "如选择工程技术服务，需注明工程设计在工程项目的占比，通常道路EPC项目工程技术服务占比约5%－8%，电站、体育场、" +
        "桥梁EPC项目工程技术服务占比约8%－15%，供企业填报、地方审核时参考。",
      en:
        "Fill in the main content of the contract. If industrial design services are chosen, state the share of " +
        "the industrial design price in the total product price. Typically industrial design accounts for about " +
        "5%–10% for daily goods such as textiles, handicrafts and furniture, about 10%–15% for products such as " +
        "engineering vehicles and equipment machinery, and about 15%–20% for precision instruments, for reference " +
        "when enterprises fill in and local authorities review.\n" +
        "If engineering technical services are chosen, state the share of engineering design in the engineering " +
        "project. Typically engineering technical services account for about 5%–8% of road EPC projects and about " +
        "8%–15% of power station, stadium and bridge EPC projects, for reference when enterprises fill in and " +
        "local authorities review.",
    },
    required: true,
    maxLength: 2000,
    rows: 4,
  },
  {
    id: "signingDate",
    kind: "date",
    code: "204",
    precision: "day",
    label: { zh: "签字日期", en: "Signing date" },
    required: true,
  },
  {
    id: "contractTerm",
    kind: "integer",
    code: "205",
    unit: "月",
    label: { zh: "合同期限", en: "Contract term" },
    help: {
      zh: "以“月”为单位填写合同期限，未规定合同期限的填“无”。",
      en: "Fill in the contract term in months; if the contract sets no term, fill in “无” (none).",
    },
    required: true,
    min: 1,
    accepts: ["无"],
  },
  {
    id: "contractAmount",
    kind: "money",
    code: "206",
    unit: "万元",
    currency: "any",
    usd: true,
    label: { zh: "合同金额", en: "Contract amount" },
    help: {
      zh:
        "合同原币金额：以“万元”为单位填写合同原币价格，并标明原币的币种。\n" +
        "折万美元：以“万元”为单位将合同原币价格折算为万美元，汇率选择当日汇率。",
      en:
        "Contract amount in original currency: fill in the contract price in the original currency, in units of " +
        "10,000, and state the currency.\n" +
        "In USD 10,000: convert the contract price in the original currency to USD 10,000 at the exchange rate of the day.",
    },
    required: true,
  },
  {
    id: "deliveryPlace",
    kind: "choice",
    code: "207",
    label: { zh: "合同服务交付地", en: "Place of service delivery" },
    help: deliveryHelp,
    options: domesticOrAbroadOptions,
    display: "radio",
    required: true,
  },
  { id: "deliveryCity", kind: "text", label: city, showWhen: isDomestic("deliveryPlace"), maxLength: 50 },
  { id: "deliveryCountry", kind: "text", label: country, showWhen: isAbroad("deliveryPlace"), maxLength: 50 },
  { id: "deliveryState", kind: "text", label: state, showWhen: isAbroad("deliveryPlace"), maxLength: 50 },
  {
    id: "contractNature",
    kind: "choice",
    code: "208",
    label: { zh: "合同性质", en: "Contract nature" },
    help: contractNatureHelp,
    options: contractNatureOptions,
    display: "radio",
    required: true,
  },
];

const businessTypeField: Field = {
  id: "businessType",
  kind: "choice",
  code: "209",
  label: { zh: "合同业务类型", en: "Contract business type" },
  help: {
    zh:
      "根据合同内容选择相应的合同业务类型，不可复选。\n" +
      "1．信息技术外包（ITO）：信息技术研发服务；信息技术运营和维护服务；新一代信息技术开发应用服务\n" +
      "2．业务流程外包（BPO）：内部管理服务；业务运营服务；维修维护服务\n" +
      "3．知识流程外包（KPO）：商务服务；设计服务；研发服务",
    en:
      "Choose the contract business type that matches the contract content; only one may be chosen.\n" +
      "1. Information technology outsourcing (ITO): information technology research and development services; " +
      "information technology operation and maintenance services; new-generation information technology " +
      "development and application services\n" +
      "2. Business process outsourcing (BPO): internal management services; business operation services; repair " +
      "and maintenance services\n" +
      "3. Knowledge process outsourcing (KPO): business services; design services; research and development services",
  },
  options: businessTypeOptions(),
  display: "select",
  required: true,
};

const clientFields: Field[] = [
  clientNameField("210"),
  {
    id: "clientRegistration",
    kind: "choice",
    code: "211",
    label: { zh: "注册地（地区）", en: "Place (region) of registration" },
    help: clientRegistrationHelp,
    options: domesticOrAbroadOptions,
    display: "radio",
    required: true,
  },
  { id: "clientCity", kind: "text", label: city, showWhen: isDomestic("clientRegistration"), maxLength: 50 },
  {
    id: "clientCountry",
    kind: "text",
    label: country,
    showWhen: isAbroad("clientRegistration"),
    maxLength: 50,
  },
  { id: "clientState", kind: "text", label: state, showWhen: isAbroad("clientRegistration"), maxLength: 50 },
  {
    id: "clientHasChinaBranch",
    kind: "yesNo",
    label: {
      zh: "如为境外企业，是否在华设立分支机构",
      en: "If a foreign enterprise, whether it has set up a branch in China",
    },
    help: branchHelp,
    showWhen: isAbroad("clientRegistration"),
  },
  {
    id: "clientChinaBranchName",
    kind: "text",
    label: { zh: "分支机构名称", en: "Name of the branch" },
    help: branchHelp,
    showWhen: hasBranch,
    maxLength: 100,
  },
  {
    id: "clientIndustry",
    kind: "choice",
    code: "212",
    label: { zh: "行业类别(GB/T 4754-2017)", en: "Industry category (GB/T 4754-2017)" },
    options: optionsFrom(gbt4754Sections.entries),
    display: "radio",
    required: true,
  },
];

const table: FormTable = {
  id: "enterprise-2",
  kind: "form",
  tableNo: { zh: "服务外包统企业２表", en: "Service outsourcing statistics enterprise table 2" },
  title: { zh: "服务外包合同协议情况登记表", en: "Service outsourcing contract agreement record form" },
  ...surveyApproval,
  ...scheduleOf("enterprise-2"),
  // One filing per enterprise per contract (202 合同编号); filing again makes a new revision of it.
  filing: { key: ["contractNumber"], filerCode: "creditCode" },
  source: surveySource({
    zh: "三、调查表式（一）服务外包企业报表",
    en: "III Survey forms (1) Service outsourcing enterprise tables",
  }),
  notes: [
    {
      zh: "本表由服务外包企业网上填报，由各级商务主管部门负责数据审核和上报。原则上应于签署合同当年填报。",
      en:
        "Service outsourcing enterprises fill in this table online; commerce authorities at each level review and " +
        "report the data. In principle it is filled in the year the contract is signed.",
    },
    seeExplanations,
  ],
  discrepancies: [
    {
      zh: "指标解释有“合同服务模式”（委托、授权、战略合作），表式无此项。按表式，不设该字段。",
      en:
        "The indicator explanations define “contract service model” (commission, authorisation, strategic cooperation), but " +
        "the form has no such field. The form is followed: there is no field for it.",
    },
    {
      zh: "210 表式印“英文名称”，指标解释为“外文名称”（境外企业可仅填写外文名称）。标签按表式。",
      en:
        "210 prints “English name”; the indicator explanation says “foreign-language name” (a foreign enterprise may give that " +
        "name only). The label follows the form.",
    },
    {
      zh: "206 表式只印“原币___万元”，未设币种栏；指标解释要求“标明原币的币种”。按指标解释同时填写币种。",
      en:
        "206 prints only “original currency ___ 10,000” with no box for the currency; the indicator explanation asks " +
        "for the currency to be stated. The currency is asked for as well.",
    },
    {
      zh:
        "209 选项与第三部分表1逐项核对，名称一致；表1与表式均将“其他技术服务（K29）”列于“设计服务（K2）”之下，" +
        "按原文保留。",
      en:
        "Each 209 option was checked against table 1 of part three and the names agree; both list “other technical " +
        "services (K29)” under “design services (K2)”, which is kept as printed.",
    },
  ],
  sections: [
    headerSection({ precision: "month" }),
    {
      id: "contract",
      role: "body",
      title: { zh: "合同情况", en: "Contract information" },
      fields: contractFields,
    },
    {
      id: "businessType",
      role: "body",
      title: { zh: "合同业务类型", en: "Contract business type" },
      fields: [businessTypeField],
    },
    { id: "client", role: "body", title: { zh: "发包企业", en: "Client enterprise" }, fields: clientFields },
    footerSection(),
  ],
  rules: [
    identifierRule,
    {
      id: "delivery-city-required",
      kind: "requiredWhen",
      severity: "error",
      target: "deliveryCity",
      when: isDomestic("deliveryPlace"),
      source: deliveryHelp,
    },
    {
      id: "delivery-country-required",
      kind: "requiredWhen",
      severity: "error",
      target: "deliveryCountry",
      when: isAbroad("deliveryPlace"),
      source: deliveryHelp,
    },
    clientNameRule,
    {
      id: "client-city-required",
      kind: "requiredWhen",
      severity: "error",
      target: "clientCity",
      when: isDomestic("clientRegistration"),
      source: clientRegistrationHelp,
    },
    {
      id: "client-country-required",
      kind: "requiredWhen",
      severity: "error",
      target: "clientCountry",
      when: isAbroad("clientRegistration"),
      source: clientRegistrationHelp,
    },
    {
      id: "client-branch-required",
      kind: "requiredWhen",
      severity: "error",
      target: "clientHasChinaBranch",
      when: isAbroad("clientRegistration"),
      source: branchHelp,
    },
    {
      id: "client-branch-name-required",
      kind: "requiredWhen",
      severity: "error",
      target: "clientChinaBranchName",
      when: hasBranch,
      source: branchHelp,
    },
  ],
};

/** 服务外包统企业２表 服务外包合同协议情况登记表. */
export const enterprise2: TableModule = { table, fixtures: enterprise2Fixtures };
