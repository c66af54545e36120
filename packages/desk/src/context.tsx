import type { LangMode, Text } from "@tianbiao/core";
import { BilingualText } from "@tianbiao/react";
import { createContext, useContext } from "react";
import { type MessageKey, t } from "./messages";

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
