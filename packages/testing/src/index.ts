export { chromiumArgs, chromiumLaunchOptions, chromiumPath } from "./chromium";
export { findPostgresBin, startTestDatabase, type TestDatabase } from "./postgres";
