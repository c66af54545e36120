import { provinces } from "@tianbiao/codes";
import type { ChoiceOption, Field, FormTable, Text } from "@tianbiao/core";
import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "./db/schema";
import { chinaDay, dueDate, scheduleOf } from "./due";

// 汇总: a table's numeric indicators summed, and its filings counted, by region within a reviewer's
// scope. Everything is read from the table definition: which fields are numeric, their printed
// codes, labels and units. The database sums by district (the first 6 digits of the filer's 区划代码)
// and counts; districts roll up to cities and provinces here, so no filing is loaded into memory.

/** One summed indicator: a numeric field, a money field's figure, a matrix cell or a rows column. */
export interface Indicator {
  /**
   * The printed code where there is one (`206`, `401.current`, `trainings.personHours`); a breakdown
   * adds `@`, the printed code of a single choice, `:` and its value, an option or one above the
   * chosen one (`206@208:offshore`, `206@209:ITO`, `206@209:I1`, `206@209:I11`).
   */
  code: string;
  /** Where the value is in a filing; `*` stands for every row. */
  path: string;
  label: Text;
  unit: string | null;
  /** A breakdown: the indicator it breaks down and the choice it is broken down by. */
  of?: string;
  by?: { field: string; code: string | null; value: string; label: Text };
}

export interface Counts {
  /** Filings of the period (any status). */
  filed: number;
  /** Awaiting review at any level. */
  awaiting: number;
  returned: number;
  accepted: number;
  /** Enterprises registered in the region that must file the table (0 for tables no enterprise is held to). */
  due: number;
  /** Once the due date has passed: due enterprises that have no filing of the period, returned ones aside. */
  overdue: number;
}

export interface SummaryRow {
  regionCode: string;
  name: Text;
  parent: string | null;
  depth: number;
  sums: Record<string, number>;
  counts: Counts;
}

export interface Summary {
  table: string;
  period: string;
  /** The period's due date, where the 报表目录 gives one. */
  due: string | null;
  today: string;
  scope: { regionCode: string; name: Text };
  indicators: Indicator[];
  rows: SummaryRow[];
}

const notSummed = new Set(["%", "月"]);
const numericKinds = new Set(["integer", "decimal"]);

function join(prefix: string, id: string): string {
  return prefix === "" ? id : `${prefix}.${id}`;
}

function bracketed(label: Text, part: Text): Text {
  return { zh: `${label.zh}（${part.zh}）`, en: `${label.en} (${part.en})` };
}

/** The amounts a table holds outside rows and matrices: what a breakdown by a choice applies to. */
interface Dimension {
  field: string;
  /** The choice's printed code: what a breakdown's key names it by. */
  key: string;
  code: string | null;
  label: Text;
  /** Every option value with the values of the options above it (I11 → I11, I1, I). */
  chains: Map<string, Array<{ value: string; label: Text }>>;
}

function optionChains(
  options: readonly ChoiceOption[],
  above: Array<{ value: string; label: Text }> = [],
  into = new Map<string, Array<{ value: string; label: Text }>>(),
): Map<string, Array<{ value: string; label: Text }>> {
  for (const option of options) {
    const chain = [{ value: option.value, label: option.label }, ...above];
    into.set(option.value, chain);
    optionChains(option.children ?? [], chain, into);
  }
  return into;
}

/**
 * The summed indicators of a table, in form order, and the coded single choices outside rows that
 * break its amounts down (企业2表: 206 by 207, 208, 209, 211, 212). Percentages and months are not
 * summed; a money field in more than one currency is summed by its 折万美元 figure only.
 */
