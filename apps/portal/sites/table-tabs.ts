import type { TableDefinition, Text } from "@tianbiao/core";
import { append, bilingual, h, replaceChildren } from "./dom";
import { siteMessage } from "./site-messages";

/** One table as the 报表目录 lists it. */
export interface CatalogueTable {
  id: string;
  tableNo: Text;
  title: Text;
  /** 报告期别 */
  period: Text;
  /** 报送日期及方式 */
  deadline: Text;
}

/** The 报表目录 rows of the given tables, in the order given. */
export function catalogueTables(catalogue: TableDefinition, ids: readonly string[]): CatalogueTable[] {
  if (catalogue.kind !== "reference") throw new Error(`"${catalogue.id}" is not a reference table`);
  return ids.map((id) => {
    const cells = catalogue.rows.find((row) => row.id === id)?.cells;
    const { tableNo, title, period, deadline } = cells ?? {};
    if (!tableNo || !title || !period || !deadline)
      throw new Error(`the catalogue has no full row for "${id}"`);
    return { id, tableNo, title, period, deadline };
  });
}

/**
 * The reporting service's origin when the form files to another site (a bureau's copy of the page
 * names the portal in its `action`); "" when it files to this site's own /api.
 */
export function serviceOrigin(form: Element): string {
  const action = form.getAttribute("action") ?? "";
  return /^https?:\/\//i.test(action) ? new URL(action).origin : "";
}

/** Points the form at another table: its own draft and its own submission address, on the same service. */
export function selectForm(form: Element, tableId: string, draftKeyPrefix: string): void {
  const service = serviceOrigin(form);
  // Table first: the embed then waits for the new definition before it reads the other two.
  form.setAttribute("table", tableId);
  form.setAttribute("draft-key", `${draftKeyPrefix}:${tableId}`);
  form.setAttribute("action", `${service}/api/submissions/${encodeURIComponent(tableId)}`);
}

/** The table id named by a location hash, when it is one of `ids`. */
export function tableFromHash(hash: string, ids: readonly string[]): string | undefined {
  const id = decodeURIComponent(hash.replace(/^#/, ""));
  return ids.includes(id) ? id : undefined;
}

export interface TableTabsOptions {
  tables: readonly CatalogueTable[];
  /** The `<tianbiao-form>` whose table the tabs swap. */
  form: HTMLElement;
  /** Receives the role="tablist". */
  tabList: HTMLElement;
  /** The role="tabpanel" that holds the details and the form. */
  panel: HTMLElement;
  /** Receives the selected table's heading, 报告期别 and 报送日期及方式. */
  details: HTMLElement;
  /** Names the tab list (the id of a visible heading). */
  labelledBy: string;
  draftKeyPrefix: string;
  /** The document the 报表目录 belongs to. */
  source: Text;
  initial?: string;
  /** Called after the filer selects a table, to keep the address in step. */
  onSelect?: (tableId: string) => void;
}

export interface TableTabs {
  select(tableId: string): void;
  selected(): string;
}

/**
 * Renders the tables as tabs (vertical list, manual activation: arrows move, Enter or Space
 * selects), each with its 报告期别; selecting one swaps the form's table and shows its schedule.
 */
export function renderTableTabs(options: TableTabsOptions): TableTabs {
  const { tables, form, tabList, panel, details } = options;
  const first = tables[0];
  if (!first) throw new Error("no tables to show");
  let current = options.initial && tables.some((t) => t.id === options.initial) ? options.initial : first.id;

  const list = h("div", {
    role: "tablist",
    "aria-labelledby": options.labelledBy,
    "aria-orientation": "vertical",
  });
  const tabs = tables.map((table) => {
    const tab = h(
      "button",
      { type: "button", role: "tab", id: `tab-${table.id}`, "aria-controls": panel.id, class: "table-tab" },
      h("span", { class: "table-tab-no" }, bilingual(table.tableNo)),
      h("span", { class: "table-tab-title" }, bilingual(table.title)),
      h("span", { class: "table-tab-period" }, bilingual(table.period)),
    );
    tab.addEventListener("click", () => select(table.id, true));
    list.append(tab);
    return tab;
  });

  list.addEventListener("keydown", (event) => {
    const index = tabs.indexOf(event.target as HTMLButtonElement);
    if (index < 0) return;
    const last = tabs.length - 1;
    const target: Record<string, number> = {
      ArrowDown: index === last ? 0 : index + 1,
      ArrowRight: index === last ? 0 : index + 1,
      ArrowUp: index === 0 ? last : index - 1,
      ArrowLeft: index === 0 ? last : index - 1,
      Home: 0,
      End: last,
    };
    const next = target[event.key];
    if (next === undefined) return;
    event.preventDefault();
    tabs[next]?.focus();
  });

  const showDetails = (table: CatalogueTable) => {
    replaceChildren(
      details,
      h("h2", { id: "table-heading" }, bilingual(table.tableNo), " ", bilingual(table.title)),
      h(
        "dl",
        { class: "schedule" },
        h("div", {}, h("dt", {}, bilingual(siteMessage("period"))), h("dd", {}, bilingual(table.period))),
        h("div", {}, h("dt", {}, bilingual(siteMessage("deadline"))), h("dd", {}, bilingual(table.deadline))),
      ),
      h(
        "p",
        { class: "source-note" },
        bilingual(siteMessage("catalogueSource", { document: options.source })),
      ),
    );
  };

  function select(tableId: string, byUser: boolean): void {
    const table = tables.find((t) => t.id === tableId);
    if (!table) return;
    current = tableId;
    tabs.forEach((tab, index) => {
      const selected = tables[index]?.id === tableId;
      tab.setAttribute("aria-selected", String(selected));
      tab.tabIndex = selected ? 0 : -1;
    });
    panel.setAttribute("aria-labelledby", `tab-${tableId}`);
    showDetails(table);
    if (form.getAttribute("table") !== tableId) selectForm(form, tableId, options.draftKeyPrefix);
    if (byUser) options.onSelect?.(tableId);
  }

  replaceChildren(tabList);
  append(tabList, list);
  panel.setAttribute("role", "tabpanel");
  select(current, false);
  return { select: (tableId) => select(tableId, false), selected: () => current };
}
