import { type Field, type MoneyField as MoneyFieldModel, type Text, usdOf } from "@tianbiao/core";
import { currencyCodes } from "@tianbiao/i18n";
import { type ReactNode, useRef } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { FieldControl } from "../field/field-control";
import { FieldFrame } from "../field/field-frame";
import { plain, useUi } from "../field/use-ui";
import { useFieldFindings, useFieldValue } from "../form-store/use-field";
import { useFormContext } from "../table-form/form-context";

/** A money value as the form stores it: amount and rate as typed, usd derived. */
interface TypedMoney {
  amount?: string | number;
  currency?: string;
  rate?: string | number;
  rateDate?: string;
  usd?: number;
}

export interface MoneyFieldProps {
  field: MoneyFieldModel;
  path: string;
}

type TypedPart = "amount" | "currency" | "rate" | "rateDate";

// The core reports a money field's findings at the field's path; this says which part each rule is about,
// so that part's control is marked invalid and described by the group's messages.
const partOfRule: Record<string, TypedPart | "usd"> = {
  "money.currency": "currency",
  "money.rate": "rate",
  "money.usd": "usd",
  date: "rateDate",
};

function asMoney(value: unknown): TypedMoney {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as TypedMoney) : {};
}

function shown(value: unknown): string {
  return value === undefined || value === null ? "" : String(value);
}

function trimmed(text: Text): Text {
  return { zh: text.zh.trim(), en: text.en.trim() };
}

/** One part of the money field with its own label and messages at `<path>.<part>`. */
function Part({
  path,
  label,
  kind,
  required,
  children,
}: {
  path: string;
  label: Text;
  kind: Field["kind"];
  required?: boolean;
  children: (control: { id: string; required: boolean }) => ReactNode;
}) {
  const part = { id: path.slice(path.lastIndexOf(".") + 1), kind, label, required } as Field;
  return (
    <div className="tb-money-part" data-part={part.id}>
      <FieldFrame field={part} path={path}>
        {children}
      </FieldFrame>
    </div>
  );
}

/**
 * An amount in 万元 with its currency and, where the paper asks for it, the 折万美元 figure derived live from
 * a dated rate (units of the currency per US dollar) that the filer types or overrides. Amount and rate are
 * stored as typed; `usd` is recomputed on every change (for US dollars it equals the amount).
 */
