import type { LangMode, Text } from "@tianbiao/core";
import { bilingual, replaceChildren } from "./dom";
import { siteMessage } from "./site-messages";

const storageKey = "tianbiao-site-lang";
const modes: readonly LangMode[] = ["zh", "en", "bilingual"];

const isMode = (value: string | null | undefined): value is LangMode =>
  value !== null && value !== undefined && (modes as readonly string[]).includes(value);

function readStored(): LangMode | undefined {
  try {
    const stored = globalThis.localStorage?.getItem(storageKey);
    return isMode(stored) ? stored : undefined;
  } catch {
    return undefined;
  }
}

function store(lang: LangMode): void {
  try {
    globalThis.localStorage?.setItem(storageKey, lang);
  } catch {
    // Private browsing may refuse storage: the choice then lasts for this page only.
  }
}

export interface LanguageSwitch {
  current(): LangMode;
  set(lang: LangMode): void;
}

/**
 * Wires the 中文 / English / 中英对照 buttons of `[data-lang-switch]`: each sets `lang` on every
 * `<tianbiao-form>` (the form keeps what was typed), the page's own language and `<html lang>`.
 */
export function initLanguageSwitch(doc: Document = document): LanguageSwitch {
  const container = doc.querySelector<HTMLElement>("[data-lang-switch]");
  const buttons = [...(container?.querySelectorAll<HTMLButtonElement>("button[data-lang]") ?? [])];
  let current: LangMode = "zh";
  const set = (lang: LangMode) => {
    current = lang;
    const root = doc.documentElement;
    root.lang = lang === "en" ? "en" : "zh-CN";
    root.dataset.siteLang = lang;
    for (const button of buttons) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
    for (const form of doc.querySelectorAll("tianbiao-form")) form.setAttribute("lang", lang);
    store(lang);
  };
  for (const button of buttons) {
    button.addEventListener("click", () => {
      if (isMode(button.dataset.lang)) set(button.dataset.lang);
    });
  }
  if (container) container.hidden = false;
  set(readStored() ?? "zh");
  return { current: () => current, set };
}

interface SubmitDetail {
  id?: unknown;
}

interface ErrorDetail {
  kind?: unknown;
  status?: unknown;
  errors?: unknown;
  message?: unknown;
}

const isText = (value: unknown): value is Text =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Text).zh === "string" &&
  typeof (value as Text).en === "string";

function firstMessage(errors: unknown): Text | undefined {
  if (!Array.isArray(errors)) return undefined;
  const message = (errors[0] as { message?: unknown } | undefined)?.message;
  return isText(message) ? message : undefined;
}

/** The status line for an error the embed reported. */
export function errorStatus(detail: ErrorDetail, table: Text): Text {
  if (detail.kind === "network") return siteMessage("statusNetwork", { table });
  if (detail.kind === "auth") return siteMessage("statusSignIn", { table });
  if (detail.kind === "table")
    return siteMessage("statusTableFailed", { message: String(detail.message ?? "") });
  if (detail.status === 422) {
    const first = firstMessage(detail.errors);
    const count = Array.isArray(detail.errors) ? detail.errors.length : 0;
    return first
      ? siteMessage("statusRejected", { table, count, first })
      : siteMessage("statusRejectedPlain", { table });
  }
  return siteMessage("statusFailed", { table, status: String(detail.status ?? "") });
}

/** The status line for a submission the server accepted. */
export function submitStatus(detail: SubmitDetail, table: Text): Text {
  return typeof detail.id === "string" && detail.id !== ""
    ? siteMessage("statusSubmitted", { table, id: detail.id })
    : siteMessage("statusSubmittedPlain", { table });
}

/**
 * Announces in `region` (a role="status" element) each submission the server accepted, with its
 * reference number, and each failure, from the embed's tianbiao:submit and tianbiao:error events.
 */
export function initSubmissionStatus(
  region: HTMLElement,
  tableName: (tableId: string) => Text | undefined,
  doc: Document = document,
): void {
  const nameOf = (event: Event): Text => {
    const id = (event.target as Element | null)?.getAttribute?.("table") ?? "";
    return tableName(id) ?? siteMessage("thisForm");
  };
  const show = (tone: "success" | "error", text: Text) => {
    region.dataset.tone = tone;
    replaceChildren(region, bilingual(text));
  };
  doc.addEventListener("tianbiao:submit", (event) => {
    show("success", submitStatus((event as CustomEvent<SubmitDetail>).detail ?? {}, nameOf(event)));
  });
  doc.addEventListener("tianbiao:error", (event) => {
    show("error", errorStatus((event as CustomEvent<ErrorDetail>).detail ?? {}, nameOf(event)));
  });
}
