export { chromiumArgs, chromiumLaunchOptions, chromiumPath } from "./chromium";
