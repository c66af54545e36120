import type { MoneyField } from "@tianbiao/core";
import { officialField } from "../story-helpers/official-fields";

/** 企业1表 117 注册资本（万元）___ 折万美元___: 人民币 fixed. */
export const registeredCapital = officialField<MoneyField>("enterprise-1", "registeredCapital", "money");

/** 企业2表 206 合同金额：原币___万元 折___万美元: the filer states the currency. */
export const contractAmount = officialField<MoneyField>("enterprise-2", "contractAmount", "money");
