import type { ChoiceOption, Field, LangMode, MoneyValue, Text } from "@tianbiao/core";

type Ui = (key: string, params?: Record<string, unknown>) => Text;

function findOption(options: ChoiceOption[], value: string): ChoiceOption | undefined {
  for (const option of options) {
    if (option.value === value) return option;
    const inner = option.children ? findOption(option.children, value) : undefined;
    if (inner) return inner;
  }
  return undefined;
}

function both(zh: string, en: string): Text {
  return { zh, en };
}

/** A leaf value as text for the check-your-answers list; undefined when nothing was entered. */
export function formatLeaf(
  field: Field,
  value: unknown,
  ui: Ui,
  siblings?: Record<string, unknown>,
): Text | undefined {
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) {
    return undefined;
  }
  switch (field.kind) {
    case "yesNo":
      return value === true
        ? ui("ui.yes")
        : value === false
          ? ui("ui.no")
          : both(String(value), String(value));
    case "choice": {
      const values = Array.isArray(value) ? value.map(String) : [String(value)];
      const labels = values.map((v) => {
        const option = findOption(field.options, v);
        const label = option?.label ?? both(v, v);
        const other = v === field.otherValue ? siblings?.[`${field.id}Other`] : undefined;
        const code = option?.code ? `${option.code} ` : "";
        const suffix = typeof other === "string" && other ? `: ${other}` : "";
        return both(`${code}${label.zh}${suffix}`, `${code}${label.en}${suffix}`);
      });
      return both(labels.map((l) => l.zh).join("；"), labels.map((l) => l.en).join("; "));
    }
    case "money": {
      const money = value as MoneyValue;
      if (money.amount === undefined || (money.amount as unknown) === "") return undefined;
      const amount = `${money.amount} ${money.currency ?? ""}`.trim();
      const unit = ui("ui.unit.万元");
      const usd = money.usd !== undefined ? ui("ui.money.usdValue", { usd: money.usd }) : undefined;
      return both(
        [`${amount} ${unit.zh}`, usd?.zh].filter(Boolean).join("，"),
        [`${amount} ${unit.en}`, usd?.en].filter(Boolean).join(", "),
      );
    }
    case "integer":
    case "decimal": {
      if (!field.unit) return both(String(value), String(value));
      const unit = ui(`ui.unit.${field.unit}`);
      return both(`${value} ${unit.zh}`, `${value} ${unit.en}`);
    }
    default:
      return both(String(value), String(value));
  }
}

export function pickText(text: Text, lang: LangMode): string {
  return lang === "en" ? text.en : text.zh;
}
