import { registrationTypes2011 } from "@tianbiao/codes";
import type { Field, FormTable, Text, TextField } from "@tianbiao/core";
import type { TableModule } from "../types";
import { headingsOverLeaves } from "./code-options";
import {
  entityNameField,
  footerSection,
  headerSection,
  identifierRule,
  scheduleOf,
  surveyApproval,
  surveySource,
} from "./common";
import { enterprise1Fixtures } from "./enterprise-1.fixtures";

type TextOptions = Partial<Omit<TextField, "id" | "kind" | "label">>;

const text = (id: string, label: Text, options: TextOptions = {}): TextField => ({
  id,
  kind: "text",
  label,
  maxLength: 50,
  ...options,
});

const yesNo = (id: string, code: string, label: Text, help: Text): Field => ({
  id,
  kind: "yesNo",
  code,
  label,
  help,
  required: true,
});

const headOfficeHelp: Text = {
  zh: "公司总部选择是，其他选择否，并填写公司运营总部所在国家地区。",
  en:
    "A company headquarters chooses yes; any other unit chooses no and fills in the country or region where the " +
    "company's operational headquarters is located.",
};

const inParkHelp: Text = {
  zh: "如位于高新区、经开区、自贸试验区、软件园、服务外包园等专业园区选择是，其他选择否。",
  en:
    "Choose yes if located in a specialised park such as a high-tech zone, an economic and technological " +
    "development zone, a pilot free trade zone, a software park or a service outsourcing park; otherwise choose no.",
};

// 115 and 116: the cities in China and the countries and regions abroad, filled by head offices.
function distribution(id: string, code: string, label: Text, help: Text): Field {
  return {
    id,
    kind: "group",
    code,
    label,
    help,
    showWhen: { field: "headOffice", equals: true },
    fields: [
      text("domestic", { zh: "中国境内", en: "Within China" }, { maxLength: 200 }),
      text(
        "overseas",
        { zh: "境外（国家和地区）", en: "Outside China (countries and regions)" },
        { maxLength: 200 },
      ),
    ],
  };
}

