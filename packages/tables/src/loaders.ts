import type { FormTable } from "@tianbiao/core";
import type { TableModule } from "./types";

type Loader = () => Promise<Record<string, unknown>>;

/**
 * One dynamic import per table, so a bundler gives each table its own chunk and a page that
 * embeds one form downloads only that table's definition. The forms apart from the reference
 * tables, so a script that renders forms only (the embed) carries no loader of the others.
 */
const formLoaders: Record<string, Loader> = {
  "enterprise-1": () => import("./statistical-survey/enterprise-1"),
  "enterprise-2": () => import("./statistical-survey/enterprise-2"),
  "enterprise-3": () => import("./statistical-survey/enterprise-3"),
  "enterprise-4": () => import("./statistical-survey/enterprise-4"),
  "enterprise-5": () => import("./statistical-survey/enterprise-5"),
  "platform-1": () => import("./statistical-survey/platform-1"),
  "city-1": () => import("./statistical-survey/city-1"),
  "city-2": () => import("./statistical-survey/city-2"),
  "city-3": () => import("./statistical-survey/city-3"),
  "platform-registration": () => import("./statistical-survey/platform-registration"),
  "key-enterprise-application": () => import("./mofcom-2021-360/key-enterprise-application"),
  "cciip-functional-areas": () => import("./cciip-2020-25/cciip-functional-areas"),
};

const referenceLoaders: Record<string, Loader> = {
  "survey-catalogue": () => import("./statistical-survey/survey-catalogue"),
  "business-classification-2022": () => import("./statistical-survey/business-classification-2022"),
  "cciip-industries": () => import("./cciip-2020-25/cciip-industries"),
  "guidance-catalogue-2018": () => import("./zhengzhou-2020-58/guidance-catalogue-2018"),
  "zhengzhou-subsidy-measures": () => import("./zhengzhou-2020-58/zhengzhou-subsidy-measures"),
  "gazette-domestic-trade-standards": () => import("./gazette-2013-11/gazette-domestic-trade-standards"),
  "gazette-ammonia-limits": () => import("./gazette-2013-11/gazette-ammonia-limits"),
  "gazette-ammonia-entry": () => import("./gazette-2013-11/gazette-ammonia-entry"),
  "gazette-outsourcing-scope": () => import("./gazette-2013-11/gazette-outsourcing-scope"),
  "gazette-demonstration-cities": () => import("./gazette-2013-11/gazette-demonstration-cities"),
  "gazette-certification-types": () => import("./gazette-2013-11/gazette-certification-types"),
};

function isModuleFor(id: string, value: unknown): value is TableModule {
  const table = (value as TableModule | undefined)?.table;
  return typeof table === "object" && table !== null && table.id === id;
}

const idsOf = (...maps: Record<string, Loader>[]): string[] => maps.flatMap((map) => Object.keys(map));

// Marked pure, so a bundle that uses loadForm alone leaves out the reference tables' loaders.
/** Ids of the tables that can be loaded lazily. */
export const loadableTableIds: readonly string[] = /* @__PURE__ */ idsOf(formLoaders, referenceLoaders);

// Own keys only: an id from a page (an attribute, a URL) may be "toString" or "__proto__".
async function loadFrom(from: Record<string, Loader>, id: string, what: string): Promise<TableModule> {
  const load = Object.hasOwn(from, id) ? from[id] : undefined;
  if (!load) throw new Error(`unknown ${what} "${id}"`);
  const module = await load();
  const found = Object.values(module).find((value) => isModuleFor(id, value));
  if (!found) throw new Error(`the file for "${id}" exports no table module with that id`);
  return found;
}

/** Loads one table's definition and fixtures on demand. */
export function loadTable(id: string): Promise<TableModule> {
  return loadFrom(Object.hasOwn(formLoaders, id) ? formLoaders : referenceLoaders, id, "table");
}

/** Ids of the form tables, as {@link loadForm} loads them. */
export const loadableFormIds: readonly string[] = /* @__PURE__ */ idsOf(formLoaders);

/**
 * Loads a form table's definition and fixtures on demand: loadTable for a script that renders forms
 * only. A reference table's id is refused as an unknown form.
 */
export async function loadForm(id: string): Promise<TableModule & { table: FormTable }> {
  const module = await loadFrom(formLoaders, id, "form");
  if (module.table.kind !== "form") throw new Error(`"${id}" is not a form`);
  return module as TableModule & { table: FormTable };
}
