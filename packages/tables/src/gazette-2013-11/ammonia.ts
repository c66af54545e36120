import type { ReferenceColumn, Text } from "@tianbiao/core";
import { gazetteSource } from "./source";

/** Where 表1 and 表2 are printed: 合成氨行业准入条件, part 三. */
export const ammoniaSource = gazetteSource({
  zh: "中华人民共和国工业和信息化部公告 2012年 第64号 附件 合成氨行业准入条件 三、资源能源消耗和综合利用",
  en: "Announcement No. 64, 2012 of the Ministry of Industry and Information Technology, annex: Entry conditions for the synthetic ammonia industry, part 3: Resource and energy consumption and comprehensive utilisation",
});

export const ammoniaIssuer: Text = {
  zh: "中华人民共和国工业和信息化部",
  en: "Ministry of Industry and Information Technology of the People's Republic of China",
};

export const feedstockColumn: ReferenceColumn = {
  id: "feedstock",
  label: { zh: "原料类型", en: "Feedstock type" },
};

/** The three feedstock rows both tables print, in printed order. */
export const feedstocks = {
  premiumAnthracite: { zh: "优质无烟块煤", en: "Premium lump anthracite" },
  otherSolid: {
    zh: "非优质无烟块煤、焦炭、型煤",
    en: "Non-premium lump anthracite, coke, briquettes",
  },
  gas: { zh: "天然气、焦炉气", en: "Natural gas, coke oven gas" },
} as const satisfies Record<string, Text>;

/** 备注 printed under both tables. */
export const ammoniaRemark: Text = {
  zh: "备注:标准以外煤种参照非优质无烟块煤、焦炭、型煤类",
  en: "Remark: coal types outside the standard are treated as non-premium lump anthracite, coke, briquettes.",
};

/** The text that introduces both tables. */
export const ammoniaIntroduction: Text = {
  zh: "现有生产企业合成氨单位产品能耗应符合现行的《合成氨单位产品能源消耗限额》(GB21344)国家标准规定的限定值(见表1),新建生产企业合成氨单位产品能耗应符合现行的《合成氨单位产品能源消耗限额》(GB21344)国家标准规定的准入值(见表2)。表1、表2所列能耗限额随最新标准(GB21344)的发布更新。",
  en: "The energy consumption per unit of synthetic ammonia of existing producers shall meet the limit values set by the current national standard The norm of energy consumption per unit product of synthetic ammonia (GB21344) (see Table 1); that of new producers shall meet the entry values set by the same standard (see Table 2). The limits in Tables 1 and 2 are updated when a new edition of GB21344 is published.",
};

/** Discrepancies both tables share. */
export const ammoniaDiscrepancies: Text[] = [
  {
    zh: "正文称国家标准为《合成氨单位产品能源消耗限额》，表题写作“合成氨单位产品能耗限额”；表题照印。",
    en: "The text gives the national standard's title with the full words for energy consumption (nengyuan xiaohao), the table titles use the short form (nenghao); the titles are kept as printed.",
  },
  {
    zh: "文告英文目录称该公告为“Announcement No. 64, 2011”，中文目录与公告正文为“2012年 第64号”（2012年12月21日）；以中文为准。",
    en: "The gazette's English contents call it Announcement No. 64, 2011; the Chinese contents and the announcement itself say No. 64, 2012 (dated 21 December 2012). The Chinese is followed.",
  },
];