const body: Field[] = [
  entityNameField("102"),
  text(
    "englishName",
    { zh: "英文名称", en: "English name" },
    { code: "103", textLang: "en", maxLength: 200 },
  ),
  {
    id: "establishedOn",
    kind: "date",
    code: "104",
    precision: "month",
    label: { zh: "开业(成立)时间", en: "Date of opening (establishment)" },
    required: true,
  },
  text(
    "legalRepresentative",
    { zh: "法定代表人（单位负责人）", en: "Legal representative (head of the entity)" },
    { code: "105", required: true, maxLength: 30 },
  ),
  {
    id: "registeredAddress",
    kind: "group",
    code: "106",
    label: { zh: "单位注册地及区划", en: "Registered address and division" },
    fields: [
      text(
        "province",
        { zh: "省(自治区、直辖市)", en: "Province (autonomous region, municipality)" },
        { required: true, picker: "province" },
      ),
      text(
        "prefecture",
        { zh: "地(区、市、州、盟)", en: "Prefecture (district, city, autonomous prefecture, league)" },
        { required: true },
      ),
      text("county", { zh: "县(区、市、旗)", en: "County (district, city, banner)" }, { required: true }),
      text("township", { zh: "乡(镇)", en: "Township (town)" }),
      text(
        "street",
        { zh: "街(村)、门牌号", en: "Street (village) and house number" },
        { required: true, maxLength: 100 },
      ),
      text("subdistrict", { zh: "街道办事处", en: "Subdistrict office" }),
      text("community", { zh: "社区(居委会)", en: "Community (residents' committee)" }),
      {
        id: "divisionCode",
        kind: "code",
        codeType: "divisionCode",
        label: { zh: "区划代码", en: "Division code" },
        groups: [12],
        required: true,
      },
      {
        id: "urbanRuralCode",
        kind: "code",
        codeType: "urbanRuralCode",
        label: { zh: "城乡代码", en: "Urban-rural code" },
        groups: [3],
        required: true,
      },
    ],
  },
  {
    id: "industry",
    kind: "group",
    code: "107",
    label: { zh: "行业类别(GB/T 4754-2011)", en: "Industry category (GB/T 4754-2011)" },
    fields: [
      {
        id: "mainActivities",
        kind: "group",
        label: { zh: "主要业务活动(或主要产品)", en: "Main business activities (or main products)" },
        fields: [
          text("activity1", { zh: "1", en: "1" }, { required: true }),
          text("activity2", { zh: "2", en: "2" }),
          text("activity3", { zh: "3", en: "3" }),
        ],
      },
      {
        id: "industryCode",
        kind: "code",
        // The edition the form prints over the boxes: 大类 01–96, not 2017's 01–97.
        codeType: "industryCode2011",
        label: { zh: "行业代码", en: "Industry code" },
        groups: [4],
        required: true,
        picker: "industrySection",
      },
    ],
  },
  {
    id: "registrationType",
    kind: "choice",
    code: "108",
    label: { zh: "登记注册类型", en: "Registration type" },
    help: {
      zh: "按企业（单位）依据在市场监管部门登记注册的类型填写。",
      en: "Fill in the type under which the enterprise (entity) is registered with the market regulation authority.",
    },
    options: headingsOverLeaves(registrationTypes2011.entries),
    display: "select",
    required: true,
  },
  yesNo(
    "multinational",
    "109",
    { zh: "跨国公司", en: "Multinational company" },
    {
      zh: "跨国公司及分支机构选择是，其他选择否。",
      en: "A multinational company or one of its branches chooses yes; others choose no.",
    },
  ),
  yesNo(
    "centralEnterprise",
    "110",
    { zh: "中央企业", en: "Central state-owned enterprise" },
    {
      zh: "中央企业及分支机构选择是，其他选择否。",
      en: "A central state-owned enterprise or one of its branches chooses yes; others choose no.",
    },
  ),
  yesNo("headOffice", "111", { zh: "总公司", en: "Head office" }, headOfficeHelp),
  text(
    "headquartersLocation",
    { zh: "公司总部所在地", en: "Location of the company headquarters" },
    { help: headOfficeHelp, showWhen: { field: "headOffice", equals: false }, maxLength: 100 },
  ),
  yesNo(
    "advancedTechnologyService",
    "112",
    { zh: "技术先进型服务企业", en: "Advanced technology service enterprise" },
    {
      zh: "如认定为技术先进型服务企业选择是，其他选择否。",
      en: "Choose yes if recognised as an advanced technology service enterprise; otherwise choose no.",
    },
  ),
  yesNo(
    "sharedServiceCentre",
    "113",
    { zh: "共享服务中心模式", en: "Shared service centre model" },
    {
      zh:
        "共享服务中心是跨国公司和大型企业集团为有效整合企业资源，以提供内部支持服务为运作模式的独立或半独立实体。包括：" +
        "财务共享服务中心，信息技术共享服务中心，人力资源共享服务中心，客户服务共享中心，采购/供应链共享中心及行业性服务" +
        "共享中心，如金融业的金融后台中心、制造业的客服中心等。如采用共享服务中心模式选择是，其他选择否。",
      en:
        "A shared service centre is an independent or semi-independent entity that multinational companies and large " +
        "enterprise groups set up to integrate their resources effectively, operating by providing internal support " +
        "services. It includes financial shared service centres, information technology shared service centres, " +
        "human resources shared service centres, customer service shared centres, procurement/supply chain shared " +
        "centres and industry-specific shared service centres, such as back-office centres in finance or customer " +
        "service centres in manufacturing. Choose yes if the shared service centre model is used; otherwise choose no.",
    },
  ),
  yesNo("inSpecialisedPark", "114", { zh: "位于专业园区", en: "Located in a specialised park" }, inParkHelp),
  {
    id: "parkType",
    kind: "choice",
    label: { zh: "专业园区", en: "Specialised park" },
    help: inParkHelp,
    showWhen: { field: "inSpecialisedPark", equals: true },
    options: [
      { value: "highTech", label: { zh: "高新区", en: "High-tech zone" } },
      {
        value: "economicDevelopment",
        label: { zh: "经开区", en: "Economic and technological development zone" },
      },
      { value: "freeTrade", label: { zh: "自贸试验区", en: "Pilot free trade zone" } },
      { value: "software", label: { zh: "软件园", en: "Software park" } },
      { value: "serviceOutsourcing", label: { zh: "服务外包园", en: "Service outsourcing park" } },
      { value: "other", label: { zh: "其他", en: "Other" } },
    ],
    otherValue: "other",
    display: "radio",
  },
  distribution(
    "deliveryCentres",
    "115",
    { zh: "交付中心分布", en: "Distribution of delivery centres" },
    {
      zh:
        "总公司企业填写。其中，“中国境内”项填写交付中心分布在中国的城市（市）名称；“境外（国家和地区）”项填写交付中心" +
        "分布在中国之外的国家和地区名称。",
      en:
        "Filled in by head office enterprises. Under “Within China”, give the names of the cities in China where " +
        "delivery centres are located; under “Outside China (countries and regions)”, the names of the countries and " +
        "regions outside China where delivery centres are located.",
    },
  ),
  distribution(
    "branchOffices",
    "116",
    { zh: "分公司的分布", en: "Distribution of branch offices" },
    {
      zh:
        "总公司企业填写。其中，“中国境内”项填写分公司分布在中国的城市（市）名称；“境外（国家和地区）”项填写分公司分布" +
        "在中国之外的国家和地区名称。",
      en:
        "Filled in by head office enterprises. Under “Within China”, give the names of the cities in China where " +
        "branch offices are located; under “Outside China (countries and regions)”, the names of the countries and " +
        "regions outside China where branch offices are located.",
    },
  ),
  {
    id: "registeredCapital",
    kind: "money",
    code: "117",
    unit: "万元",
    currency: "CNY",
    usd: true,
    label: { zh: "注册资本", en: "Registered capital" },
    help: {
      zh: "企业的注册资本，以“万元”为单位填写，并折算为万美元。",
      en: "The enterprise's registered capital, in CNY 10,000, also converted to USD 10,000.",
    },
    required: true,
  },
  {
    id: "totalAssets",
    kind: "money",
    code: "118",
    unit: "万元",
    currency: "CNY",
    usd: true,
    label: { zh: "资产总计", en: "Total assets" },
    help: {
      zh: "上一年度的资产总额，以“万元”为单位填写，并折算为万美元。",
      en: "Total assets of the previous year, in CNY 10,000, also converted to USD 10,000.",
    },
    required: true,
  },
  {
    id: "investors",
    kind: "rows",
    code: "119",
    label: { zh: "投资者", en: "Investors" },
    help: {
      zh: "投资者名称：按中方投资者、外方投资者的顺序依次填写。",
      en: "Investor name: fill in Chinese investors first, then foreign investors.",
    },
    required: true,
    minRows: 1,
    rowKinds: [
      { value: "chinese", label: { zh: "中方投资者", en: "Chinese investor" } },
      { value: "foreign", label: { zh: "外方投资者", en: "Foreign investor" } },
    ],
    columns: [
      text("name", { zh: "投资者名称", en: "Investor name" }, { required: true, maxLength: 100 }),
      text("registeredPlace", { zh: "注册地", en: "Place of registration" }, { maxLength: 100 }),
      text("country", { zh: "国别（地区）", en: "Country (region)" }),
      {
        id: "contribution",
        kind: "money",
        unit: "万元",
        currency: "CNY",
        usd: true,
        label: { zh: "出资额", en: "Capital contribution" },
        help: {
          zh: "以“万元”为单位填写投资者的出资额，并折算为万美元。",
          en: "The investor's capital contribution in CNY 10,000, also converted to USD 10,000.",
        },
        required: true,
      },
      {
        id: "share",
        kind: "decimal",
        unit: "%",
        label: { zh: "占比", en: "Share" },
        help: {
          zh: "所占比例：以百分数填写投资者出资额的比例。",
          en: "Proportion: the proportion of the investor's capital contribution, as a percentage.",
        },
        required: true,
        min: 0,
        max: 100,
        scale: 2,
      },
    ],
  },
  {
    id: "contacts",
    kind: "group",
    code: "120",
    label: { zh: "联系方式", en: "Contact details" },
    fields: [
      text(
        "areaCode",
        { zh: "长途区号", en: "Long-distance area code" },
        { format: "areaCode", required: true },
      ),
      text("landline", { zh: "固定电话", en: "Landline telephone" }, { format: "landline", required: true }),
      text("mobile", { zh: "移动电话", en: "Mobile telephone" }, { format: "mobile" }),
      text("fax", { zh: "传真号码", en: "Fax number" }, { format: "landline" }),
      text("postcode", { zh: "邮政编码", en: "Postcode" }, { format: "postcode", required: true }),
      text("email", { zh: "电子邮箱", en: "Email" }, { format: "email", required: true, maxLength: 100 }),
      text("website", { zh: "网址", en: "Website" }, { format: "url", maxLength: 200 }),
    ],
  },
];

