import type { CodeList } from "../types";
import { statisticalSurveySystem } from "./sources";

/**
 * 登记注册类型 as printed on 企业1表 field 108: three headings (内资, 港澳台商投资, 外商投资) and
 * the three-digit codes under them. Version "2011" is the classification the form prints; a newer
 * one goes beside it in `registrationTypeLists`.
 */
export const registrationTypes2011: CodeList = {
  id: "registration-types-2011",
  title: { zh: "登记注册类型", en: "Registration type" },
  version: "2011",
  source: {
    zh: `${statisticalSurveySystem.zh} 服务外包统企业１表 108 登记注册类型`,
    en: `${statisticalSurveySystem.en}, table Enterprise 1, field 108 registration type`,
  },
  entries: [
    {
      code: "1",
      label: { zh: "内资", en: "Domestic-funded" },
      children: [
        { code: "110", label: { zh: "国有", en: "State-owned" } },
        { code: "120", label: { zh: "集体", en: "Collective-owned" } },
        { code: "130", label: { zh: "股份合作", en: "Joint-stock cooperative" } },
        { code: "141", label: { zh: "国有联营", en: "State-owned joint operation" } },
        { code: "142", label: { zh: "集体联营", en: "Collective joint operation" } },
        { code: "143", label: { zh: "国有与集体联营", en: "State-owned and collective joint operation" } },
        { code: "149", label: { zh: "其他联营", en: "Other joint operation" } },
        { code: "151", label: { zh: "国有独资公司", en: "Wholly state-owned company" } },
        { code: "159", label: { zh: "其他有限责任公司", en: "Other limited liability company" } },
        { code: "160", label: { zh: "股份有限公司", en: "Company limited by shares" } },
        { code: "171", label: { zh: "私营独资", en: "Private sole proprietorship" } },
        { code: "172", label: { zh: "私营合伙", en: "Private partnership" } },
        { code: "173", label: { zh: "私营有限责任公司", en: "Private limited liability company" } },
        { code: "174", label: { zh: "私营股份有限公司", en: "Private company limited by shares" } },
        { code: "190", label: { zh: "其他", en: "Other" } },
      ],
    },
    {
      code: "2",
      label: { zh: "港澳台商投资", en: "Invested by Hong Kong, Macao and Taiwan investors" },
      children: [
        {
          code: "210",
          label: {
            zh: "与港澳台商合资经营",
            en: "Equity joint venture with Hong Kong, Macao and Taiwan investors",
          },
        },
        {
          code: "220",
          label: {
            zh: "与港澳台商合作经营",
            en: "Contractual joint venture with Hong Kong, Macao and Taiwan investors",
          },
        },
        {
          code: "230",
          label: { zh: "港澳台商独资", en: "Wholly owned by Hong Kong, Macao and Taiwan investors" },
        },
        {
          code: "240",
          label: {
            zh: "港澳台商投资股份有限公司",
            en: "Company limited by shares invested by Hong Kong, Macao and Taiwan investors",
          },
        },
        {
          code: "290",
          label: { zh: "其他港澳台投资", en: "Other investment by Hong Kong, Macao and Taiwan investors" },
        },
      ],
    },
    {
      code: "3",
      label: { zh: "外商投资", en: "Foreign-invested" },
      children: [
        { code: "310", label: { zh: "中外合资经营", en: "Sino-foreign equity joint venture" } },
        { code: "320", label: { zh: "中外合作经营", en: "Sino-foreign contractual joint venture" } },
        { code: "330", label: { zh: "外资企业", en: "Wholly foreign-owned enterprise" } },
        {
          code: "340",
          label: { zh: "外商投资股份有限公司", en: "Foreign-invested company limited by shares" },
        },
        { code: "390", label: { zh: "其他外商投资", en: "Other foreign investment" } },
      ],
    },
  ],
};

/** Every registration-type classification by version, so a newer list can be added beside 2011. */
export const registrationTypeLists: Readonly<Record<string, CodeList>> = { "2011": registrationTypes2011 };
