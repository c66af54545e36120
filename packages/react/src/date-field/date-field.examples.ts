import type { DateField } from "@tianbiao/core";
import { officialField } from "../story-helpers/official-fields";

/** 企业2表 204 签字日期___年___月___日 (day). */
export const signingDate = officialField<DateField>("enterprise-2", "signingDate", "date");

/** 企业1表 104 开业(成立)时间___年___月 (month). */
export const establishedOn = officialField<DateField>("enterprise-1", "establishedOn", "date");

/** 企业1表 header: ２０__年, the report period of an annual table (year). */
export const reportYear = officialField<DateField>("enterprise-1", "reportPeriod", "date");
