import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking, headerBreakages, longText } from "./fixture-tools";
import { cny, lakeshore, lakeshoreFooter, yunfan, yunfanFooter } from "./shared.fixtures";

const valid: Submission = {
  creditCode: yunfan.creditCode,
  reportPeriod: "2024",
  entityName: yunfan.name,
  englishName: yunfan.englishName,
  establishedOn: "2016-05",
  legalRepresentative: "陈志远",
  registeredAddress: {
    province: "广东省",
    prefecture: "深圳市",
    county: "南山区",
    street: "高新南七道9号12层",
    subdistrict: "粤海街道",
    divisionCode: "440305007000",
    urbanRuralCode: "111",
  },
  industry: {
    mainActivities: { activity1: "软件开发", activity2: "信息技术咨询服务" },
    industryCode: "6510",
  },
  registrationType: "173",
  multinational: false,
  centralEnterprise: false,
  headOffice: true,
  advancedTechnologyService: true,
  sharedServiceCentre: false,
  inSpecialisedPark: true,
  parkType: "software",
  deliveryCentres: { domestic: "深圳、成都、西安", overseas: "新加坡" },
  branchOffices: { domestic: "成都、西安", overseas: "新加坡" },
  registeredCapital: cny(3550),
  totalAssets: cny(12780),
  investors: [
    {
      rowKind: "chinese",
      name: "陈志远",
      registeredPlace: "广东省深圳市",
      country: "中国",
      contribution: cny(2130),
      share: 60,
    },
    {
      rowKind: "chinese",
      name: "深圳市远航投资合伙企业（有限合伙）",
      registeredPlace: "广东省深圳市",
      country: "中国",
      contribution: cny(1420),
      share: 40,
    },
  ],
  contacts: {
    areaCode: "0755",
    landline: "86001234",
    mobile: "13923456789",
    fax: "86001235",
    postcode: "518057",
    email: "tongji@yunfansoft.cn",
    website: "https://www.yunfansoft.cn",
  },
  ...yunfanFooter("2025-01-20"),
};

const english: Submission = {
  creditCode: lakeshore.creditCode,
  reportPeriod: "2024",
  entityName: lakeshore.name,
  englishName: lakeshore.name,
  establishedOn: "2018-09",
  legalRepresentative: "Daniel Whitaker",
  registeredAddress: {
    province: "Jiangsu Province",
    prefecture: "Suzhou",
    county: "Suzhou Industrial Park",
    street: "Floor 8, Building 3, 88 Xinghu Street",
    divisionCode: "320571000000",
    urbanRuralCode: "111",
  },
  industry: {
    mainActivities: { activity1: "Data processing services", activity2: "Data analytics consulting" },
    industryCode: "6540",
  },
  registrationType: "330",
  multinational: true,
  centralEnterprise: false,
  headOffice: false,
  headquartersLocation: "Chicago, United States",
  advancedTechnologyService: true,
  sharedServiceCentre: true,
  inSpecialisedPark: true,
  parkType: "economicDevelopment",
  registeredCapital: cny(7100),
  totalAssets: cny(21300),
  investors: [
    {
      rowKind: "foreign",
      name: "Lakeshore Analytics Holdings, Inc.",
      registeredPlace: "Delaware",
      country: "United States",
      contribution: cny(7100),
      share: 100,
    },
  ],
  contacts: {
    areaCode: "0512",
    landline: "62881234",
    mobile: "13812345678",
    postcode: "215021",
    email: "statistics@lakeshore-analytics.com",
    website: "https://www.lakeshore-analytics.com",
  },
  ...lakeshoreFooter("2025-01-15"),
};

/** Sample filings of 服务外包统企业１表. */
export const enterprise1Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    ...headerBreakages(valid, yunfan.creditCodeBadCheck),
    breaking(
      valid,
      "no-legal-representative",
      { rule: "required", path: "legalRepresentative" },
      {
        zh: "105 法定代表人（单位负责人）未填。",
        en: "105 legal representative (head of the entity) is missing.",
      },
      { legalRepresentative: undefined },
    ),
    breaking(
      valid,
      "english-name-too-long",
      { rule: "maxLength", path: "englishName" },
      { zh: "103 英文名称超过200个字符。", en: "103 English name is longer than 200 characters." },
      { englishName: longText("Shenzhen Yunfan Software Services Co., Ltd. ", 201) },
    ),
    breaking(
      valid,
      "established-month-13",
      { rule: "date", path: "establishedOn" },
      { zh: "104 开业(成立)时间的月份为13。", en: "104 date of opening has month 13." },
      { establishedOn: "2016-13" },
    ),
    breaking(
      valid,
      "email-without-at",
      { rule: "format", path: "contacts.email" },
      { zh: "120 电子邮箱缺少“@”。", en: "120 email has no “@”." },
      { "contacts.email": "tongji.yunfansoft.cn" },
    ),
    breaking(
      valid,
      "branch-without-headquarters",
      { rule: "headquarters-location-required", path: "headquartersLocation" },
      {
        zh: "111 选择“否”，但未填公司总部所在地。",
        en: "111 is no, but the location of the company headquarters is missing.",
      },
      { headOffice: false, deliveryCentres: undefined, branchOffices: undefined },
    ),
    breaking(
      valid,
      "park-without-type",
      { rule: "park-type-required", path: "parkType" },
      {
        zh: "114 选择“是”，但未选择专业园区类型。",
        en: "114 is yes, but no kind of specialised park is chosen.",
      },
      { parkType: undefined },
    ),
    breaking(
      valid,
      "registration-type-not-in-list",
      { rule: "option", path: "registrationType" },
      {
        zh: "108 登记注册类型175不在代码表中。",
        en: "108 registration type 175 is not in the code list.",
      },
      { registrationType: "175" },
    ),
    breaking(
      valid,
      "other-park-without-name",
      { rule: "otherText", path: "parkType" },
      {
        zh: "专业园区选择“其他”，但未填写园区名称。",
        en: "The specialised park is “other”, but its name is not given.",
      },
      { parkType: "other" },
    ),
    breaking(
      valid,
      "division-code-11-digits",
      { rule: "length", path: "registeredAddress.divisionCode" },
      { zh: "106 区划代码只有11位。", en: "106 division code has only 11 digits." },
      { "registeredAddress.divisionCode": "44030500700" },
    ),
  ],
  // Pass, with exactly one warning each.
  warnings: [
    breaking(
      valid,
      "shares-sum-to-90",
      { rule: "investor-shares-total", path: "investors" },
      {
        zh: "119 投资者占比合计为90%，不等于100%（提示）。",
        en: "119 investors' shares add up to 90%, not 100% (a warning).",
      },
      { "investors.1.share": 30 },
    ),
  ],
};
