import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking, longText } from "./fixture-tools";
import { bridgeway, huizhi } from "./shared.fixtures";

const valid: Submission = {
  operatorName: huizhi.name,
  legalRepresentative: "周敏",
  creditCode: huizhi.creditCode,
  registeredAddress: "上海市浦东新区张江路665号3层",
  establishedOn: "2017-03",
  registeredFunds: 1000,
  registrationType: "1",
  advancedTechnologyService: false,
  mailingAddress: "上海市浦东新区张江路665号3层",
  contactPerson: "赵婷",
  telephoneFax: "021-58801234/021-58801235",
  email: "pingtai@huizhizb.cn",
  platformName: huizhi.platformName,
  website: "https://www.huizhizb.cn",
  websiteFilingNumber: "沪ICP备17012345号-1",
  licenceNumber: "沪B2-20180123",
  operatingSince: "2018-06",
  matchedVolume: 52680,
  mainTransactions: "软件开发、界面设计、软件测试、数据标注等众包项目的信息发布与撮合交易",
  topSuppliers:
    "上海启明软件测试有限公司；杭州云图设计工作室；苏州汇联数据服务有限公司；南京数衡信息技术有限公司；合肥智标数据科技有限公司",
  topBuyers:
    "上海申通智联物流有限公司；江苏瑞丰农村商业银行股份有限公司；浙江禾生医疗器械有限公司；上海浦江数字科技有限公司；宁波港融供应链管理有限公司",
  details:
    "平台于2018年6月上线，由上海汇智众包网络科技有限公司运营，设产品、运营、风控和客户服务四个部门，共42人。" +
    "平台实行供应商实名认证和分级管理，采购商发布需求后由平台匹配报价，双方在线签约，资金由平台托管并按里程碑" +
    "结算；平台按成交金额的5%收取服务费，并设质量保证金和争议仲裁流程。截至申报日累计撮合交易5.27亿元。",
  signatory: "周敏",
  signedOn: "2024-03-15",
};

const english: Submission = {
  operatorName: bridgeway.name,
  legalRepresentative: "Rachel Moore",
  creditCode: bridgeway.creditCode,
  registeredAddress: "Room 1502, Tower B, 3 Keyuan Road, Nanshan District, Shenzhen",
  establishedOn: "2019-11",
  registeredFunds: 2130,
  registrationType: "3",
  advancedTechnologyService: true,
  mailingAddress: "Room 1502, Tower B, 3 Keyuan Road, Nanshan District, Shenzhen",
  contactPerson: "Vivian Chen",
  telephoneFax: "0755-26881234 / 0755-26881235",
  email: "platform@bridgeway-cloud.com",
  platformName: bridgeway.platformEnglishName,
  website: "https://www.bridgeway-cloud.com",
  websiteFilingNumber: "粤ICP备20045678号-1",
  licenceNumber: "粤B2-20201234",
  operatingSince: "2020-04",
  matchedVolume: 18650,
  mainTransactions:
    "Matching software testing, localisation and data annotation projects between overseas buyers and suppliers in China",
  topSuppliers:
    "Shenzhen Qianhai Testing Services Co., Ltd.; Guangzhou Lingyu Localisation Co., Ltd.; Dongguan Biaozhun Data " +
    "Co., Ltd.; Zhuhai Haixin Software Co., Ltd.; Foshan Yunce Technology Co., Ltd.",
  topBuyers:
    "Northshore Games Ltd. (UK); Kestrel Mobility GmbH (Germany); Pacifica Retail Pty Ltd (Australia); Harbourline " +
    "Insurance Ltd. (Hong Kong, China); Maple Ridge Health Inc. (Canada)",
  details:
    "Bridgeway Talent Cloud went live in April 2020. A team of 35 in product, operations, risk control and client " +
    "service runs it. Suppliers are verified and graded; buyers post projects, the platform matches quotes, both " +
    "sides sign online and payment is held in escrow and released by milestone. The platform charges 6% of the " +
    "transaction value and runs a quality deposit and a dispute resolution procedure.",
  signatory: "Rachel Moore",
  signedOn: "2024-05-20",
};

/** Sample applications with the 服务外包交易平台注册信息表. */
export const platformRegistrationFixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    breaking(
      valid,
      "credit-code-check-character",
      { rule: "checksum", path: "creditCode" },
      {
        zh: "统一社会信用代码的校验码错误。",
        en: "The check character of the unified social credit code is wrong.",
      },
      { creditCode: huizhi.creditCodeBadCheck },
    ),
    breaking(
      valid,
      "no-operator-name",
      { rule: "required", path: "operatorName" },
      { zh: "平台运营主体名称未填。", en: "The platform operator's name is missing." },
      { operatorName: undefined },
    ),
    breaking(
      valid,
      "email-without-domain",
      { rule: "format", path: "email" },
      { zh: "Email 缺少域名。", en: "The email address has no domain." },
      { email: "pingtai@" },
    ),
    breaking(
      valid,
      "website-without-scheme",
      { rule: "format", path: "website" },
      { zh: "网址缺少“https://”。", en: "The website address lacks “https://”." },
      { website: "www.huizhizb.cn" },
    ),
    breaking(
      valid,
      "registration-type-4",
      { rule: "option", path: "registrationType" },
      {
        zh: "登记注册类型只有内资、港澳台商投资、外商投资三类。",
        en: "There are only three registration types.",
      },
      { registrationType: "4" },
    ),
    breaking(
      valid,
      "volume-in-words",
      { rule: "number", path: "matchedVolume" },
      {
        zh: "撮合交易规模填了“五亿”，应填万元数。",
        en: "The matched volume says “五亿” (five hundred million) instead of a figure in CNY 10,000.",
      },
      { matchedVolume: "五亿" },
    ),
    breaking(
      valid,
      "negative-registered-funds",
      { rule: "min", path: "registeredFunds" },
      { zh: "注册资金为负数。", en: "The registered funds are negative." },
      { registeredFunds: -1000 },
    ),
    breaking(
      valid,
      "main-transactions-too-long",
      { rule: "maxLength", path: "mainTransactions" },
      { zh: "主要交易内容超过500个字符。", en: "The main transactions text is longer than 500 characters." },
      {
        mainTransactions: longText(
          "软件开发、界面设计、软件测试、数据标注等众包项目的信息发布与撮合交易；",
          501,
        ),
      },
    ),
    breaking(
      valid,
      "signed-30-february",
      { rule: "date", path: "signedOn" },
      { zh: "签字日期为不存在的2月30日。", en: "The signing date is 30 February, which does not exist." },
      { signedOn: "2024-02-30" },
    ),
  ],
};