const table: FormTable = {
  id: "enterprise-1",
  kind: "form",
  tableNo: { zh: "服务外包统企业１表", en: "Service outsourcing statistics enterprise table 1" },
  title: { zh: "服务外包企业基本信息表", en: "Service outsourcing enterprise basic information form" },
  ...surveyApproval,
  ...scheduleOf("enterprise-1"),
  // 报告期别 年报: one filing per enterprise per year; filing again makes a new revision of it.
  filing: { key: ["reportPeriod"], filerCode: "creditCode" },
  source: surveySource({
    zh: "三、调查表式（一）服务外包企业报表",
    en: "III Survey forms (1) Service outsourcing enterprise tables",
  }),
  notes: [
    {
      zh: "为减轻企业填报负担，本表相关单位基本信息由统计基本单位名录库加载，如有变动请进行修改。",
      en:
        "To lighten the reporting burden, the basic information of the entity in this table is loaded from the " +
        "basic statistical unit register; please correct anything that has changed.",
    },
    {
      zh: "本表报送方式为网上直报，有关指标统计口径请见主要指标解释。",
      en:
        "This table is reported directly online. For the statistical definition of each indicator, see the main " +
        "indicator explanations.",
    },
    {
      zh: "编者注：115、116两项的指标解释为“总公司企业填写”，故仅在111选择“是”时显示。",
      en:
        "Editor's note: the indicator explanations of 115 and 116 say “filled in by head office enterprises”, so they are " +
        "shown only when 111 is yes.",
    },
    {
      zh:
        "编者注：119 的指标解释只写“以百分数填写投资者出资额的比例”，未说各投资者占比合计须为100%。合计不为100%时" +
        "本表提示填报人确认或说明，不作为错误。",
      en:
        "Editor's note: the indicator explanation of 119 says only “the proportion of the investor's capital " +
        "contribution, as a percentage”; it does not say the investors' shares must add up to 100%. When they do " +
        "not, the table asks the filer to confirm or explain: a warning, not an error.",
    },
  ],
  discrepancies: [
    {
      zh:
        "107 表式印“行业类别(GB/T 4754-2011)”，而企业２表 212 与平台１表指标解释引用 GB/T 4754-2017。按表式：107 " +
        "的行业代码按 2011 版大类（01–96）校验，门类提示给出 2011 版的大类范围；212 用 2017 版门类。",
      en:
        "107 prints “industry category (GB/T 4754-2011)” while field 212 of enterprise table 2 and the indicator " +
        "explanations of the platform table cite GB/T 4754-2017. The form is followed: 107's industry code is checked " +
        "against the 2011 divisions (01–96) and its section helper shows the 2011 division ranges; 212 offers the " +
        "2017 sections.",
    },
    {
      zh: "111 表式印“公司总部所在地”，指标解释为“填写公司运营总部所在国家地区”。字段标签按表式，指标解释作为帮助文字。",
      en:
        "111 prints “location of the company headquarters”; the indicator explanation asks for “the country or region of the " +
        "company's operational headquarters”. The label follows the form; the indicator explanation is the help text.",
    },
    {
      zh: "119 表式列名为“占比（%）”，指标解释称“所占比例”。按表式。",
      en: "119 prints the column “share (%)”; the indicator explanation calls it “proportion”. The form is followed.",
    },
  ],
  sections: [
    headerSection({ precision: "year", identifierCode: "101", entityName: false }),
    { id: "body", role: "body", fields: body },
    footerSection(),
  ],
  rules: [
    identifierRule,
    {
      id: "headquarters-location-required",
      kind: "requiredWhen",
      severity: "error",
      target: "headquartersLocation",
      when: { field: "headOffice", equals: false },
      source: headOfficeHelp,
    },
    {
      id: "park-type-required",
      kind: "requiredWhen",
      severity: "error",
      target: "parkType",
      when: { field: "inSpecialisedPark", equals: true },
      source: inParkHelp,
    },
    {
      id: "investor-shares-total",
      kind: "totalEquals",
      severity: "warning",
      parts: ["investors.*.share"],
      value: 100,
      tolerance: 0.01,
      at: "investors",
      source: {
        zh: "本项目判断：各投资者所占比例合计一般为100%（文件未明示；指标解释只写“以百分数填写投资者出资额的比例”）。",
        en:
          "This project's judgement: the investors' shares normally add up to 100% (the document does not state " +
          "it; the indicator explanation says only “the proportion of the investor's capital contribution, as a " +
          "percentage”).",
      },
    },
  ],
};

/** 服务外包统企业１表 服务外包企业基本信息表. */
export const enterprise1: TableModule = { table, fixtures: enterprise1Fixtures };
