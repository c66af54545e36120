import type { Text } from "@tianbiao/core";
import {
  enterpriseYearlyCapText,
  enterpriseYearlyCapYuan,
  type SubsidyRecipient,
  type SubsidyRule,
  type SubsidyThreshold,
  subsidyRules,
} from "@tianbiao/tables/subsidy-rules";
import { estimatorMessage as m } from "./estimator-messages";
import {
  formatFxRate,
  formatPercent,
  formatQuantity,
  formatWanUsd,
  formatWanYuan,
  formatWanYuanRange,
  formatYuan,
  midSentence,
  roundCents,
} from "./format";
import { joinText } from "./messages";

/**
 * What the filer enters. Money in yuan (CNY) or US dollars as named; a list holds one figure per
 * event, project, person or platform. Every field is optional: a measure without its figures is
 * reported as not filled in.
 */
export interface SubsidyEstimateInput {
  /** 上年度 contract executed amount, offshore already converted at that year's rate. */
  lastYearExecutedYuan?: number;
  /** 新增企业: the whole first year counts as increase. */
  newEnterprise?: boolean;
  /** This year's onshore contract executed amount. */
  onshoreExecutedYuan?: number;
  /** This year's offshore contract executed amount, in US dollars. */
  offshoreExecutedUsd?: number;
  /** Yuan per US dollar: the central parity rate of the year of execution. */
  usdRate?: number;
  /** 连续两年取得新的发明专利、软件著作权. */
  newPatentsTwoYears?: boolean;
  /** 研发投入持续两年保持增长. */
  rdGrowthTwoYears?: boolean;
  /** 新获得技术先进型服务企业资格. */
  newlyRecognisedAdvancedTechnology?: boolean;
  /** Costs of each designated event in China. */
  eventCostsInChinaYuan?: number[];
  /** Costs of each designated event abroad. */
  eventCostsAbroadYuan?: number[];
  /** Certification or maintenance fees of each qualification project. */
  certificationFeesYuan?: number[];
  /** Training costs of each intermediate or senior professional this year. */
  seniorTrainingCostsYuan?: number[];
  /** Length of the internship agreement with universities. */
  internshipAgreementYears?: number;
  /** Service outsourcing interns taken a year. */
  internsPerYear?: number;
  /** New graduates taken on who meet every condition of (七)4. */
  qualifyingGraduates?: number;
  /** Already received under (七)4, whose cap is a total. */
  internshipSubsidyReceivedYuan?: number;
  /** Years in a municipal or higher key service outsourcing park. */
  yearsInPark?: number;
  /** Yearly rent of the leased offices. */
  annualRentYuan?: number;
  leasedSquareMetres?: number;
  /** Years of rent subsidy already received. */
  rentSubsidyYearsReceived?: number;
  /** Purchase costs of each public service platform. */
  platformCostsYuan?: number[];
  /** Trainees of a recognised training institution who meet every condition of (七)2. */
  qualifyingTrainees?: number;
  /** The park was newly recognised as a municipal or higher demonstration park. */
  newlyRecognisedPark?: boolean;
  /** Key enterprises or projects brought into the park that have operated there a year or more. */
  keyEnterprisesBroughtIn?: number;
  /** Foreign investment attracted by information and software projects brought in, in US dollars. */
  foreignInvestmentUsd?: number;
  /** Already received under that part of (八)2, whose cap is per park. */
  foreignInvestmentAwardReceivedYuan?: number;
}

/** How far a rule could be estimated. */
export type LineStatus = "estimated" | "notEligible" | "missingInput" | "noInput" | "notComputable";

/** One rule's result with the sentences that explain it. */
export interface EstimateLine {
  ruleId: string;
  /** The printed number of the measure: （一） … (九). */
  measure: string;
  title: Text;
  part?: Text;
  recipient: SubsidyRecipient;
  status: LineStatus;
  /** The award in yuan: the highest the rule allows where it says 最高 or gives a range. */
  awardYuan: number;
  /** The lowest award, for a rule paid within a range (10—30 万元). */
  awardMinYuan?: number;
  explanation: Text[];
}

