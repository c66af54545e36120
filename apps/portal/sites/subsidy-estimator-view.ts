import type { Text } from "@tianbiao/core";
import { type SubsidyRule, subsidyMeasures, subsidyRules } from "@tianbiao/tables/subsidy-rules";
import { append, bilingual, h, replaceChildren } from "./dom";
import { type EstimatorViewMessageKey, estimatorViewMessage as s } from "./estimator-view-messages";
import { formatWanYuan, formatWanYuanRange } from "./format";
import { joinText } from "./messages";
import { fromWan, parseNonNegative } from "./number-input";
import {
  type EstimateGroup,
  type EstimateLine,
  estimateSubsidies,
  recipientLabels,
  type SubsidyEstimateInput,
} from "./subsidy-estimator";

type Keys<V> = {
  [K in keyof SubsidyEstimateInput]-?: SubsidyEstimateInput[K] extends V ? K : never;
}[keyof SubsidyEstimateInput];
type NumberKey = Keys<number | undefined>;
type FlagKey = Keys<boolean | undefined>;
type ListKey = Keys<number[] | undefined>;

/** How a typed number becomes the input's unit: 万元 and 万美元 boxes are multiplied by 10,000. */
type Scale = "wan" | "one";

type FieldSpec =
  | {
      kind: "number";
      key: NumberKey;
      label: EstimatorViewMessageKey;
      hint?: EstimatorViewMessageKey;
      scale: Scale;
      integer?: boolean;
    }
  | { kind: "flag"; key: FlagKey; label: EstimatorViewMessageKey }
  | {
      kind: "list";
      key: ListKey;
      item: EstimatorViewMessageKey;
      add: EstimatorViewMessageKey;
      hint?: EstimatorViewMessageKey;
    };

interface FieldsetSpec {
  /** The rules these figures feed, in printed order; the first names the fieldset. */
  rules: string[];
  legend?: EstimatorViewMessageKey;
  note?: EstimatorViewMessageKey;
  fields: FieldSpec[];
}

const wan = (key: NumberKey, label: EstimatorViewMessageKey, hint?: EstimatorViewMessageKey): FieldSpec => ({
  kind: "number",
  key,
  label,
  scale: "wan",
  ...(hint ? { hint } : {}),
});
const whole = (key: NumberKey, label: EstimatorViewMessageKey): FieldSpec => ({
  kind: "number",
  key,
  label,
  scale: "one",
  integer: true,
});
const flag = (key: FlagKey, label: EstimatorViewMessageKey): FieldSpec => ({ kind: "flag", key, label });
const list = (
  key: ListKey,
  item: EstimatorViewMessageKey,
  add: EstimatorViewMessageKey,
  hint?: EstimatorViewMessageKey,
): FieldSpec => ({
  kind: "list",
  key,
  item,
  add,
  ...(hint ? { hint } : {}),
});

/** The figures each measure needs, in the printed order of 三、支持方向和标准. */
const fieldsets: readonly FieldsetSpec[] = [
  {
    rules: ["businessGrowth", "offshoreBusiness"],
    legend: "executedLegend",
    fields: [
      wan("lastYearExecutedYuan", "lastYearExecuted", "lastYearExecutedHint"),
      flag("newEnterprise", "newEnterprise"),
      wan("onshoreExecutedYuan", "onshoreExecuted"),
      wan("offshoreExecutedUsd", "offshoreExecuted"),
      { kind: "number", key: "usdRate", label: "usdRate", hint: "usdRateHint", scale: "one" },
    ],
  },
  {
    rules: ["innovation"],
    fields: [flag("newPatentsTwoYears", "newPatents"), flag("rdGrowthTwoYears", "rdGrowth")],
  },
  {
    rules: ["advancedTechnologyServiceEnterprise"],
    fields: [flag("newlyRecognisedAdvancedTechnology", "newlyRecognised")],
  },
  {
    rules: ["marketsInChina", "marketsAbroad"],
    fields: [
      list("eventCostsInChinaYuan", "eventInChina", "eventsInChinaAdd", "eventsHint"),
      list("eventCostsAbroadYuan", "eventAbroad", "eventsAbroadAdd", "eventsHint"),
    ],
  },
  {
    rules: ["qualificationCertification"],
    fields: [list("certificationFeesYuan", "certification", "certificationAdd")],
  },
  { rules: ["trainingInstitutions"], fields: [whole("qualifyingTrainees", "qualifyingTrainees")] },
  {
    rules: ["seniorTalentTraining"],
    fields: [list("seniorTrainingCostsYuan", "seniorTrainee", "seniorTraineeAdd")],
  },
  {
    rules: ["internshipBases"],
    fields: [
      whole("internshipAgreementYears", "internshipAgreementYears"),
      whole("internsPerYear", "internsPerYear"),
      whole("qualifyingGraduates", "qualifyingGraduates"),
      wan("internshipSubsidyReceivedYuan", "internshipReceived"),
    ],
  },
  { rules: ["parkRecognition"], fields: [flag("newlyRecognisedPark", "newlyRecognisedPark")] },
  {
    rules: ["parkKeyEnterprises", "parkForeignInvestment"],
    fields: [
      whole("keyEnterprisesBroughtIn", "keyEnterprises"),
      wan("foreignInvestmentUsd", "foreignInvestment"),
      wan("foreignInvestmentAwardReceivedYuan", "foreignInvestmentReceived"),
    ],
  },
  {
    rules: ["parkRent"],
    note: "executedNote",
    fields: [
      whole("yearsInPark", "yearsInPark"),
      wan("annualRentYuan", "annualRent"),
      { kind: "number", key: "leasedSquareMetres", label: "leasedArea", scale: "one" },
      whole("rentSubsidyYearsReceived", "rentYearsReceived"),
    ],
  },
  { rules: ["publicServicePlatforms"], fields: [list("platformCostsYuan", "platform", "platformAdd")] },
];

