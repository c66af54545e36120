import { type FormTable, type LangMode, loadValidator, type Submission } from "@tianbiao/core";
import { createI18n, loadLocale, locales } from "@tianbiao/i18n";
import { loadFieldComponents, type SubmitDetails, type SubmitOutcome, TableForm } from "@tianbiao/react";
import { loadForm } from "@tianbiao/tables/loaders";
import { useMemo, useState, useSyncExternalStore } from "react";
import { createRoot, type Root } from "react-dom/client";
import { dropToken, onSignInChange, otherOrigin, signIn, signOut, tokenFor } from "./auth";
import { adoptStyles } from "./styles";

// The tables with repeating rows, a matrix, a picker or a code a list must hold, from the build
// (vite.config.ts); none in the tests.
declare const __TIANBIAO_ON_DEMAND_TABLES__: readonly string[] | undefined;
const onDemandTables: readonly string[] =
  typeof __TIANBIAO_ON_DEMAND_TABLES__ === "undefined" ? [] : __TIANBIAO_ON_DEMAND_TABLES__;

export interface MountOptions {
  /** Table id, e.g. "enterprise-1". */
  table: string;
  lang?: LangMode;
  /** national | provincial | city, or a host's own theme name styled through the CSS variables. */
  theme?: string;
  draftKey?: string;
  /** URL the submission is POSTed to as JSON; without it, only the tianbiao:submit event fires. */
  action?: string;
  /** Values the host supplies (previous cumulative amounts, the chosen section…). */
  context?: Record<string, unknown>;
  value?: Submission;
}

export interface MountedForm {
  update(options: Partial<MountOptions>): void;
  unmount(): void;
}

function emit(host: Element, name: string, detail: unknown): void {
  host.dispatchEvent(new CustomEvent(`tianbiao:${name}`, { detail, bubbles: true, composed: true }));
}

/** The reporting service's CSRF token for the signed-in filer, from the same service as `action`. */
async function csrfToken(action: string): Promise<string | undefined> {
  const response = await fetch(new URL("/api/session", new URL(action, document.baseURI)), {
    credentials: "include",
    headers: { accept: "application/json" },
  });
  if (response.status !== 200) return undefined;
  const body = (await response.json().catch(() => ({}))) as { csrfToken?: unknown };
  return typeof body.csrfToken === "string" ? body.csrfToken : undefined;
}

// A retry of the same answers after a lost reply reuses the key, so the server answers once.
let lastAttempt: { body: string; key: string } | undefined;

/**
 * Files to a reporting service on another origin with the access token of the embed's sign-in (no
 * cookies, so no CSRF token). Without a token it opens the sign-in first: this runs within the
 * filer's click on 提交, before anything is awaited, so the browser lets the popup open.
 */
async function postWithToken(
  host: Element,
  service: string,
  action: string,
  body: string,
  key: string,
): Promise<Response | SubmitOutcome> {
  if (tokenFor(service) === undefined) {
    const signedIn = await signIn(service);
    if (signedIn !== "signed-in") {
      emit(host, "error", { kind: "auth", status: 401 });
      return {
        ok: false,
        messageKey: signedIn === "blocked" ? "ui.signIn.popupBlocked" : "ui.signIn.failed",
      };
    }
  }
  return fetch(action, {
    method: "POST",
    credentials: "omit",
    headers: {
      authorization: `Bearer ${tokenFor(service)}`,
      "content-type": "application/json",
      accept: "application/json",
      "idempotency-key": key,
    },
    body,
  });
}

/** POSTs a submission; answers the outcome TableForm shows, and tells the host through events. */
async function post(
  host: Element,
  action: string,
  values: Submission,
  details: SubmitDetails,
): Promise<SubmitOutcome> {
  const body = JSON.stringify({ values, warnings: details.warnings });
  if (lastAttempt?.body !== body) lastAttempt = { body, key: crypto.randomUUID() };
  let response: Response;
  const service = otherOrigin(action);
  try {
    if (service !== undefined) {
      const answer = await postWithToken(host, service, action, body, lastAttempt.key);
      if (!(answer instanceof Response)) return answer;
      response = answer;
    } else {
      const token = await csrfToken(action);
      if (token === undefined) {
        emit(host, "error", { kind: "auth", status: 401 });
        return { ok: false, messageKey: "ui.submit.signInRequired" };
      }
      response = await fetch(action, {
        method: "POST",
        credentials: "include",
        headers: {
          "content-type": "application/json",
          accept: "application/json",
          "x-csrf-token": token,
          "idempotency-key": lastAttempt.key,
        },
        body,
      });
    }
  } catch {
    emit(host, "error", { kind: "network" });
    return { ok: false, messageKey: "ui.submit.network" };
  }
  const answer = (await response.json().catch(() => ({}))) as { id?: string; errors?: unknown };
  if (response.status === 201) {
    lastAttempt = undefined;
    emit(host, "submit", { values, id: answer.id, response: answer });
    return { ok: true, reference: answer.id };
  }
  if (response.status === 401) {
    emit(host, "error", { kind: "auth", status: 401 });
    // The token expired or was revoked: the form keeps every value and asks to sign in again.
    if (service !== undefined) {
      dropToken(service);
      return { ok: false, messageKey: "ui.signIn.expired" };
    }
    return { ok: false, messageKey: "ui.submit.signInRequired" };
  }
  emit(host, "error", { kind: "server", status: response.status, errors: answer.errors });
  return response.status === 422
    ? { ok: false, messageKey: "ui.submit.rejected" }
    : { ok: false, messageKey: "ui.submit.failedStatus", params: { status: response.status } };
}

