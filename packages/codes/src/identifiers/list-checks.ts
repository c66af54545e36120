import { leafEntries } from "../code-list";
import { provinces } from "../lists/provinces";
import { urbanRuralCodes } from "../lists/urban-rural-codes";

/** The identifier types whose check reads a code list only it needs (identifierSpecs: `list: true`). */
export type ListedIdentifierType = "divisionCode" | "urbanRuralCode";

/** Whether a code of the right length is one the list holds. */
export type ListRules = Record<ListedIdentifierType, (value: string) => boolean>;

const divisionPrefixes = new Set(provinces.map((province) => province.divisionPrefix));
const urbanRural = new Set(leafEntries(urbanRuralCodes).map((entry) => entry.code));

/**
 * The checks of validateIdentifier that read a code list only they need, apart from the others: the
 * embed's module script puts list-checks.split.ts in this module's place, so a page whose table has
 * none of these types does not carry the lists. (GB/T 4754 and the registration types stay with
 * validateIdentifier: tables' options read them too.)
 */
export const listRules: Partial<ListRules> = {
  divisionCode: (value) => divisionPrefixes.has(value.slice(0, 2)),
  urbanRuralCode: (value) => urbanRural.has(value),
};
