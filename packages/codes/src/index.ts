export { findCodeEntry, leafEntries } from "./code-list";
export { orgCodeCheckCharacter } from "./identifiers/org-code";
export { type IdentifierSpec, identifierSpecs } from "./identifiers/specs";
export {
  type EmbeddedOrgCode,
  usccCharset,
  usccCheckCharacter,
  usccEmbeddedOrgCode,
} from "./identifiers/uscc";
export { type IdentifierResult, validateIdentifier } from "./identifiers/validate-identifier";
export { businessClassification2022 } from "./lists/business-classification-2022";
export { cciipFunctionalAreas, cciipIndustries } from "./lists/cciip";
export { certifications } from "./lists/certifications";
export {
  type DemonstrationCity,
  type DemonstrationCityList,
  demonstrationCities,
} from "./lists/demonstration-cities";
export {
  gbt4754DivisionRanges,
  gbt4754DivisionRanges2011,
  gbt4754Editions,
  gbt4754Sections,
  gbt4754Sections2011,
  sectionOfIndustryCode,
} from "./lists/gbt4754-sections";
export {
  type GuidanceCatalogue,
  type GuidanceField,
  guidanceCatalogue2018,
} from "./lists/guidance-catalogue-2018";
export { type Gbt4754Edition, industryCodeEditions } from "./lists/industry-code-editions";
export {
  centralEnterpriseGroupQuota,
  type GdpTier,
  type Province,
  provinceQuotaSource,
  provinces,
  quotaByGdpTier,
  quotaForProvince,
} from "./lists/provinces";
export { registrationTypeLists, registrationTypes2011 } from "./lists/registration-types";
export { trainingCategories } from "./lists/training-categories";
export { urbanRuralCodes } from "./lists/urban-rural-codes";
export { normalizeCode, normalizeText } from "./normalize";
export type { CodeEntry, CodeList, IdentifierType, Text } from "./types";
