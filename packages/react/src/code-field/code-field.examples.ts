import type { CodeField } from "@tianbiao/core";
import { officialField } from "../story-helpers/official-fields";

/** 企业1表 101 统一社会信用代码□□□□□□□□□□□□□□□□□□. */
export const creditCode = officialField<CodeField>("enterprise-1", "creditCode", "code");

/** 尚未领取统一社会信用代码的填写原组织机构代码□□□□□□□□－□. */
export const orgCode = officialField<CodeField>("enterprise-1", "orgCode", "code");