const colon: Text = { zh: "：", en: ": " };
const ruleById = new Map(subsidyRules.map((r) => [r.id, r]));

function rulesOf(spec: FieldsetSpec): SubsidyRule[] {
  return spec.rules.map((id) => {
    const found = ruleById.get(id);
    if (!found) throw new Error(`no subsidy rule "${id}"`);
    return found;
  });
}

/** "（五） 支持服务外包企业开拓市场" or, for a sub-item, with its part. */
function ruleHeading(rule: { measure: string; title: Text; part?: Text }): Text {
  const part = rule.part ? { zh: ` ${rule.part.zh}`, en: ` — ${rule.part.en}` } : { zh: "", en: "" };
  return {
    zh: `${rule.measure}${rule.title.zh}${part.zh}`,
    en: `${rule.measure} ${rule.title.en}${part.en}`,
  };
}

/** The printed paragraphs behind a fieldset: each sub-item's own text, else its measure's. */
function printedTexts(rules: readonly SubsidyRule[]): Text[] {
  const texts: Text[] = [];
  for (const rule of rules) {
    const text = rule.text ?? subsidyMeasures.find((m) => m.item === rule.measure)?.text;
    if (text && !texts.includes(text)) texts.push(text);
  }
  return texts;
}

interface FieldControl {
  read(): { ok: boolean; set(input: SubsidyEstimateInput): void };
  invalid(): HTMLElement[];
}

function errorMessage(id: string): HTMLElement {
  return h("p", { class: "field-error", id, hidden: true });
}

function markError(input: HTMLInputElement, error: HTMLElement, message: Text | undefined): void {
  if (message) {
    input.setAttribute("aria-invalid", "true");
    replaceChildren(error, bilingual(message));
    error.hidden = false;
  } else {
    input.removeAttribute("aria-invalid");
    replaceChildren(error);
    error.hidden = true;
  }
}

function numberField(spec: Extract<FieldSpec, { kind: "number" }>): {
  element: HTMLElement;
  control: FieldControl;
} {
  const id = `estimate-${spec.key}`;
  const hintId = spec.hint ? `${id}-hint` : undefined;
  const error = errorMessage(`${id}-error`);
  const input = h("input", {
    id,
    name: spec.key,
    type: "text",
    inputmode: spec.integer ? "numeric" : "decimal",
    autocomplete: "off",
    "aria-describedby": [hintId, error.id].filter(Boolean).join(" "),
  });
  const element = h(
    "div",
    { class: "estimate-field" },
    h("label", { for: id }, bilingual(s(spec.label))),
    spec.hint ? h("p", { class: "field-hint", id: hintId }, bilingual(s(spec.hint))) : null,
    error,
    input,
  );
  const parse = () => parseNonNegative(input.value, { integer: spec.integer === true });
  return {
    element,
    control: {
      read() {
        const parsed = parse();
        markError(input, error, parsed.ok ? undefined : s(spec.integer ? "invalidInteger" : "invalidNumber"));
        return {
          ok: parsed.ok,
          set(target) {
            if (!parsed.ok || parsed.value === undefined) return;
            target[spec.key] = spec.scale === "wan" ? fromWan(parsed.value) : parsed.value;
          },
        };
      },
      invalid: () => (input.getAttribute("aria-invalid") === "true" ? [input] : []),
    },
  };
}

