import type { Submission, ValidationResult } from "./model";
import { sampleValid } from "./test-tables.test-helper";

/** A submission of the sample table and what validating it must give in every environment. */
export interface EnvironmentCase {
  name: string;
  submission: Submission;
  context?: Record<string, unknown>;
  /** "severity path rule messageKey" of every finding, in order. */
  expected: string[];
}

export function summarize(result: ValidationResult): string[] {
  return [...result.errors, ...result.warnings].map(
    (finding) => `${finding.severity} ${finding.path} ${finding.rule} ${finding.messageKey}`,
  );
}

export const environmentCases: EnvironmentCase[] = [
  { name: "the valid sample", submission: sampleValid, expected: [] },
  {
    name: "typed numbers, full-width digits and accepted words",
    submission: {
      ...sampleValid,
      staff: "３２０",
      revenue: "3,500.25",
      term: " 无 ",
      thisPeriod: "１２．５",
    },
    expected: [],
  },
  {
    name: "a broken sample",
    submission: {
      ...sampleValid,
      name: "",
      uscc: "",
      founded: "2023-02-29",
      ownership: "1",
      exporter: true,
      capital: { amount: 700, currency: "HKD", rate: 7.8, usd: 90 },
      contacts: { mobile: "1380013800" },
      investors: [{ investor: "甲", origin: "foreign", share: 50 }],
      hr: { total: { current: 10 }, "402": { current: 4 }, "404": { current: 11 } },
      cumulative: 1,
    },
    expected: [
      "error name required validation.required",
      "error uscc id-one rule.requireOne",
      "error founded date validation.date",
      "error ownership option validation.option",
      "error exportNote required validation.required",
      "error capital money.usd validation.money.usd",
      "error contacts.mobile length validation.length",
      "error investors.0.country required validation.required",
      "error investors.0.share shares rule.totalEquals",
      "error hr.total.current hr-sum rule.sum",
      "error hr.404.current hr-master rule.atMost",
      "error cumulative cumulative rule.derived",
      "warning staff staff-only rule.onlyWhen",
    ],
  },
  {
    name: "the manufacturing section shown by the host context",
    submission: { ...sampleValid, revenue: 10 },
    context: { previousCumulative: 100, track: "manufacturing" },
    expected: [
      "error output required validation.required",
      "warning revenue revenue-floor rule.threshold.min",
    ],
  },
];
