import type { Text } from "@tianbiao/core";
import { surveyCatalogue } from "@tianbiao/tables/survey-catalogue";
import { initSubmissionStatus } from "./site-shell";
import { catalogueTables, renderTableTabs, selectForm, tableFromHash } from "./table-tabs";

export interface CataloguePageOptions {
  /** The tables this site offers, in the order of its tabs. */
  tableIds: readonly string[];
  /** Prefix of each table's draft key: "national" gives national:enterprise-1. */
  draftKeyPrefix: string;
}

function required<T extends Element>(selector: string): T {
  const element = document.querySelector<T>(selector);
  if (!element) throw new Error(`the page has no ${selector}`);
  return element;
}

/**
 * A site page with tabs over some tables of the 报表目录: the tab list with each table's 报告期别,
 * the selected table's 报送日期及方式, one `<tianbiao-form>` swapped between them, the address
 * hash naming the table, and the status line for submissions.
 */
export function initCataloguePage(options: CataloguePageOptions): void {
  const { tableIds, draftKeyPrefix } = options;
  const form = required<HTMLElement>("tianbiao-form");
  const tabList = required<HTMLElement>("#table-tabs");
  const catalogue = surveyCatalogue.table;
  const tables = catalogueTables(catalogue, tableIds);
  const names = new Map<string, Text>(tables.map((table) => [table.id, table.tableNo]));
  initSubmissionStatus(required<HTMLElement>("#site-status"), (id) => names.get(id));

  // Runs before the embed upgrades the element, so the form loads the table the address names.
  const initial = tableFromHash(location.hash, tableIds);
  if (initial) selectForm(form, initial, draftKeyPrefix);

  const tabs = renderTableTabs({
    tables,
    form,
    tabList,
    panel: required<HTMLElement>("#table-panel"),
    details: required<HTMLElement>("#table-details"),
    labelledBy: tabList.dataset.labelledBy ?? "tables-heading",
    draftKeyPrefix,
    source: catalogue.source.document,
    initial: initial ?? form.getAttribute("table") ?? undefined,
    onSelect: (id) => history.replaceState(null, "", `#${encodeURIComponent(id)}`),
  });
  window.addEventListener("hashchange", () => {
    const id = tableFromHash(location.hash, tableIds);
    if (id) tabs.select(id);
  });
}