function flagField(spec: Extract<FieldSpec, { kind: "flag" }>): {
  element: HTMLElement;
  control: FieldControl;
} {
  const id = `estimate-${spec.key}`;
  const input = h("input", { id, name: spec.key, type: "checkbox" });
  const element = h(
    "div",
    { class: "estimate-flag" },
    input,
    h("label", { for: id }, bilingual(s(spec.label))),
  );
  return {
    element,
    control: {
      read: () => ({
        ok: true,
        set(target) {
          if (input.checked) target[spec.key] = true;
        },
      }),
      invalid: () => [],
    },
  };
}

function listField(spec: Extract<FieldSpec, { kind: "list" }>): {
  element: HTMLElement;
  control: FieldControl;
} {
  const baseId = `estimate-${spec.key}`;
  const hintId = spec.hint ? `${baseId}-hint` : undefined;
  const rows = h("ol", { class: "estimate-rows" });
  const empty = h("p", { class: "estimate-empty" }, bilingual(s("listEmpty")));
  const addButton = h("button", { type: "button", class: "estimate-add" }, bilingual(s(spec.add)));
  let serial = 0;
  const entries: {
    row: HTMLLIElement;
    input: HTMLInputElement;
    error: HTMLElement;
    label: HTMLLabelElement;
    remove: HTMLButtonElement;
  }[] = [];

  const renumber = () => {
    entries.forEach((entry, index) => {
      const label = s(spec.item, { n: index + 1 });
      replaceChildren(entry.label, bilingual(label));
      replaceChildren(entry.remove, bilingual(s("remove", { what: label })));
    });
    empty.hidden = entries.length > 0;
  };

  const addRow = () => {
    serial += 1;
    const id = `${baseId}-${serial}`;
    const error = errorMessage(`${id}-error`);
    const input = h("input", {
      id,
      type: "text",
      inputmode: "decimal",
      autocomplete: "off",
      "aria-describedby": [hintId, error.id].filter(Boolean).join(" "),
    });
    const label = h("label", { for: id });
    const remove = h("button", { type: "button", class: "estimate-remove" });
    const row = h("li", { class: "estimate-row" }, label, error, input, remove);
    const entry = { row, input, error, label, remove };
    remove.addEventListener("click", () => {
      const index = entries.indexOf(entry);
      entries.splice(index, 1);
      row.remove();
      renumber();
      (entries[index]?.input ?? entries[index - 1]?.input ?? addButton).focus();
    });
    entries.push(entry);
    rows.append(row);
    renumber();
    return input;
  };
  addButton.addEventListener("click", () => addRow().focus());

  const element = h(
    "div",
    { class: "estimate-list" },
    spec.hint ? h("p", { class: "field-hint", id: hintId }, bilingual(s(spec.hint))) : null,
    rows,
    empty,
    addButton,
  );
  renumber();
  return {
    element,
    control: {
      read() {
        const values: number[] = [];
        let ok = true;
        for (const entry of entries) {
          const parsed = parseNonNegative(entry.input.value);
          markError(entry.input, entry.error, parsed.ok ? undefined : s("invalidNumber"));
          ok &&= parsed.ok;
          if (parsed.ok && parsed.value !== undefined) values.push(fromWan(parsed.value));
        }
        return {
          ok,
          set(target) {
            if (values.length > 0) target[spec.key] = values;
          },
        };
      },
      invalid: () =>
        entries.filter((e) => e.input.getAttribute("aria-invalid") === "true").map((e) => e.input),
    },
  };
}

function field(spec: FieldSpec) {
  if (spec.kind === "number") return numberField(spec);
  if (spec.kind === "flag") return flagField(spec);
  return listField(spec);
}

function lineAward(line: EstimateLine): Text {
  if (line.status === "notEligible") return s("lineNotEligible");
  if (line.status === "missingInput") return s("lineMissing");
  return line.awardMinYuan === undefined
    ? formatWanYuan(line.awardYuan)
    : formatWanYuanRange(line.awardMinYuan, line.awardYuan);
}

