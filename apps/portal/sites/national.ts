import { initAccountBar } from "./account-bar";
import { initCataloguePage } from "./catalogue-page";
import { initLanguageSwitch } from "./site-shell";

// 全国服务外包统计直报（演示）: the enterprise tables and the platform table of the 报表目录.
initLanguageSwitch();
initCataloguePage({
  tableIds: ["enterprise-1", "enterprise-2", "enterprise-3", "enterprise-4", "enterprise-5", "platform-1"],
  draftKeyPrefix: "national",
});
const accountBar = document.querySelector<HTMLElement>("#account-bar");
if (accountBar) initAccountBar(accountBar, document.querySelector<HTMLElement>("#site-status") ?? undefined);
