import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking, headerBreakages } from "./fixture-tools";
import { lakeshore, lakeshoreFooter, yunfan, yunfanFooter } from "./shared.fixtures";

type Block = { previous: number; current: number; education: [number, number, number, number, number] };

// A 401/411/421 block: the total in both columns, the education rows in the current column.
function block(
  total: number,
  { previous, current, education }: Block,
): Record<string, Record<string, number>> {
  const rows: Record<string, Record<string, number>> = { [total]: { previous, current } };
  education.forEach((count, index) => {
    rows[total + index + 1] = { current: count };
  });
  return rows;
}

const valid: Submission = {
  creditCode: yunfan.creditCode,
  entityName: yunfan.name,
  reportPeriod: "2024",
  humanResources: {
    ...block(401, { previous: 312, current: 356, education: [4, 38, 231, 71, 12] }),
    ...block(411, { previous: 280, current: 318, education: [3, 35, 212, 61, 7] }),
    ...block(421, { previous: 96, current: 124, education: [0, 9, 82, 28, 5] }),
  },
  ...yunfanFooter("2025-01-08"),
};

const english: Submission = {
  creditCode: lakeshore.creditCode,
  entityName: lakeshore.name,
  reportPeriod: "2024",
  humanResources: {
    ...block(401, { previous: 540, current: 612, education: [6, 88, 402, 96, 20] }),
    ...block(411, { previous: 470, current: 545, education: [5, 80, 360, 85, 15] }),
    ...block(421, { previous: 150, current: 210, education: [1, 20, 140, 40, 9] }),
  },
  ...lakeshoreFooter("2025-01-06"),
};

/** Sample filings of 服务外包统企业４表. */
export const enterprise4Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    ...headerBreakages(valid, yunfan.creditCodeBadCheck),
    breaking(
      valid,
      "no-preparer",
      { rule: "required", path: "preparer" },
      { zh: "填表人未填。", en: "The form preparer is missing." },
      { preparer: undefined },
    ),
    breaking(
      valid,
      "submission-date-32-january",
      { rule: "date", path: "submissionDate" },
      {
        zh: "报出日期为不存在的1月32日。",
        en: "The date of submission is 32 January, which does not exist.",
      },
      { submissionDate: "2025-01-32" },
    ),
    breaking(
      valid,
      "half-an-employee",
      { rule: "integer", path: "humanResources.401.previous" },
      {
        zh: "401 上年同期为312.5人，人数应为整数。",
        en: "401 same period last year is 312.5 persons; it must be whole.",
      },
      { "humanResources.401.previous": 312.5 },
    ),
    breaking(
      valid,
      "employees-not-summed",
      { rule: "employees-education-sum", path: "humanResources.401.current" },
      {
        zh: "401 本年为366人，而402–406合计356人。",
        en: "401 this year is 366 persons, but 402–406 add up to 356.",
      },
      { "humanResources.401.current": 366 },
    ),
    breaking(
      valid,
      "outsourcing-employees-not-summed",
      { rule: "outsourcing-employees-education-sum", path: "humanResources.411.current" },
      {
        zh: "411 本年为328人，而412–416合计318人。",
        en: "411 this year is 328 persons, but 412–416 add up to 318.",
      },
      { "humanResources.411.current": 328 },
    ),
    breaking(
      valid,
      "trainees-not-summed",
      { rule: "trainees-education-sum", path: "humanResources.421.current" },
      {
        zh: "421 本年为130人，而422–426合计124人。",
        en: "421 this year is 130 persons, but 422–426 add up to 124.",
      },
      { "humanResources.421.current": 130 },
    ),
    breaking(
      valid,
      "outsourcing-above-employees-last-year",
      { rule: "outsourcing-employees-within-employees-previous", path: "humanResources.411.previous" },
      {
        zh: "411 上年同期320人，多于401 上年同期312人。",
        en: "411 same period last year, 320 persons, is more than 401 same period last year, 312.",
      },
      { "humanResources.411.previous": 320 },
    ),
    breaking(
      valid,
      "outsourcing-above-employees-this-year",
      { rule: "outsourcing-employees-within-employees-current", path: "humanResources.411.current" },
      {
        zh: "411 本年360人（412–416合计亦为360人），多于401 本年356人。",
        en: "411 this year, 360 persons (412–416 also add up to 360), is more than 401 this year, 356.",
      },
      { "humanResources.411.current": 360, "humanResources.416.current": 49 },
    ),
  ],
};
