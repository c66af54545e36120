export {
  type AccountInput,
  AccountInputError,
  Accounts,
  hashPassword,
  minPasswordLength,
  publicAccount,
  regionDigits,
  reviewLevels,
  signInPolicy,
} from "./accounts";
export {
  addressOf,
  buildServer,
  type RateLimit,
  type ReportingServer,
  type ServerOptions,
  securityHeaders,
  submissionBodyLimit,
} from "./app";
export { type AuditEvent, type AuditFilter, AuditLog } from "./audit";
export { exportColumns, toCsv } from "./csv";
export {
  describeStore,
  type OpenDatabase,
  openDatabase,
  type StoreConfig,
  storeConfigFromEnv,
} from "./db/open";
export type { Account, AccountKind, Database, FilingStatus, ReviewLevel } from "./db/schema";
export { demoAccounts, demoPassword, seedDemoAccounts } from "./demo";
export { errorBody, HttpError } from "./errors";
export { type FieldChange, type FileOutcome, Filings, filingRulesOf, transition } from "./filings";
export { apiMessages, type Bilingual } from "./messages";
export { type OidcOptions, oidcOptionsFromEnv, SingleSignOn } from "./oidc";