/** Mounts a table form into `element`, inside its own shadow root so host CSS cannot reach it. */
export function mount(element: HTMLElement, initial: MountOptions): MountedForm {
  const shadow = element.shadowRoot ?? element.attachShadow({ mode: "open" });
  adoptStyles(shadow);
  const container = document.createElement("div");
  container.className = "tianbiao-root";
  shadow.append(container);
  const root: Root = createRoot(container);
  let options = initial;
  let table: FormTable | undefined;
  let loading: string | undefined;
  // The script carries Chinese; English arrives the first time the form shows it (alone or beside
  // Chinese). Until then the form stays in the language it was in, with every value typed.
  let english: "loading" | "failed" | undefined;
  const englishReady = (): boolean => {
    if ((options.lang ?? "zh") === "zh" || english === "failed" || locales().has("en")) return true;
    if (english !== "loading") {
      english = "loading";
      loadLocale("en").then(
        () => {
          english = undefined;
          render();
        },
        () => {
          // Chinese strings stand in (the fallback language); the filer's values are kept.
          english = "failed";
          emit(element, "error", { kind: "network" });
          render();
        },
      );
    }
    return false;
  };

  const render = () => {
    // Themes are keyed on the host element: the tokens' :host([data-tianbiao-theme]) rules.
    element.setAttribute("data-tianbiao-theme", options.theme ?? "national");
    // Both start at once: the table's chunk and, for a page in English, the English strings.
    const languageReady = englishReady();
    if (!table || table.id !== options.table) {
      if (loading === options.table) return;
      loading = options.table;
      const wanted = options.table;
      // A table with such a field: the chunk of its components and lists comes beside the table's,
      // in one round trip.
      if (onDemandTables.includes(wanted)) loadFieldComponents().catch(() => undefined);
      // The validator too, but the form does not wait for it: it validates once it is here.
      loadValidator().catch(() => undefined);
      loadForm(wanted)
        .then(async (module) => {
          await loadFieldComponents(module.table);
          return module.table;
        })
        .then(
          (loaded) => {
            if (options.table !== wanted) return;
            // The on-demand chunk brings its own CSS: the form has it before it first renders.
            adoptStyles(shadow);
            table = loaded;
            loading = undefined;
            render();
          },
          (error: unknown) => {
            loading = undefined;
            emit(element, "error", { kind: "table", table: wanted, message: (error as Error).message });
            container.textContent = `tianbiao: ${(error as Error).message}`;
          },
        );
      return;
    }
    if (!languageReady) return;
    const { action } = options;
    const service = otherOrigin(action);
    root.render(
      <>
        {service === undefined ? null : <SignInBar service={service} lang={options.lang ?? "zh"} />}
        <TableForm
          key={table.id}
          table={table}
          lang={options.lang ?? "zh"}
          draftKey={options.draftKey}
          context={options.context}
          value={options.value}
          onChange={(values) => emit(element, "change", { values })}
          onSubmit={(values, details) => {
            if (action) return post(element, action, values, details);
            emit(element, "submit", { values, warnings: details.warnings });
            return { ok: true };
          }}
        />
      </>,
    );
  };

  render();
  return {
    update(next) {
      options = { ...options, ...next };
      render();
    },
    unmount() {
      root.unmount();
      container.remove();
    },
  };
}

/** Says whether the filer is signed in to the service the form files to, with the button to change it. */
function SignInBar({ service, lang }: { service: string; lang: LangMode }) {
  const token = useSyncExternalStore(onSignInChange, () => tokenFor(service));
  const [problem, setProblem] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  // Made again when the language changes: English may have arrived since.
  const i18n = useMemo(() => createI18n({ lang: lang === "en" ? "en" : "zh" }), [lang]);
  const text = (key: string) => {
    const zh = String(i18n.t(key, { lng: "zh" }));
    const en = String(i18n.t(key, { lng: "en" }));
    if (lang === "en") return <span lang="en">{en}</span>;
    if (lang === "zh") return <span lang="zh-CN">{zh}</span>;
    return (
      <>
        <span lang="zh-CN">{zh}</span> <span lang="en">{en}</span>
      </>
    );
  };
  const signedIn = token !== undefined;
  return (
    // tb-root and tb-button: the form's type, colours, focus ring and control size, not the browser's defaults.
    <div className="tb-root tb-sign-in" data-signed-in={signedIn ? "true" : "false"}>
      <p className="tb-sign-in__status" role="status">
        {text(busy ? "ui.signIn.opening" : signedIn ? "ui.signIn.signedIn" : "ui.signIn.signedOut")}
        {problem === undefined ? null : <> {text(problem)}</>}
      </p>
      <button
        type="button"
        className="tb-button"
        disabled={busy}
        onClick={() => {
          setProblem(undefined);
          if (signedIn) {
            void signOut(service);
            return;
          }
          setBusy(true);
          void signIn(service).then((result) => {
            setBusy(false);
            if (result === "blocked") setProblem("ui.signIn.popupBlocked");
            if (result === "failed") setProblem("ui.signIn.failed");
          });
        }}
      >
        {text(signedIn ? "ui.signIn.signOut" : "ui.signIn.signIn")}
      </button>
    </div>
  );
}