/** The lines paid to one kind of recipient, their total and the 500万 cap. */
export interface EstimateGroup {
  recipient: SubsidyRecipient;
  label: Text;
  lines: EstimateLine[];
  subtotalYuan: number;
  subtotalMinYuan?: number;
  /** The yearly cap of 四、（三）, for recipients that are single enterprises. */
  capYuan?: number;
  totalYuan: number;
  totalMinYuan?: number;
  /** What the yearly cap took off the subtotal. */
  capCutYuan: number;
  explanation: Text[];
}

export interface SubsidyEstimate {
  groups: EstimateGroup[];
  /** One sentence for an aria-live region: the totals, and that this is no decision. */
  summary: Text;
}

type Extraction =
  | { status: "noInput" }
  | { status: "missingInput"; missing: Text[] }
  | { status: "notEligible"; explanation: Text[] }
  | {
      status: "base";
      /** The base of each item, in the rule's base unit. */
      items: number[];
      explanation: Text[];
      /** Values to test the rule's thresholds with, by the threshold's Chinese label. */
      thresholdValues?: Record<string, number>;
      /** Yuan per unit of a USD base, for a share of a dollar amount paid in yuan. */
      toYuan?: number;
      /** Already received under a rule whose cap is a total. */
      receivedYuan?: number;
    };

interface ExecutedAmount {
  yuan: number;
  explanation: Text;
}

const sum = (values: readonly number[]): number => roundCents(values.reduce((total, v) => total + v, 0));
const positive = (values: readonly number[] | undefined): number[] => (values ?? []).filter((v) => v > 0);
const ruleById = new Map(subsidyRules.map((rule) => [rule.id, rule]));

function rule(id: string): SubsidyRule {
  const found = ruleById.get(id);
  if (!found) throw new Error(`no subsidy rule "${id}"`);
  return found;
}

/** The Chinese label of one of the rule's thresholds, checked against the data. */
function thresholdLabel(ruleId: string, zh: string): string {
  if (!rule(ruleId).thresholds?.some((t) => t.label.zh === zh)) {
    throw new Error(`rule "${ruleId}" has no threshold "${zh}"`);
  }
  return zh;
}

function formatThreshold(threshold: SubsidyThreshold, value: number): Text {
  switch (threshold.unit) {
    case "USD":
      return formatWanUsd(value);
    case "CNY":
      return formatWanYuan(value);
    case "person":
      return formatQuantity(value, "persons");
    case "year":
      return formatQuantity(value, "years");
    case "month":
      return formatQuantity(value, "months");
    default:
      return formatQuantity(value, "items");
  }
}

function formatBase(r: SubsidyRule, value: number): Text {
  switch (r.base.unit) {
    case "CNY":
      return formatWanYuan(value);
    case "USD":
      return formatWanUsd(value);
    case "person":
      return formatQuantity(value, "persons");
    default:
      return formatQuantity(value, "items");
  }
}

/** This year's contract executed amount, offshore converted at the year's rate; undefined when not entered. */
function thisYearExecuted(input: SubsidyEstimateInput): ExecutedAmount | { missing: Text } | undefined {
  const onshore = input.onshoreExecutedYuan;
  const usd = input.offshoreExecutedUsd;
  if (onshore === undefined && usd === undefined) return undefined;
  if (usd === undefined || usd === 0) {
    const yuan = roundCents(onshore ?? 0);
    return { yuan, explanation: m("thisYearOnshore", { onshore: formatWanYuan(yuan) }) };
  }
  if (input.usdRate === undefined) return { missing: m("needRate") };
  const offshoreYuan = roundCents(usd * input.usdRate);
  const yuan = roundCents((onshore ?? 0) + offshoreYuan);
  return {
    yuan,
    explanation: m("thisYearWithOffshore", {
      onshore: formatWanYuan(onshore ?? 0),
      offshoreUsd: formatWanUsd(usd),
      fx: formatFxRate(input.usdRate),
      offshoreYuan: formatWanYuan(offshoreYuan),
      total: formatWanYuan(yuan),
    }),
  };
}

const noInput: Extraction = { status: "noInput" };
const missing = (...what: Text[]): Extraction => ({ status: "missingInput", missing: what });
const items = (values: number[], explanation: Text[] = []): Extraction =>
  values.length === 0 ? noInput : { status: "base", items: values, explanation };
const flag = (set: boolean | undefined): Extraction => (set ? items([1]) : noInput);
const count = (value: number | undefined): Extraction => (value ? items([value]) : noInput);

