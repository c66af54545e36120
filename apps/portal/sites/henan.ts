import { initAccountBar } from "./account-bar";
import { quotaStatement } from "./henan-quota";
import { renderQuotaStatement } from "./quota-view";
import { initLanguageSwitch, initSubmissionStatus } from "./site-shell";

// 河南省商务厅（演示）: the 360号 application and the province's recommendation quota.
const henanDivisionCode = "41";

initLanguageSwitch();
const status = document.querySelector<HTMLElement>("#site-status");
if (status) initSubmissionStatus(status, () => undefined);
const quota = document.querySelector<HTMLElement>("#quota");
if (quota) renderQuotaStatement(quota, quotaStatement(henanDivisionCode));
const accountBar = document.querySelector<HTMLElement>("#account-bar");
if (accountBar) initAccountBar(accountBar, document.querySelector<HTMLElement>("#site-status") ?? undefined);