export function indicatorsOf(table: FormTable): { indicators: Indicator[]; dimensions: Dimension[] } {
  const indicators: Indicator[] = [];
  const dimensions: Dimension[] = [];
  const amounts = new Set<string>();

  const visit = (fields: readonly Field[], path: string, codeBase: string, inRows: boolean): void => {
    for (const field of fields) {
      const at = join(path, field.id);
      const own =
        !inRows && field.code !== undefined && field.code !== "" ? field.code : join(codeBase, field.id);
      if (numericKinds.has(field.kind)) {
        const unit = "unit" in field ? (field.unit ?? null) : null;
        if (unit !== null && notSummed.has(unit)) continue;
        indicators.push({ code: own, path: at, label: field.label, unit });
        if (!inRows && (unit === "万元" || unit === "万美元")) amounts.add(own);
      } else if (field.kind === "money") {
        if (!field.usd && field.currency !== "CNY") continue;
        indicators.push({
          code: own,
          path: `${at}.${field.usd ? "usd" : "amount"}`,
          label: field.label,
          unit: field.usd ? "万美元" : "万元",
        });
        if (!inRows) amounts.add(own);
      } else if (field.kind === "group") {
        visit(field.fields, at, own, inRows);
      } else if (field.kind === "rows" && !inRows) {
        visit(field.columns, `${at}.*`, own, true);
      } else if (field.kind === "matrix" && !inRows) {
        for (const row of field.rows) {
          if (row.heading === true) continue;
          if (row.unit !== undefined && notSummed.has(row.unit)) continue;
          for (const column of field.columns) {
            if (row.blank?.includes(column.id)) continue;
            const rowCode = row.code !== undefined && row.code !== "" ? row.code : `${own}.${row.id}`;
            indicators.push({
              code: `${rowCode}.${column.id}`,
              path: `${at}.${row.id}.${column.id}`,
              label: bracketed(row.label, column.label),
              unit: row.unit ?? null,
            });
          }
        }
      } else if (
        field.kind === "choice" &&
        !inRows &&
        field.multiple !== true &&
        field.code !== undefined &&
        field.code !== ""
      ) {
        dimensions.push({
          field: at,
          key: field.code,
          code: field.code,
          label: field.label,
          chains: optionChains(field.options),
        });
      }
    }
  };
  for (const section of table.sections) visit(section.fields, "", "", false);

  const breakdowns: Indicator[] = [];
  for (const indicator of indicators) {
    if (!amounts.has(indicator.code)) continue;
    for (const dimension of dimensions) {
      for (const [value, chain] of dimension.chains) {
        const option = chain[0] as { value: string; label: Text };
        breakdowns.push({
          code: `${indicator.code}@${dimension.key}:${value}`,
          path: indicator.path,
          label: bracketed(indicator.label, option.label),
          unit: indicator.unit,
          of: indicator.code,
          by: { field: dimension.field, code: dimension.code, value, label: option.label },
        });
      }
    }
  }
  return {
    indicators: [...indicators, ...breakdowns],
    dimensions: dimensions.filter(() => amounts.size > 0),
  };
}

function textArray(path: string): string {
  return `{${path.split(".").join(",")}}`;
}

