import type { ChoiceOption, Field, LangMode, MoneyValue, Text } from "@tianbiao/core";
import { parseNumeric } from "@tianbiao/core";

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

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A figure as shown to a reader (review, print, sums): grouped in thousands for the language
 * (`Intl.NumberFormat`, zh-CN or en), keeping the decimals the filer typed. Text that is not a
 * number comes back as it was. Inputs never go through this: they keep what the filer typed.
 */
export function formatNumber(value: unknown, lang: "zh" | "en"): string {
  const text = String(value);
  const number = typeof value === "number" ? value : parseNumeric(text);
  if (number === undefined || !Number.isFinite(number)) return text;
  const decimals =
    /\.(\d+)/.exec(typeof value === "number" ? String(value) : text.normalize("NFKC"))?.[1]?.length ?? 0;
  const locale = lang === "en" ? "en" : "zh-CN";
  const key = `${locale}:${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      minimumFractionDigits: Math.min(decimals, 20),
      maximumFractionDigits: Math.min(decimals, 20),
    });
    formatters.set(key, format);
  }
  return format.format(number);
}

/** A figure in both languages' formats. */
function figure(value: unknown): Text {
  return both(formatNumber(value, "zh"), formatNumber(value, "en"));
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
      const amount = figure(money.amount);
      const currency = money.currency ? ` ${money.currency}` : "";
      const unit = ui("ui.unit.万元");
      const usd =
        money.usd !== undefined
          ? both(
              ui("ui.money.usdValue", { usd: formatNumber(money.usd, "zh") }).zh,
              ui("ui.money.usdValue", { usd: formatNumber(money.usd, "en") }).en,
            )
          : undefined;
      return both(
        [`${amount.zh}${currency} ${unit.zh}`, usd?.zh].filter(Boolean).join("，"),
        [`${amount.en}${currency} ${unit.en}`, usd?.en].filter(Boolean).join(", "),
      );
    }
    case "integer":
    case "decimal": {
      const amount = figure(value);
      if (!field.unit) return amount;
      const unit = ui(`ui.unit.${field.unit}`);
      return both(`${amount.zh} ${unit.zh}`, `${amount.en} ${unit.en}`);
    }
    default:
      return both(String(value), String(value));
  }
}

export function pickText(text: Text, lang: LangMode): string {
  return lang === "en" ? text.en : text.zh;
}