/** How each rule's base is read from the input; the rates, caps and thresholds come from the data. */
const extractors: Record<string, (input: SubsidyEstimateInput) => Extraction> = {
  businessGrowth(input) {
    const executed = thisYearExecuted(input);
    if (!executed) {
      return input.lastYearExecutedYuan === undefined && !input.newEnterprise
        ? noInput
        : missing(m("needThisYear"));
    }
    if ("missing" in executed) return missing(executed.missing);
    const total = formatWanYuan(executed.yuan);
    if (input.newEnterprise) {
      return {
        status: "base",
        items: [executed.yuan],
        explanation: [executed.explanation, m("newEnterprise", { total })],
      };
    }
    const last = input.lastYearExecutedYuan;
    if (last === undefined) return missing(m("needLastYear"));
    const increase = Math.max(0, roundCents(executed.yuan - last));
    const step =
      increase > 0
        ? m("increase", { total, last: formatWanYuan(last), increase: formatWanYuan(increase) })
        : m("noIncrease", { total, last: formatWanYuan(last) });
    return { status: "base", items: [increase], explanation: [executed.explanation, step] };
  },
  offshoreBusiness(input) {
    const usd = input.offshoreExecutedUsd;
    if (usd === undefined) return noInput;
    if (input.usdRate === undefined) return missing(m("needRate"));
    return {
      status: "base",
      items: [usd],
      explanation: [],
      thresholdValues: { [thresholdLabel("offshoreBusiness", "年度离岸服务外包业务")]: usd },
      toYuan: input.usdRate,
    };
  },
  innovation(input) {
    if (!input.newPatentsTwoYears && !input.rdGrowthTwoYears) return noInput;
    return {
      status: "base",
      items: [],
      explanation: [m("flagMet", { conditions: midSentence(rule("innovation").conditions) })],
    };
  },
  advancedTechnologyServiceEnterprise: (input) => flag(input.newlyRecognisedAdvancedTechnology),
  marketsInChina: (input) => items(positive(input.eventCostsInChinaYuan)),
  marketsAbroad: (input) => items(positive(input.eventCostsAbroadYuan)),
  qualificationCertification: (input) => items(positive(input.certificationFeesYuan)),
  trainingPurchase: () => noInput,
  trainingInstitutions: (input) => count(input.qualifyingTrainees),
  seniorTalentTraining: (input) => items(positive(input.seniorTrainingCostsYuan)),
  internshipBases(input) {
    if (!input.qualifyingGraduates) return noInput;
    const lacking: Text[] = [];
    if (input.internshipAgreementYears === undefined) lacking.push(m("needAgreementYears"));
    if (input.internsPerYear === undefined) lacking.push(m("needInternsPerYear"));
    if (lacking.length > 0) return missing(...lacking);
    return {
      status: "base",
      items: [input.qualifyingGraduates],
      explanation: [],
      thresholdValues: {
        [thresholdLabel("internshipBases", "实习生实训协议")]: input.internshipAgreementYears ?? 0,
        [thresholdLabel("internshipBases", "每年接受服务外包实习生")]: input.internsPerYear ?? 0,
      },
      receivedYuan: input.internshipSubsidyReceivedYuan ?? 0,
    };
  },
  parkRecognition: (input) => flag(input.newlyRecognisedPark),
  parkKeyEnterprises: (input) => count(input.keyEnterprisesBroughtIn),
  parkForeignInvestment(input) {
    if (input.foreignInvestmentUsd === undefined) return noInput;
    return {
      status: "base",
      items: [input.foreignInvestmentUsd],
      explanation: [],
      receivedYuan: input.foreignInvestmentAwardReceivedYuan ?? 0,
    };
  },
  parkRent(input) {
    const rent = input.annualRentYuan;
    if (rent === undefined) return noInput;
    const r = rule("parkRent");
    const executed = thisYearExecuted(input);
    const lacking: Text[] = [];
    if (input.leasedSquareMetres === undefined || input.leasedSquareMetres <= 0) lacking.push(m("needArea"));
    if (input.yearsInPark === undefined) lacking.push(m("needYearsInPark"));
    if (!executed) lacking.push(m("needThisYear"));
    else if ("missing" in executed) lacking.push(executed.missing);
    if (lacking.length > 0 || !executed || "missing" in executed) return missing(...lacking);
    const area = input.leasedSquareMetres ?? 0;
    const explanation: Text[] = [executed.explanation];
    if (r.maxYears !== undefined) {
      const used = input.rentSubsidyYearsReceived ?? 0;
      const spent = used >= r.maxYears;
      const verdict = m(spent ? "rentYearsSpent" : "rentYearsLeft");
      const years = {
        max: formatQuantity(r.maxYears, "years"),
        used: formatQuantity(used, "years"),
        verdict,
      };
      explanation.push(m("rentYearsUsed", years));
      if (spent) return { status: "notEligible", explanation };
    }
    const max = r.maxSquareMetres ?? area;
    const counted = area > max ? roundCents((rent * max) / area) : roundCents(rent);
    const areas = {
      area: formatQuantity(area, "squareMetres"),
      max: formatQuantity(max, "squareMetres"),
      rent: formatWanYuan(rent),
    };
    explanation.push(
      area > max ? m("rentArea", { ...areas, base: formatWanYuan(counted) }) : m("rentAreaWithin", areas),
    );
    return {
      status: "base",
      items: [counted],
      explanation,
      thresholdValues: {
        [thresholdLabel("parkRent", "入驻")]: input.yearsInPark ?? 0,
        [thresholdLabel("parkRent", "合同执行额")]: executed.yuan,
      },
    };
  },
  publicServicePlatforms: (input) => items(positive(input.platformCostsYuan)),
};