function renderGroup(group: EstimateGroup, level: number): HTMLElement | undefined {
  const shown = group.lines.filter((line) => line.status !== "noInput" && line.status !== "notComputable");
  if (shown.length === 0) return undefined;
  const heading = `h${level}` as "h4";
  const lineHeading = `h${level + 1}` as "h5";
  return h(
    "section",
    { class: "estimate-group" },
    h(heading, {}, bilingual(group.label)),
    h(
      "ol",
      { class: "estimate-lines" },
      ...shown.map((line) =>
        h(
          "li",
          { class: "estimate-line", "data-status": line.status },
          h(lineHeading, {}, bilingual(ruleHeading(line))),
          h("p", { class: "estimate-award" }, bilingual(lineAward(line))),
          h(
            "ul",
            { class: "estimate-steps" },
            ...line.explanation.map((step) => h("li", {}, bilingual(step))),
          ),
        ),
      ),
    ),
    h("ul", { class: "estimate-total" }, ...group.explanation.map((step) => h("li", {}, bilingual(step)))),
  );
}

export interface EstimatorViewOptions {
  /** Where the form and the results go. */
  container: HTMLElement;
  /** The role="status" element that announces each result. */
  status: HTMLElement;
  /** Heading level of the form's and the results' headings (3 under a page's h2). */
  headingLevel?: number;
}

/**
 * Renders the subsidy estimator: labelled fields per measure (in printed order, with the
 * measure's text), an Estimate button, the explained result and a one-line spoken summary.
 */
export function renderSubsidyEstimator(options: EstimatorViewOptions): { estimate(): void } {
  const level = options.headingLevel ?? 3;
  const heading = `h${level}` as "h3";
  const controls: FieldControl[] = [];
  const form = h("form", {
    class: "estimator-form",
    novalidate: true,
    "aria-labelledby": "estimator-form-heading",
  });
  append(form, h(heading, { id: "estimator-form-heading" }, bilingual(s("estimatorHeading"))));

  for (const spec of fieldsets) {
    const rules = rulesOf(spec);
    const [first] = rules;
    if (!first) continue;
    const recipient = first.recipient === "enterprise" ? undefined : recipientLabels[first.recipient];
    const fieldset = h(
      "fieldset",
      { class: "estimate-fieldset" },
      h("legend", {}, bilingual(spec.legend ? s(spec.legend) : ruleHeading(first))),
      recipient
        ? h("p", { class: "estimate-recipient" }, bilingual(s("recipient", { group: recipient })))
        : null,
      h(
        "details",
        { class: "estimate-printed" },
        h("summary", {}, bilingual(s("printed"))),
        ...printedTexts(rules).map((text) => h("p", {}, bilingual(text))),
      ),
      spec.note ? h("p", { class: "field-hint" }, bilingual(s(spec.note))) : null,
    );
    for (const fieldSpec of spec.fields) {
      const { element, control } = field(fieldSpec);
      fieldset.append(element);
      controls.push(control);
    }
    form.append(fieldset);
  }
  form.append(h("button", { type: "submit", class: "estimate-submit" }, bilingual(s("estimate"))));

  const results = h("div", { class: "estimate-results" });
  // The status line sits between the button and the results, where the filer is.
  replaceChildren(options.container, form, options.status, results);

  const estimate = () => {
    const input: SubsidyEstimateInput = {};
    const reads = controls.map((control) => control.read());
    const invalid = controls.flatMap((control) => control.invalid());
    if (invalid.length > 0) {
      options.status.dataset.tone = "error";
      replaceChildren(options.status, bilingual(s("invalidSummary", { count: invalid.length })));
      invalid[0]?.focus();
      return;
    }
    for (const read of reads) read.set(input);
    const result = estimateSubsidies(input);
    options.status.dataset.tone = "success";
    replaceChildren(options.status, bilingual(result.summary));
    const skipped = result.groups
      .flatMap((group) => group.lines)
      .filter((line) => line.status === "noInput" || line.status === "notComputable");
    replaceChildren(
      results,
      h(
        "section",
        { class: "estimate-result", "aria-labelledby": "estimate-result-heading" },
        h(heading, { id: "estimate-result-heading" }, bilingual(s("resultHeading"))),
        ...result.groups.map((group) => renderGroup(group, level + 1)),
        skipped.length > 0
          ? h(
              "details",
              { class: "estimate-skipped" },
              h("summary", {}, bilingual(s("notEstimatedHeading"))),
              h(
                "ul",
                {},
                ...skipped.map((line) =>
                  h(
                    "li",
                    {},
                    bilingual(joinText([ruleHeading(line), line.explanation[0] ?? s("lineMissing")], colon)),
                  ),
                ),
              ),
            )
          : null,
      ),
    );
  };
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    estimate();
  });
  return { estimate };
}
