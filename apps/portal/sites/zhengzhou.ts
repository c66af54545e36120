import { initAccountBar } from "./account-bar";
import { initCataloguePage } from "./catalogue-page";
import { initLanguageSwitch } from "./site-shell";
import { renderSubsidyEstimator } from "./subsidy-estimator-view";

// 郑州市商务局（演示）: the demonstration-city tables and the 郑政办〔2020〕58号 estimator.
initLanguageSwitch();
initCataloguePage({ tableIds: ["city-1", "city-2", "city-3"], draftKeyPrefix: "zhengzhou" });

const container = document.querySelector<HTMLElement>("#estimator");
const status = document.querySelector<HTMLElement>("#estimator-status");
if (container && status) renderSubsidyEstimator({ container, status, headingLevel: 3 });
const accountBar = document.querySelector<HTMLElement>("#account-bar");
if (accountBar) initAccountBar(accountBar, document.querySelector<HTMLElement>("#site-status") ?? undefined);