const hasAmount = (r: SubsidyRule): boolean =>
  r.rate !== undefined || r.amountYuan !== undefined || r.amountRangeYuan !== undefined;

interface ItemAward {
  award: number;
  min: number;
}

/** Applies one rule's rate or amount, caps, item limit and thresholds to its base. */
function computeLine(
  r: SubsidyRule,
  extraction: Extraction,
  earlier: ReadonlyMap<string, EstimateLine>,
): EstimateLine {
  const line: EstimateLine = {
    ruleId: r.id,
    measure: r.measure,
    title: r.title,
    ...(r.part ? { part: r.part } : {}),
    recipient: r.recipient,
    status: "estimated",
    awardYuan: 0,
    explanation: [],
  };
  if (!hasAmount(r)) {
    return {
      ...line,
      status: "notComputable",
      explanation: [m("notComputable", { rateText: r.rateText ?? r.title })],
    };
  }
  if (extraction.status === "noInput") return { ...line, status: "noInput", explanation: [m("noInput")] };
  if (extraction.status === "missingInput") {
    const what = joinText(extraction.missing, m("and"));
    return { ...line, status: "missingInput", explanation: [m("missingInput", { what })] };
  }
  if (extraction.status === "notEligible") {
    return { ...line, status: "notEligible", explanation: extraction.explanation };
  }

  const explanation = [...extraction.explanation];
  let eligible = true;
  for (const threshold of r.thresholds ?? []) {
    const value = extraction.thresholdValues?.[threshold.label.zh];
    const params = {
      label: midSentence(threshold.label),
      comparison: m(threshold.exclusive ? "exclusive" : "inclusive"),
      min: formatThreshold(threshold, threshold.min),
    };
    if (value === undefined) {
      explanation.push(m("countedCondition", params));
      continue;
    }
    const met = threshold.exclusive ? value > threshold.min : value >= threshold.min;
    explanation.push(
      m(met ? "conditionMet" : "conditionNotMet", { ...params, value: formatThreshold(threshold, value) }),
    );
    eligible &&= met;
  }
  if (!eligible) return { ...line, status: "notEligible", explanation };

  let bases = extraction.items;
  if (r.base.ofRules) {
    const parts = r.base.ofRules.map((id) => {
      const part = earlier.get(id);
      if (!part) throw new Error(`rule "${r.id}" needs "${id}" computed first`);
      return part;
    });
    const base = sum(parts.map((part) => part.awardYuan));
    const partTexts = parts.map((part) =>
      m("ofRulesPart", { measure: part.measure, award: formatWanYuan(part.awardYuan) }),
    );
    explanation.push(
      m("ofRules", {
        label: midSentence(r.base.label),
        parts: joinText(partTexts, { zh: " + ", en: " + " }),
        base: formatWanYuan(base),
      }),
    );
    bases = [base];
  }

  const rateText = r.rateText ?? r.title;
  const awards: ItemAward[] = bases.map((base, index) => {
    const n = index + 1;
    const single = bases.length === 1;
    const baseText = formatBase(r, base);
    if (r.rate !== undefined) {
      const raw = roundCents(base * r.rate * (extraction.toYuan ?? 1));
      const rate = formatPercent(r.rate);
      const cap = r.capPerItem;
      if (cap && raw > cap.yuan) {
        const capParams = {
          n,
          base: baseText,
          rate,
          raw: formatWanYuan(raw),
          cap: formatWanYuan(cap.yuan),
          per: cap.per,
          rateText,
        };
        explanation.push(m(single ? "oneCapped" : "itemCapped", capParams));
        return { award: cap.yuan, min: cap.yuan };
      }
      if (extraction.toYuan !== undefined) {
        const usd = roundCents(base * r.rate);
        explanation.push(
          m("rateOneConverted", {
            rateText,
            base: baseText,
            rate,
            usd: formatWanUsd(usd),
            fx: formatFxRate(extraction.toYuan),
            result: formatWanYuan(raw),
          }),
        );
      } else {
        explanation.push(
          m(single ? "rateOne" : "rateItem", {
            n,
            rateText,
            base: baseText,
            rate,
            result: formatWanYuan(raw),
          }),
        );
      }
      return { award: raw, min: raw };
    }
    if (r.amountRangeYuan) {
      const [low, high] = r.amountRangeYuan;
      const award = roundCents(base * high);
      const min = roundCents(base * low);
      explanation.push(
        m("perUnitRange", {
          rateText,
          count: baseText,
          min: formatWanYuan(low),
          max: formatWanYuan(high),
          resultMin: formatWanYuan(min),
          resultMax: formatWanYuan(award),
        }),
      );
      return { award, min };
    }
    const amount = r.amountYuan ?? 0;
    const amountText = amount < 10_000 ? formatYuan(amount) : formatWanYuan(amount);
    if (r.base.step) {
      const steps = Math.floor(base / r.base.step);
      const award = roundCents(steps * amount);
      const step = formatBase(r, r.base.step);
      explanation.push(
        m("perStep", {
          rateText,
          base: baseText,
          steps,
          step,
          amount: amountText,
          result: formatWanYuan(award),
        }),
      );
      return { award, min: award };
    }
    const award = roundCents(base * amount);
    explanation.push(
      m("perUnit", { rateText, count: baseText, amount: amountText, result: formatWanYuan(award) }),
    );
    return { award, min: award };
  });

  let counted = awards;
  if (r.maxItemsPerYear !== undefined && awards.length > r.maxItemsPerYear) {
    counted = [...awards].sort((a, b) => b.award - a.award).slice(0, r.maxItemsPerYear);
    explanation.push(
      m("maxItems", { capText: r.capText ?? r.title, count: awards.length, max: r.maxItemsPerYear }),
    );
  }
  let award = sum(counted.map((a) => a.award));
  let min = sum(counted.map((a) => a.min));
  if (counted.length > 1) explanation.push(m("sum", { result: formatWanYuan(award) }));

  if (r.yearlyCapYuan !== undefined && award > r.yearlyCapYuan) {
    const cap = formatWanYuan(r.yearlyCapYuan);
    explanation.push(m("yearlyCap", { capText: r.capText ?? r.title, before: formatWanYuan(award), cap }));
    award = r.yearlyCapYuan;
  }
  if (r.capYuan !== undefined) {
    const received = extraction.receivedYuan ?? 0;
    const remaining = Math.max(0, roundCents(r.capYuan - received));
    if (received > 0 || award > remaining) {
      const counted = Math.min(award, remaining);
      explanation.push(
        m("measureCap", {
          capText: r.capText ?? r.title,
          received: formatWanYuan(received),
          remaining: formatWanYuan(remaining),
          result: formatWanYuan(counted),
        }),
      );
      award = counted;
    }
  }
  min = Math.min(min, award);

  if (r.amountRangeYuan) {
    explanation.push(m("resultRange", { result: formatWanYuanRange(min, award) }));
    return { ...line, awardYuan: award, awardMinYuan: min, explanation };
  }
  explanation.push(m(r.upTo ? "resultUpTo" : "result", { result: formatWanYuan(award) }));
  return { ...line, awardYuan: award, explanation };
}

