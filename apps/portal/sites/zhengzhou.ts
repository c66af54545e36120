import { initAccountBar } from "./account-bar";
import { initCataloguePage } from "./catalogue-page";
import { initLanguageSwitch } from "./site-shell";
import { renderSubsidyEstimator } from "./subsidy-estimator-view";
import { serviceOrigin } from "./table-tabs";

// 郑州市商务局（演示）: the demonstration-city tables, the enterprises' monthly 企业2表, and the
// 郑政办〔2020〕58号 estimator.
initLanguageSwitch();
// Read before the tabs point the form at a table: where the page's copy of the form files.
const form = document.querySelector("tianbiao-form");
const filesElsewhere = form !== null && serviceOrigin(form) !== "";
initCataloguePage({ tableIds: ["city-1", "city-2", "city-3", "enterprise-2"], draftKeyPrefix: "zhengzhou" });

const container = document.querySelector<HTMLElement>("#estimator");
const status = document.querySelector<HTMLElement>("#estimator-status");
if (container && status) renderSubsidyEstimator({ container, status, headingLevel: 3 });
const accountBar = document.querySelector<HTMLElement>("#account-bar");
// On a bureau's own origin the embed signs the filer in to the portal itself (its popup): this
// site's session cookie would never reach the portal there.
if (accountBar && !filesElsewhere)
  initAccountBar(accountBar, document.querySelector<HTMLElement>("#site-status") ?? undefined);
