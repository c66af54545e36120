import { registrationTypes2011 } from "@tianbiao/codes";
import type { Field, FormTable, LongTextField, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { creditCodeHelp, surveySource } from "./common";
import { platformRegistrationFixtures } from "./platform-registration.fixtures";

const text = (id: string, label: Text, maxLength = 100, required = true): Field => ({
  id,
  kind: "text",
  label,
  maxLength,
  required,
});

const longText = (
  id: string,
  label: Text,
  maxLength: number,
  rows: number,
  required = true,
): LongTextField => ({
  id,
  kind: "longText",
  label,
  maxLength,
  rows,
  required,
});

const operatorFields: Field[] = [
  text("operatorName", { zh: "名称", en: "Name" }),
  text(
    "legalRepresentative",
    { zh: "法定代表人（单位负责人）", en: "Legal representative (head of the entity)" },
    30,
  ),
  {
    id: "creditCode",
    kind: "code",
    codeType: "uscc",
    label: { zh: "统一社会信用代码", en: "Unified social credit code" },
    help: creditCodeHelp,
    groups: [18],
    required: true,
  },
  text("registeredAddress", { zh: "单位注册地", en: "Registered address of the entity" }),
  {
    id: "establishedOn",
    kind: "date",
    precision: "month",
    label: { zh: "开业(成立)时间", en: "Date of opening (establishment)" },
    required: true,
  },
  {
    id: "registeredFunds",
    kind: "decimal",
    unit: "万元",
    label: { zh: "注册资金", en: "Registered funds" },
    required: true,
    min: 0,
    scale: 4,
  },
  {
    id: "registrationType",
    kind: "choice",
    label: { zh: "登记注册类型", en: "Registration type" },
    // The form asks only for the three headings of the 2011 classification.
    options: registrationTypes2011.entries.map((entry) => ({ value: entry.code, label: entry.label })),
    display: "radio",
    required: true,
  },
  {
    id: "advancedTechnologyService",
    kind: "yesNo",
    label: { zh: "技术先进型服务企业", en: "Advanced technology service enterprise" },
    required: true,
  },
  text("mailingAddress", { zh: "通讯地址", en: "Mailing address" }),
  text("contactPerson", { zh: "联系人", en: "Contact person" }, 30),
  text("telephoneFax", { zh: "电话/传真", en: "Telephone/fax" }, 50),
  {
    id: "email",
    kind: "text",
    format: "email",
    label: { zh: "Email", en: "Email" },
    maxLength: 100,
    required: true,
  },
];

const platformFields: Field[] = [
  text("platformName", { zh: "名称", en: "Name" }),
  {
    id: "website",
    kind: "text",
    format: "url",
    label: { zh: "网址", en: "Website" },
    maxLength: 200,
    required: true,
  },
  text("websiteFilingNumber", { zh: "网站备案号", en: "Website filing number" }, 50),
  text("licenceNumber", { zh: "许可证号", en: "Licence number" }, 50, false),
  {
    id: "operatingSince",
    kind: "date",
    precision: "month",
    label: { zh: "平台开始运营时间", en: "Date the platform began operating" },
    required: true,
  },
  {
    id: "matchedVolume",
    kind: "decimal",
    unit: "万元",
    label: { zh: "截止申报日撮合交易规模", en: "Volume of transactions matched up to the application date" },
    required: true,
    min: 0,
    scale: 4,
  },
  longText("mainTransactions", { zh: "主要交易内容", en: "Main transactions" }, 500, 3),
  longText(
    "topSuppliers",
    { zh: "平台上TOP5供应商名称", en: "Names of the top 5 suppliers on the platform" },
    500,
    5,
  ),
  longText(
    "topBuyers",
    { zh: "平台上TOP5采购商名称", en: "Names of the top 5 buyers on the platform" },
    500,
    5,
  ),
];

const table: FormTable = {
  id: "platform-registration",
  kind: "form",
  title: {
    zh: "服务外包交易平台注册信息表",
    en: "Service outsourcing trading platform registration information form",
  },
  issuer: { zh: "商务部", en: "Ministry of Commerce" },
  period: "once",
  source: surveySource({
    zh: "第三部分 服务外包统计操作指引 四、服务外包交易平台填报说明",
    en: "Part 3 Operating guide for service outsourcing statistics, IV Notes on filing by trading platforms",
  }),
  notes: [
    {
      zh:
        "服务外包交易平台注册需向所在地商务主管部门提交下列材料：1. 服务外包交易平台注册信息表（加盖单位公章）；" +
        "2．法人证书或营业执照副本（复印件）；3．平台开展相关线上服务外包交易的证明材料（截屏照片、总结等）；" +
        "4．平台运营方案，含管理制度、服务流程、收费标准、服务质量保证措施等；5．网站备案、许可证等证明（复印件）。",
      en:
        "To register, a service outsourcing trading platform submits to the local commerce authority: 1. this " +
        "registration information form (with the entity's official seal); 2. a copy of its legal person certificate " +
        "or business licence; 3. evidence of online service outsourcing transactions on the platform (screenshots, " +
        "photos, summaries and the like); 4. the platform's operating plan, with its management rules, service " +
        "process, fee schedule and service quality assurance measures; 5. copies of its website filing, licences " +
        "and similar certificates.",
    },
  ],
  discrepancies: [
    {
      zh: "表内运营主体栏为“法定代表人（单位负责人）”，签字栏为“法人代表签字（盖章）”。两处均按表式照印。",
      en:
        "The operator block prints the full term “legal representative (head of the entity)”, while the signature " +
        "block prints a shortened form in “legal representative signature (official seal)”. Both are kept as printed.",
    },
  ],
  sections: [
    {
      id: "operator",
      role: "body",
      title: { zh: "平台运营主体基本信息", en: "Basic information of the platform operator" },
      fields: operatorFields,
    },
    {
      id: "platform",
      role: "body",
      title: { zh: "服务外包交易平台信息", en: "Service outsourcing trading platform information" },
      fields: platformFields,
    },
    {
      id: "details",
      role: "body",
      title: { zh: "服务外包交易平台详细信息", en: "Service outsourcing trading platform details" },
      note: {
        zh:
          "（请详细描述平台的成立背景、组织架构、交易现状，及平台运营方案，包括但不限于管理制度、服务流程、收费标准、" +
          "服务质量保证措施等，并提供有关证明材料，截屏、照片、内部制度文件等）",
        en:
          "(Describe in detail the platform's background, organisation, current transactions and operating plan, " +
          "including but not limited to its management rules, service process, fee schedule and service quality " +
          "assurance measures, and provide supporting evidence: screenshots, photos, internal rules and the like.)",
      },
      fields: [
        longText(
          "details",
          { zh: "服务外包交易平台详细信息", en: "Service outsourcing trading platform details" },
          5000,
          10,
        ),
      ],
    },
    {
      id: "commitment",
      role: "signature",
      note: { zh: "本单位承诺以上所填内容属实。", en: "This entity undertakes that the above is true." },
      fields: [
        text(
          "signatory",
          {
            zh: "法人代表签字（盖章）",
            en: "Signature (official seal) of the legal representative",
          },
          30,
        ),
        {
          id: "signedOn",
          kind: "date",
          precision: "day",
          label: { zh: "日期", en: "Date" },
          required: true,
        },
      ],
    },
    {
      id: "authority",
      role: "stamp",
      title: { zh: "地方商务主管部门意见", en: "Opinion of the local commerce authority" },
      fields: [
        longText(
          "authorityOpinion",
          { zh: "地方商务主管部门意见", en: "Opinion of the local commerce authority" },
          1000,
          4,
          false,
        ),
        text("authoritySignature", { zh: "签字（盖章）", en: "Signature (official seal)" }, 30, false),
        { id: "authorityDate", kind: "date", precision: "day", label: { zh: "日期", en: "Date" } },
      ],
    },
  ],
  rules: [],
};

/** 服务外包交易平台注册信息表 (no 表号), from the operating guide of 国统制〔2022〕45号. */
export const platformRegistration: TableModule = { table, fixtures: platformRegistrationFixtures };
