import type { ChoiceField } from "@tianbiao/core";
import { officialField } from "../story-helpers/official-fields";

/** 企业1表 114 专业园区: 高新区、经开区、自贸试验区、软件园、服务外包园、其他 ____ (radios with other). */
export const parkType = officialField<ChoiceField>("enterprise-1", "parkType", "choice");

/** 企业2表 208 合同性质：1.在岸合同 2.离岸合同 3.境外合同 (radios with printed codes). */
export const contractNature = officialField<ChoiceField>("enterprise-2", "contractNature", "choice");

/** 企业1表 108 登记注册类型□□□: headings 内资 / 港澳台商投资 / 外商投资 over 3-digit codes (searchable). */
export const registrationType = officialField<ChoiceField>("enterprise-1", "registrationType", "choice");

/** 企业2表 209 合同业务类型: ITO / BPO / KPO, their groups and the business types (searchable, nested). */
export const businessType = officialField<ChoiceField>("enterprise-2", "businessType", "choice");

/** CCIIP 表格2 行业: any number of industries, with 其它 ____ (checkboxes with other). */
export const industryCategories = officialField<ChoiceField>(
  "cciip-functional-areas",
  "industryCategories",
  "choice",
);