const groupOrder: readonly SubsidyRecipient[] = ["enterprise", "parkOperator", "trainingInstitution"];
/** Who each group of lines is paid to. */
export const recipientLabels: Readonly<Record<SubsidyRecipient, Text>> = {
  enterprise: m("groupEnterprise"),
  parkOperator: m("groupParkOperator"),
  trainingInstitution: m("groupTrainingInstitution"),
};
// 单个企业…最高 500 万元: the park's management and operating enterprise is a single enterprise too.
const cappedRecipients: ReadonlySet<SubsidyRecipient> = new Set(["enterprise", "parkOperator"]);

function buildGroup(recipient: SubsidyRecipient, lines: EstimateLine[]): EstimateGroup {
  const label = recipientLabels[recipient];
  const ranged = lines.some((line) => line.awardMinYuan !== undefined);
  const subtotalYuan = sum(lines.map((line) => line.awardYuan));
  const subtotalMinYuan = sum(lines.map((line) => line.awardMinYuan ?? line.awardYuan));
  const explanation: Text[] = [
    m("groupSubtotal", {
      group: label,
      total: formatTotal(subtotalYuan, ranged ? subtotalMinYuan : undefined),
    }),
  ];
  const group: EstimateGroup = {
    recipient,
    label,
    lines,
    subtotalYuan,
    ...(ranged ? { subtotalMinYuan } : {}),
    totalYuan: subtotalYuan,
    ...(ranged ? { totalMinYuan: subtotalMinYuan } : {}),
    capCutYuan: 0,
    explanation,
  };
  if (!cappedRecipients.has(recipient)) {
    explanation.push(m("groupNoCap"));
    return group;
  }
  const cap = enterpriseYearlyCapYuan;
  group.capYuan = cap;
  if (subtotalYuan > cap) {
    group.totalYuan = cap;
    group.capCutYuan = roundCents(subtotalYuan - cap);
    if (ranged) group.totalMinYuan = Math.min(subtotalMinYuan, cap);
    explanation.push(
      m("groupCapApplied", {
        capText: enterpriseYearlyCapText,
        before: formatWanYuan(subtotalYuan),
        cap: formatWanYuan(cap),
        cut: formatWanYuan(group.capCutYuan),
      }),
    );
  } else {
    explanation.push(m("groupCapNotReached", { cap: formatWanYuan(cap) }));
  }
  return group;
}

