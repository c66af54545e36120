import type { SourceRef, Text } from "@tianbiao/core";

/** The CCIIP notice both tables are printed in. */
export const cciipSource = (section: Text): SourceRef => ({
  document: {
    zh: "中投促函[2020] 25号 关于开展2020年中国数字服务暨服务外包领军企业推介工作的通知",
    en: "CCIIP Letter [2020] No. 25, Notice on the 2020 recommendation of China's leading digital service and service outsourcing enterprises",
  },
  seed: "000_93233fa4262e9f91.txt",
  section,
});

export const cciipIssuer: Text = {
  zh: "中国国际投资促进会",
  en: "China Council for International Investment Promotion",
};

/** 推介标准 for service outsourcing suppliers, as printed in the annex 推荐及申报说明. */
export const recommendationCriteria: Text[] = [
  {
    zh: "1. 企业总部和业务交付主体在中国；企业以总公司或母公司名义申报。",
    en: "1. The enterprise's headquarters and its business delivery entity are in China; the enterprise applies in the name of its head office or parent company.",
  },
  {
    zh: "2. 业务收入：年外包业务收入不低于 3000 万人民币；",
    en: "2. Business revenue: annual outsourcing revenue of at least CNY 30 million;",
  },
  {
    zh: "3. 规模标准：从事服务外包工作的员工不低于 300 人；",
    en: "3. Scale: at least 300 staff working in service outsourcing;",
  },
  {
    zh: "4. 人均外包业务收入不低于 35 万人民币。（注：此项适用于未达到 300 人规模较小的创新型企业）",
    en: "4. Outsourcing revenue per head of at least CNY 350,000. (Note: this applies to smaller innovative enterprises with fewer than 300 staff.)",
  },
];
