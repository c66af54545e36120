import type { Text } from "@tianbiao/core";
import { getTableModule } from "@tianbiao/tables";

// What is due, and when, read from 二、报表目录 of 国统制〔2022〕45号 as packages/tables typed it
// (the "survey-catalogue" reference table), never from a list kept here:
// - which tables an enterprise must file: the rows whose 统计范围 is 从事服务外包业务的企业
//   (企业1表–企业5表). The platform table (交易平台运营主体) and the city tables (示范城市) have
//   scopes an enterprise account does not record, so no enterprise is held to them;
// - the due date: 报送日期及方式 “每年1月31日前报送上一年报表” or “每年1月10日前报送上年度报表” is the
//   stated day of January after the year; “每月月末报送当月报表” is the last day of that month;
// - the periods a desk shows: a monthly table the twelve months up to this one, an annual table the
//   year before this one (the one that falls due this January).
// Days are counted in China Standard Time (UTC+8, no daylight saving): the deadlines are Chinese ones.

/** The 统计范围 of the tables every enterprise files. */
const enterpriseScope = "从事服务外包业务的企业";
const catalogueId = "survey-catalogue";
const chinaOffsetMs = 8 * 3_600_000;

export type Frequency = "annual" | "monthly";

/** One table as the 报表目录 schedules it. */
export interface Schedule {
  table: string;
  tableNumber: Text;
  title: Text;
  frequency: Frequency;
  /** Annual tables: the month and day of the following year they are due by. */
  annualDue?: { month: number; day: number };
  /** Every enterprise must file it (统计范围 从事服务外包业务的企业). */
  enterprises: boolean;
}

function readSchedules(): Schedule[] {
  const catalogue = getTableModule(catalogueId)?.table;
  if (catalogue === undefined || catalogue.kind !== "reference") return [];
  return catalogue.rows.flatMap((row): Schedule[] => {
    const deadline = row.cells.deadline?.zh ?? "";
    const byDay = /(\d{1,2})月(\d{1,2})日前/.exec(deadline);
    const monthly = deadline.includes("每月月末");
    if (!monthly && byDay === null) return [];
    const table = getTableModule(row.id)?.table;
    return [
      {
        table: row.id,
        tableNumber: row.cells.tableNo ?? table?.tableNo ?? { zh: row.id, en: row.id },
        title: row.cells.title ?? table?.title ?? { zh: row.id, en: row.id },
        frequency: monthly ? "monthly" : "annual",
        ...(byDay === null || monthly
          ? {}
          : { annualDue: { month: Number(byDay[1]), day: Number(byDay[2]) } }),
        enterprises: row.cells.scope?.zh === enterpriseScope,
      },
    ];
  });
}

let cached: Schedule[] | undefined;

/** Every table the 报表目录 gives a due date, in its printed order. */
export function schedules(): Schedule[] {
  cached ??= readSchedules();
  return cached;
}

/** The schedule of one table, or undefined when the 报表目录 gives it none. */
export function scheduleOf(tableId: string): Schedule | undefined {
  return schedules().find((s) => s.table === tableId);
}

/** The tables every enterprise must file. */
export function enterpriseSchedules(): Schedule[] {
  return schedules().filter((s) => s.enterprises);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The calendar day in China at `now`, as YYYY-MM-DD. */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + chinaOffsetMs).toISOString().slice(0, 10);
}

/** The day a period of a table is due, as YYYY-MM-DD; undefined when the period cannot be read. */
export function dueDate(schedule: Schedule, period: string): string | undefined {
  if (schedule.frequency === "monthly") {
    const match = /^(\d{4})-(\d{2})$/.exec(period);
    if (match === null) return undefined;
    const year = Number(match[1]);
    const month = Number(match[2]);
    if (month < 1 || month > 12) return undefined;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return `${year}-${pad(month)}-${pad(last)}`;
  }
  const match = /^(\d{4})$/.exec(period);
  if (match === null || schedule.annualDue === undefined) return undefined;
  return `${Number(match[1]) + 1}-${pad(schedule.annualDue.month)}-${pad(schedule.annualDue.day)}`;
}

/** The periods a desk shows for a table on `today` (YYYY-MM-DD), newest first. */
export function periodsShown(schedule: Schedule, today: string): string[] {
  const year = Number(today.slice(0, 4));
  if (schedule.frequency === "annual") return [String(year - 1)];
  const month = Number(today.slice(5, 7));
  const periods: string[] = [];
  for (let back = 0; back < 12; back += 1) {
    const index = year * 12 + (month - 1) - back;
    periods.push(`${Math.floor(index / 12)}-${pad((index % 12) + 1)}`);
  }
  return periods;
}

/** Whether a period is keyed by something besides its report period (企业2表 by contract…). */
export function keyedByRecord(filingKey: readonly string[]): boolean {
  return filingKey.some((path) => path !== "reportPeriod");
}