/** The number at `path` of a revision's values (rows summed), or NULL. */
function numberAt(path: string): RawBuilder<unknown> {
  const number = (json: RawBuilder<unknown>) =>
    sql`CASE WHEN jsonb_typeof(${json}) = 'number' THEN (${json} #>> '{}')::numeric END`;
  const star = path.indexOf(".*.");
  if (star < 0) return number(sql`r.values #> ${textArray(path)}::text[]`);
  const rows = sql`r.values #> ${textArray(path.slice(0, star))}::text[]`;
  const inner = path.slice(star + 3);
  if (inner.includes("*")) return sql`NULL::numeric`;
  return sql`(SELECT sum(${number(sql`e.value #> ${textArray(inner)}::text[]`)})
    FROM jsonb_array_elements(CASE WHEN jsonb_typeof(${rows}) = 'array' THEN ${rows} ELSE '[]'::jsonb END) AS e)`;
}

function toNumber(value: unknown): number {
  const n = typeof value === "number" ? value : Number(value ?? 0);
  return Number.isFinite(n) ? n : 0;
}

interface District {
  sums: Record<string, number>;
  counts: Counts;
  filers: number;
}

function emptyCounts(): Counts {
  return { filed: 0, awaiting: 0, returned: 0, accepted: 0, due: 0, overdue: 0 };
}

function addInto(target: Record<string, number>, key: string, value: number): void {
  target[key] = (target[key] ?? 0) + value;
}

/**
 * The summary of a table's period within `prefix` (a reviewer's 区划代码 prefix, or a narrower one
 * inside it; "" is the whole country): its total row first, then each province, city and district
 * below it, each followed by the regions inside it.
 */
export async function summarize(
  db: Kysely<Database>,
  table: FormTable,
  period: string,
  prefix: string,
  now: Date,
): Promise<Summary> {
  const { indicators, dimensions } = indicatorsOf(table);
  const plain = indicators.filter((i) => i.of === undefined);
  const amounts = plain.filter((i) => indicators.some((b) => b.of === i.code));
  const schedule = scheduleOf(table.id);
  const due = schedule === undefined ? undefined : dueDate(schedule, period);
  const today = chinaDay(now);
  const like = `${prefix}%`;
  const district = sql<string>`substr(f.region_code, 1, 6)`;
  const received = sql`FROM filings AS f
    JOIN revisions AS r ON r.filing_id = f.id AND r.number = f.revision
    WHERE f.table_id = ${table.id} AND f.period = ${period} AND f.status <> 'returned'
      AND f.region_code LIKE ${like}`;

  const [sumRows, countRows, dueRows, ...breakdownRows] = await Promise.all([
    plain.length === 0
      ? Promise.resolve({ rows: [] as Array<Record<string, unknown>> })
      : sql<Record<string, unknown>>`SELECT ${district} AS district, ${sql.join(
          plain.map((indicator, i) => sql`sum(${numberAt(indicator.path)}) AS ${sql.ref(`s${i}`)}`),
        )} ${received} GROUP BY 1`.execute(db),
    sql<{
      district: string;
      filed: string | number;
      awaiting: string | number;
      returned: string | number;
      accepted: string | number;
      filers: string | number;
    }>`SELECT substr(region_code, 1, 6) AS district, count(*) AS filed,
        count(*) FILTER (WHERE status IN ('district', 'city', 'province', 'ministry')) AS awaiting,
        count(*) FILTER (WHERE status = 'returned') AS returned,
        count(*) FILTER (WHERE status = 'accepted') AS accepted,
        count(DISTINCT filer_id) FILTER (WHERE status <> 'returned') AS filers
      FROM filings
      WHERE table_id = ${table.id} AND period = ${period} AND region_code LIKE ${like}
      GROUP BY 1`.execute(db),
    schedule?.enterprises === true
      ? sql<{ district: string; due: string | number }>`SELECT substr(region_code, 1, 6) AS district,
          count(*) AS due
        FROM accounts
        WHERE kind = 'enterprise' AND NOT disabled AND region_code LIKE ${like}
        GROUP BY 1`.execute(db)
      : Promise.resolve({ rows: [] as Array<{ district: string; due: string | number }> }),
    ...(amounts.length === 0
      ? []
      : dimensions.map((dimension) =>
          sql<Record<string, unknown>>`SELECT ${district} AS district,
            r.values #>> ${textArray(dimension.field)}::text[] AS choice, ${sql.join(
              amounts.map((indicator, i) => sql`sum(${numberAt(indicator.path)}) AS ${sql.ref(`s${i}`)}`),
            )} ${received} GROUP BY 1, 2`.execute(db),
        )),
  ]);

  const districts = new Map<string, District>();
  const at = (code: string): District => {
    let found = districts.get(code);
    if (found === undefined) {
      found = { sums: {}, counts: emptyCounts(), filers: 0 };
      districts.set(code, found);
    }
    return found;
  };
  for (const row of sumRows.rows) {
    const d = at(String(row.district));
    plain.forEach((indicator, i) => {
      addInto(d.sums, indicator.code, toNumber(row[`s${i}`]));
    });
  }
  dimensions.forEach((dimension, n) => {
    for (const row of breakdownRows[n]?.rows ?? []) {
      const chain = dimension.chains.get(String(row.choice ?? ""));
      if (chain === undefined) continue;
      const d = at(String(row.district));
      amounts.forEach((indicator, i) => {
        for (const option of chain)
          addInto(d.sums, `${indicator.code}@${dimension.key}:${option.value}`, toNumber(row[`s${i}`]));
      });
    }
  });
  for (const row of countRows.rows) {
    const d = at(row.district);
    d.counts.filed = toNumber(row.filed);
    d.counts.awaiting = toNumber(row.awaiting);
    d.counts.returned = toNumber(row.returned);
    d.counts.accepted = toNumber(row.accepted);
    d.filers = toNumber(row.filers);
  }
  for (const row of dueRows.rows) at(row.district).counts.due = toNumber(row.due);
  const pastDue = due !== undefined && today > due;
  for (const d of districts.values()) {
    d.counts.overdue = pastDue ? Math.max(0, d.counts.due - d.filers) : 0;
  }

  // Each district adds into itself and every region above it, up to the scope.
  const totals = new Map<string, { sums: Record<string, number>; counts: Counts }>();
  const levels = [2, 4, 6].filter((length) => length > prefix.length);
  const total = (code: string) => {
    let found = totals.get(code);
    if (found === undefined) {
      found = { sums: Object.fromEntries(plain.map((i) => [i.code, 0])), counts: emptyCounts() };
      totals.set(code, found);
    }
    return found;
  };
  total(prefix);
  for (const [code, d] of districts) {
    for (const region of [prefix, ...levels.map((length) => code.slice(0, length))]) {
      const into = total(region);
      for (const [key, value] of Object.entries(d.sums)) addInto(into.sums, key, value);
      for (const key of Object.keys(d.counts) as Array<keyof Counts>) into.counts[key] += d.counts[key];
    }
  }

  const codes = [...totals.keys()];
  const names = await regionNames(db, codes);
  const parentOf = (code: string): string | null => {
    if (code === prefix) return null;
    const above = levels.filter((length) => length < code.length);
    const nearest = above[above.length - 1];
    return nearest === undefined ? prefix : code.slice(0, nearest);
  };
  const depthOf = (code: string): number => (code === prefix ? 0 : levels.indexOf(code.length) + 1);
  const sums = (code: string) => {
    const t = total(code);
    return Object.fromEntries(
      Object.entries(t.sums).map(([key, value]) => [key, Math.round(value * 1e6) / 1e6]),
    );
  };
  // Depth first, as codes sort: a region, then the regions inside it (41, 4101, 410103, 410105, 4102…).
  const ordered = codes.filter((code) => code !== prefix).sort();
  const rows: SummaryRow[] = [prefix, ...ordered].map((code) => ({
    regionCode: code,
    name: names.get(code) ?? { zh: code, en: code },
    parent: parentOf(code),
    depth: depthOf(code),
    sums: sums(code),
    counts: total(code).counts,
  }));
  return {
    table: table.id,
    period,
    due: due ?? null,
    today,
    scope: { regionCode: prefix, name: names.get(prefix) ?? { zh: prefix, en: prefix } },
    indicators,
    rows,
  };
}

const nationwide: Text = { zh: "全国", en: "Nationwide" };

/**
 * Names of regions: a province's from @tianbiao/codes; a city's or district's the display name of
 * the reviewer account covering exactly that prefix; otherwise none (the code is shown).
 */
async function regionNames(db: Kysely<Database>, codes: readonly string[]): Promise<Map<string, Text>> {
  const names = new Map<string, Text>();
  for (const code of codes) {
    if (code === "") names.set(code, nationwide);
    const province = code.length === 2 ? provinces.find((p) => p.code === code) : undefined;
    if (province !== undefined) names.set(code, province.label);
  }
  const finer = codes.filter((code) => code.length > 2);
  if (finer.length > 0) {
    const reviewers = await db
      .selectFrom("accounts")
      .select(["region_code", "display_name"])
      .where("kind", "=", "reviewer")
      .where("region_code", "in", finer)
      .orderBy("created_at")
      .execute();
    for (const r of reviewers) {
      if (r.region_code !== null && !names.has(r.region_code))
        names.set(r.region_code, { zh: r.display_name, en: r.display_name });
    }
  }
  return names;
}
