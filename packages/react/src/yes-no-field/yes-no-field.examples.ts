import type { YesNoField } from "@tianbiao/core";
import { officialField } from "../story-helpers/official-fields";

/** 企业1表 109 跨国公司 □ 1.是 2.否. */
export const multinational = officialField<YesNoField>("enterprise-1", "multinational", "yesNo");

/** 企业1表 111 总公司 □ 1.是 2.否. */
export const headOffice = officialField<YesNoField>("enterprise-1", "headOffice", "yesNo");
