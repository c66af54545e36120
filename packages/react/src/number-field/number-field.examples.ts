import type { NumberField } from "@tianbiao/core";
import { officialField, officialRule } from "../story-helpers/official-fields";

/** 企业2表 205 合同期限________个月: an integer in months that also accepts 无. */
export const contractTerm = officialField<NumberField>("enterprise-2", "contractTerm", "integer");

/** 360号 申报表 从业人数 (人), with the warning the notice sets: 从业人员1000人以上 for a manufacturing applicant. */
export const employees = officialField<NumberField>("key-enterprise-application", "employees", "integer");
export const employeesMinimum = officialRule("key-enterprise-application", "manufacturingEmployeesMinimum");

/** 360号 申报表 现有数字化生产设备联网率 (%), a decimal. */
export const networkingRate = officialField<NumberField>(
  "key-enterprise-application",
  "networkingRate",
  "decimal",
);
