import type { LangMode, Text } from "@tianbiao/core";
import { BilingualText } from "@tianbiao/react";
import { createContext, type ReactNode, useContext, useId } from "react";
import { type MessageKey, plainText, t } from "./messages";

export const DeskLang = createContext<LangMode>("bilingual");

/** The desk's language (zh, en or bilingual), set once by the desk's shell. */
export function useLang(): LangMode {
  return useContext(DeskLang);
}

/** A desk string in the desk's language. */
export function Say({ k, p }: { k: MessageKey; p?: Record<string, string | number | Text> }) {
  return <BilingualText text={t(k, p)} lang={useLang()} />;
}

/** A table's column headers, each a desk string. */
export function ColumnHeads({ keys }: { keys: MessageKey[] }) {
  return (
    <>
      {keys.map((key) => (
        <th key={key} scope="col">
          <Say k={key} />
        </th>
      ))}
    </>
  );
}

/** Any bilingual text in the desk's language. */
export function Bi({ text }: { text: Text }) {
  return <BilingualText text={text} lang={useLang()} />;
}

/** A date-time as people read it here: 2024-12-01 09:30. */
export function when(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A panel: a section named by its heading. */
export function Panel({
  title,
  level = 3,
  className,
  children,
}: {
  title: MessageKey;
  level?: 2 | 3;
  className?: string;
  children: ReactNode;
}) {
  const id = useId();
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <section className={className ? `desk-panel ${className}` : "desk-panel"} aria-labelledby={id}>
      <Heading id={id}>
        <Say k={title} />
      </Heading>
      {children}
    </section>
  );
}

/** A labelled select of a form's filters; `any` adds a first option that filters nothing. */
export function SelectField({
  label,
  name,
  defaultValue,
  options,
  any = false,
}: {
  label: MessageKey;
  name: string;
  defaultValue: string;
  options: Array<{ value: string; text: Text }>;
  any?: boolean;
}) {
  const id = useId();
  const lang = useLang();
  return (
    <div className="desk-field">
      <label htmlFor={id}>
        <Say k={label} />
      </label>
      <select id={id} name={name} defaultValue={defaultValue}>
        {any ? <option value="">{plainText(t("queue.any"), lang)}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {plainText(option.text, lang)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A labelled text input of a form's filters. */
export function InputField({
  label,
  name,
  defaultValue,
  placeholder,
}: {
  label: MessageKey;
  name: string;
  defaultValue: string;
  placeholder?: string;
}) {
  const id = useId();
  return (
    <div className="desk-field">
      <label htmlFor={id}>
        <Say k={label} />
      </label>
      <input id={id} name={name} defaultValue={defaultValue} placeholder={placeholder} />
    </div>
  );
}
