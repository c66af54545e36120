import type { FormTable, Submission } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";
import { formTable } from "./tables";
import type { DeskItem, FieldChange, Filing, FilingListItem, Summary } from "./types";

// Desk data for stories and tests, filled from the tables' own fixtures: the values a filer files are
// always a fixture's, never written out again here; only the desk's bookkeeping (ids, dates) is made up.

/** A table's fixture by name (valid, english…), as @tianbiao/tables holds it. */
export function fixture(tableId: string, name = "valid"): Submission {
  const value = (getTableModule(tableId)?.fixtures as Record<string, unknown> | undefined)?.[name];
  if (!value || typeof value !== "object") throw new Error(`${tableId} has no fixture "${name}"`);
  return value as Submission;
}

export function storyTable(tableId: string): FormTable {
  const table = formTable(tableId);
  if (!table) throw new Error(`${tableId} is not a form table`);
  return table;
}

const filedAt = "2024-12-02T01:30:00.000Z";
const filerName = (values: Submission) => String(values.entityName ?? values.creditCode ?? "");

/** A filing of `tableId` holding its valid fixture, at `status`. */
export function storyFiling(tableId: string, options: Partial<Filing> = {}): Filing {
  const values = fixture(tableId);
  return {
    id: `00000000-0000-4000-8000-${String(tableId.length).padStart(12, "0")}`,
    table: tableId,
    period: typeof values.reportPeriod === "string" ? values.reportPeriod : null,
    status: "district",
    revision: 1,
    filer: { name: filerName(values), creditCode: String(values.creditCode ?? ""), regionCode: "410105" },
    values,
    context:
      (getTableModule(tableId)?.fixtures as { context?: Record<string, unknown> } | undefined)?.context ??
      null,
    warnings: [],
    receivedAt: filedAt,
    firstFiledAt: filedAt,
    reviews: [],
    comments: [],
    revisions: [{ number: 1, filedAt }],
    ...options,
  };
}

/** A filing returned at the district with `reason`, then amended: revision 2 holds the fixture with `amended`. */
export function returnedFiling(tableId: string, reason: string): Filing {
  return storyFiling(tableId, {
    status: "returned",
    reviews: [
      {
        level: "district",
        action: "return",
        reason,
        at: "2024-12-03T02:00:00.000Z",
        status: "returned",
        revision: 1,
        reviewer: "金水区商务局",
      },
    ],
  });
}

/** What changed between a table's two fixtures, top-level leaf fields only. */
export function storyChanges(table: FormTable, before: Submission, after: Submission): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const section of table.sections) {
    for (const field of section.fields) {
      const a = before[field.id];
      const b = after[field.id];
      if (JSON.stringify(a) === JSON.stringify(b) || (typeof a === "object" && a !== null)) continue;
      changes.push({
        path: field.id,
        ...(field.code ? { code: field.code } : {}),
        label: field.label,
        before: a,
        after: b,
      });
    }
  }
  return changes;
}

/** The queue: one filing per form table that has a fixture, each at `status`. */
export function storyQueue(
  tableIds: string[],
  status: FilingListItem["status"] = "district",
): FilingListItem[] {
  return tableIds.map((tableId, index) => {
    const filing = storyFiling(tableId);
    return {
      id: `00000000-0000-4000-8000-${String(index + 1).padStart(12, "0")}`,
      table: tableId,
      period: filing.period,
      status,
      revision: 1,
      receivedAt: filedAt,
      filer: { name: filing.filer.name, regionCode: index % 2 ? "410103" : "410105" },
    };
  });
}

/** An enterprise's desk: each table with a period from its fixture, in several states. */
export function storyDesk(): DeskItem[] {
  const states: DeskItem["status"][] = ["returned", "district", "not_filed", "accepted", "draft"];
  return ["enterprise-1", "enterprise-2", "enterprise-3", "enterprise-4", "enterprise-5"].map(
    (tableId, index) => {
      const table = storyTable(tableId);
      const values = fixture(tableId);
      const period = String(values.reportPeriod ?? values.reportYear ?? "2024");
      const status = states[index % states.length] ?? "not_filed";
      return {
        table: tableId,
        title: table.title,
        tableNumber: table.tableNo?.zh,
        period,
        due: `${period.slice(0, 4)}-12-31`,
        status,
        overdue: status === "not_filed",
        ...(status === "not_filed" ? {} : { filingId: `f-${tableId}`, revision: 1 }),
        ...(status === "returned"
          ? { returnedReason: `${table.sections[0]?.fields[0]?.code ?? ""} 请核对。` }
          : {}),
      };
    },
  );
}

/** A 汇总 of 企业2表 for 郑州市: the valid fixture's contract under 金水区, the English one under 二七区. */
export function storySummary(): Summary {
  const usd = (name: string) =>
    Number((fixture("enterprise-2", name).contractAmount as { usd?: number })?.usd ?? 0);
  const jinshui = usd("valid");
  const erqi = usd("english");
  const counts = (filed: number, due: number, overdue: number) => ({
    filed,
    awaiting: filed,
    returned: 0,
    accepted: 0,
    due,
    overdue,
  });
  const label = storyTable("enterprise-2")
    .sections.flatMap((s) => s.fields)
    .find((f) => f.code === "206")?.label;
  return {
    table: "enterprise-2",
    period: String(fixture("enterprise-2").reportPeriod),
    scope: { regionCode: "4101", name: { zh: "郑州市", en: "Zhengzhou" } },
    indicators: [
      { code: "206", path: "contractAmount.usd", label: label ?? { zh: "206", en: "206" }, unit: "万美元" },
    ],
    rows: [
      {
        regionCode: "4101",
        name: { zh: "郑州市", en: "Zhengzhou" },
        parent: "41",
        depth: 0,
        sums: { 206: jinshui + erqi },
        counts: counts(2, 3, 1),
      },
      {
        regionCode: "410103",
        name: { zh: "二七区", en: "Erqi District" },
        parent: "4101",
        depth: 1,
        sums: { 206: erqi },
        counts: counts(1, 1, 0),
      },
      {
        regionCode: "410105",
        name: { zh: "金水区", en: "Jinshui District" },
        parent: "4101",
        depth: 1,
        sums: { 206: jinshui },
        counts: counts(1, 2, 1),
      },
    ],
  };
}