function formatTotal(max: number, min: number | undefined): Text {
  return min === undefined || min === max ? formatWanYuan(max) : formatWanYuanRange(min, max);
}

/**
 * Estimates every support rule of 郑政办〔2020〕58号 三、支持方向和标准 for the figures entered,
 * groups the lines by recipient and applies the 500万 yearly cap of 四、（三） to each single
 * enterprise. A demonstration of the printed rules, not a subsidy decision.
 */
export function estimateSubsidies(input: SubsidyEstimateInput): SubsidyEstimate {
  const computed = new Map<string, EstimateLine>();
  for (const r of subsidyRules) {
    const extract = extractors[r.id];
    if (!extract) throw new Error(`no input is read for subsidy rule "${r.id}"`);
    computed.set(r.id, computeLine(r, extract(input), computed));
  }
  const lines = [...computed.values()];
  const groups = groupOrder
    .map((recipient) => lines.filter((line) => line.recipient === recipient))
    .filter((group) => group.length > 0)
    .map((group) => buildGroup(group[0]?.recipient ?? "enterprise", group));
  const withAwards = groups.filter((group) => group.lines.some((line) => line.status === "estimated"));
  const totals = withAwards.map((group) => {
    const total = formatTotal(group.totalYuan, group.totalMinYuan);
    if (group.capCutYuan === 0 || group.capYuan === undefined)
      return m("groupTotal", { group: group.label, total });
    return m("groupTotalCapped", {
      group: group.label,
      total,
      before: formatWanYuan(group.subtotalYuan),
      cap: formatWanYuan(group.capYuan),
      cut: formatWanYuan(group.capCutYuan),
    });
  });
  const summary =
    totals.length === 0
      ? m("summaryNothing")
      : m("summary", { totals: joinText(totals, m("summarySeparator")) });
  return { groups, summary };
}