export function MoneyField({ field, path }: MoneyFieldProps) {
  const { change, blur, readOnly, lang } = useFormContext();
  const ui = useUi();
  const money = asMoney(useFieldValue<unknown>(path));
  // The rate typed for another currency comes back if the filer switches to US dollars and back.
  const savedRate = useRef<TypedMoney["rate"]>(undefined);
  const fixed = field.currency === "CNY";
  const currency = fixed ? "CNY" : money.currency;
  const locked = readOnly || field.readOnly === true;
  const findings = useFieldFindings(path);
  const failing = new Set(
    findings.filter((f) => f.severity === "error").map((f) => partOfRule[f.rule] ?? "amount"),
  );

  const write = (patch: Partial<Record<TypedPart, string | undefined>>) => {
    const next: TypedMoney = { ...money, ...patch };
    if (fixed) next.currency = "CNY";
    if (patch.currency !== undefined && patch.currency !== money.currency) {
      if (patch.currency === "USD") {
        savedRate.current = money.rate;
        next.rate = "1";
      } else if (money.currency === "USD") {
        next.rate = savedRate.current;
      }
    }
    for (const key of ["amount", "currency", "rate", "rateDate"] as const) {
      if (next[key] === undefined || next[key] === "") delete next[key];
    }
    const usd = field.usd ? usdOf({ ...next }, field) : undefined;
    if (usd === undefined) delete next.usd;
    else next.usd = usd;
    const typed = next.amount !== undefined || next.rate !== undefined || next.rateDate !== undefined;
    change(path, typed || (!fixed && next.currency !== undefined) ? next : undefined);
  };

  const leave = (part: string) => {
    blur(`${path}.${part}`);
    blur(path);
  };

  const usd = usdOf({ ...money }, field);
  const amountUnit = fixed
    ? ui("ui.unit.万元")
    : trimmed(ui("ui.money.unitOf", { currency: currency ?? "" }));

  return (
    <FieldFrame field={field} path={path} asGroup>
      {({ id }) => {
        const state = (part: TypedPart | "usd", own?: string) =>
          failing.has(part)
            ? { "aria-invalid": true, "aria-describedby": [own, `${id}-messages`].filter(Boolean).join(" ") }
            : { "aria-describedby": own };
        return (
          <div className="tb-money">
            <Part
              path={`${path}.amount`}
              label={ui("ui.money.amount")}
              kind="decimal"
              required={field.required}
            >
              {({ id: amountId, required }) => (
                <span className="tb-money-control">
                  <FieldControl>
                    <input
                      id={amountId}
                      type="text"
                      className="tb-input tb-money-amount"
                      data-width="short"
                      inputMode="decimal"
                      autoComplete="off"
                      spellCheck={false}
                      value={shown(money.amount)}
                      aria-required={required || undefined}
                      {...state("amount", `${amountId}-unit`)}
                      readOnly={locked}
                      onChange={(event) => write({ amount: event.target.value })}
                      onBlur={() => leave("amount")}
                    />
                  </FieldControl>
                  <span className="tb-unit" id={`${amountId}-unit`}>
                    <BilingualText text={amountUnit} lang={lang} />
                  </span>
                </span>
              )}
            </Part>
            <Part
              path={`${path}.currency`}
              label={ui("ui.money.currency")}
              kind="choice"
              required={field.required && !fixed}
            >
              {({ id: currencyId, required }) =>
                fixed ? (
                  <output id={currencyId} className="tb-money-fixed">
                    <BilingualText text={ui("ui.currency.CNY")} lang={lang} /> CNY
                  </output>
                ) : (
                  <FieldControl>
                    <select
                      id={currencyId}
                      className="tb-input tb-select tb-money-currency"
                      data-width="short"
                      value={shown(money.currency)}
                      aria-required={required || undefined}
                      {...state("currency")}
                      disabled={locked}
                      onChange={(event) => write({ currency: event.target.value })}
                      onBlur={() => leave("currency")}
                    >
                      <option value="">{plain(ui("ui.choice.placeholder"), lang)}</option>
                      {currencyCodes.map((code) => (
                        <option key={code} value={code}>
                          {`${plain(ui(`ui.currency.${code}`), lang)} ${code}`}
                        </option>
                      ))}
                      {money.currency && !(currencyCodes as readonly string[]).includes(money.currency) ? (
                        <option value={money.currency}>{money.currency}</option>
                      ) : null}
                    </select>
                  </FieldControl>
                )
              }
            </Part>
            {field.usd ? (
              <>
                <Part path={`${path}.rate`} label={ui("ui.money.rate")} kind="decimal">
                  {({ id: rateId }) => (
                    <span className="tb-money-control">
                      <FieldControl>
                        <input
                          id={rateId}
                          type="text"
                          className="tb-input tb-money-rate"
                          data-width="short"
                          inputMode="decimal"
                          autoComplete="off"
                          spellCheck={false}
                          value={shown(money.rate)}
                          {...state("rate", `${rateId}-hint`)}
                          readOnly={locked || currency === "USD"}
                          onChange={(event) => write({ rate: event.target.value })}
                          onBlur={() => leave("rate")}
                        />
                      </FieldControl>
                      <span className="tb-hint" id={`${rateId}-hint`}>
                        <BilingualText text={ui("ui.money.rateHint")} lang={lang} />
                      </span>
                    </span>
                  )}
                </Part>
                <Part path={`${path}.rateDate`} label={ui("ui.money.rateDate")} kind="date">
                  {({ id: dateId }) => (
                    <FieldControl>
                      <input
                        id={dateId}
                        type="date"
                        className="tb-input tb-money-rate-date"
                        data-width="short"
                        value={shown(money.rateDate)}
                        {...state("rateDate")}
                        readOnly={locked}
                        onChange={(event) => write({ rateDate: event.target.value })}
                        onBlur={() => leave("rateDate")}
                      />
                    </FieldControl>
                  )}
                </Part>
                <Part path={`${path}.usd`} label={ui("ui.money.usd")} kind="decimal">
                  {({ id: usdId }) => (
                    <output
                      id={usdId}
                      className="tb-money-usd"
                      aria-describedby={failing.has("usd") ? `${id}-messages` : undefined}
                    >
                      {usd === undefined ? "" : String(usd)}
                    </output>
                  )}
                </Part>
              </>
            ) : null}
          </div>
        );
      }}
    </FieldFrame>
  );
}
