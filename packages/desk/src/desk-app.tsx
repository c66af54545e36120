import type { LangMode, Submission, Text } from "@tianbiao/core";
import { clearDrafts, type SubmitDetails, type SubmitOutcome } from "@tianbiao/react";
import { lazy, Suspense, useCallback, useEffect, useId, useRef, useState } from "react";
import { ApiError, type DeskApi } from "./api";
import { DeskLang, InputField, Say, SelectField, useLang } from "./context";
import { EnterpriseDesk } from "./enterprise-desk";
import { FilingEditor } from "./filing-editor";
import { FilingReview } from "./filing-review";
import { type MessageKey, plainText, t } from "./messages";
import { ReviewerQueue } from "./reviewer-queue";
import { SignInForm } from "./sign-in";
import { formTable, formTables, tableOptions } from "./tables";
import type {
  Account,
  BulkApproval,
  DeskItem,
  DeskOverview,
  FieldChange,
  Filing,
  FilingFilter,
  FilingPage,
  FilingStatus,
  Summary,
} from "./types";

/** Where this browser keeps a filer's drafts: by enterprise (or user), then table and period. */
function draftPrefix(account: Account): string {
  return `desk:${account.creditCode ?? account.username}:`;
}

// The summaries and their charts (ECharts) load when a reviewer opens them, not with the desk.
const SummaryView = lazy(() => import("./summary-view").then((module) => ({ default: module.SummaryView })));

const langKey = "tianbiao:desk:lang";
const langs: LangMode[] = ["zh", "en", "bilingual"];

function savedLang(): LangMode {
  try {
    const saved = window.localStorage.getItem(langKey);
    return langs.includes(saved as LangMode) ? (saved as LangMode) : "bilingual";
  } catch {
    return "bilingual";
  }
}

/** The route in the address's hash: #/review/<id>, #/filing/<id>, #/file/<table>, or the desk's home. */
function readRoute(): string[] {
  return window.location.hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
}

function go(...parts: string[]): void {
  window.location.hash = parts.length ? `#/${parts.map(encodeURIComponent).join("/")}` : "#/";
}

export interface DeskAppProps {
  api: DeskApi;
}

/** The desk's shell: sign-in, language, and the enterprise's or the reviewer's desk by account kind. */
export function DeskApp({ api }: DeskAppProps) {
  const [lang, setLang] = useState<LangMode>(savedLang);
  const [account, setAccount] = useState<Account | null | undefined>(undefined);
  const [route, setRoute] = useState(readRoute);
  const [expired, setExpired] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const id = useId();

  useEffect(() => {
    const onHash = () => {
      setRoute(readRoute());
      mainRef.current?.focus();
    };
    window.addEventListener("hashchange", onHash);
    return () => window.removeEventListener("hashchange", onHash);
  }, []);
  useEffect(() => {
    api.session().then(
      (session) => setAccount(session.account),
      () => setAccount(null),
    );
  }, [api]);
  useEffect(() => {
    document.documentElement.lang = lang === "en" ? "en" : "zh-CN";
    try {
      window.localStorage.setItem(langKey, lang);
    } catch {
      // Private mode: the choice lasts for this page.
    }
  }, [lang]);

  const signIn = useCallback(
    async (username: string, password: string): Promise<MessageKey | undefined> => {
      try {
        const session = await api.signIn(username, password);
        setAccount(session.account);
        setExpired(false);
        return undefined;
      } catch (error) {
        return error instanceof ApiError ? "signIn.refused" : "desk.network";
      }
    },
    [api],
  );
  /** A request met an ended session: ask to sign in again, keep everything on the page. */
  const onExpired = useCallback(() => setExpired(true), []);

  return (
    <DeskLang.Provider value={lang}>
      <div className="desk" lang={lang === "en" ? "en" : "zh-CN"}>
        <header className="desk-bar">
          <p className="desk-brand">
            <a href="#/">
              <Say k="desk.title" />
            </a>
          </p>
          <div className="desk-field desk-lang">
            <label htmlFor={`${id}-lang`}>
              <Say k="desk.language" />
            </label>
            <select
              id={`${id}-lang`}
              value={lang}
              onChange={(event) => setLang(event.target.value as LangMode)}
            >
              {langs.map((l) => (
                <option key={l} value={l}>
                  {plainText(t(`desk.lang.${l}`), "zh")}
                </option>
              ))}
            </select>
          </div>
          {account ? (
            <div className="desk-account">
              <p className="desk-signed-in" data-kind={account.kind}>
                <Say k="signIn.signedIn" p={{ name: account.name }} />
              </p>
              <button
                type="button"
                className="tb-button"
                onClick={async () => {
                  await api.signOut().catch(() => undefined);
                  // What this filer left in this browser goes with them; their server drafts stay.
                  clearDrafts(draftPrefix(account));
                  setAccount(null);
                  go();
                }}
              >
                <Say k="signIn.signOut" />
              </button>
            </div>
          ) : null}
        </header>
        {account?.kind === "reviewer" ? (
          <nav className="desk-nav" aria-label={plainText(t("nav.label"), lang)}>
            <a href="#/" aria-current={route[0] === undefined ? "page" : undefined}>
              <Say k="nav.queue" />
            </a>
            <a href="#/summaries" aria-current={route[0] === "summaries" ? "page" : undefined}>
              <Say k="nav.summaries" />
            </a>
          </nav>
        ) : null}
        <main ref={mainRef} tabIndex={-1} className="desk-main">
          <h1 className="tb-visually-hidden">
            <Say k="desk.title" />
          </h1>
          {account === undefined ? (
            <Loading />
          ) : account === null ? (
            <SignInForm onSignIn={signIn} />
          ) : (
            <>
              {expired ? <SignInForm onSignIn={signIn} notice="signIn.expired" /> : null}
              {account.kind === "enterprise" ? (
                <EnterpriseArea api={api} account={account} route={route} onExpired={onExpired} />
              ) : (
                <ReviewerArea api={api} account={account} route={route} onExpired={onExpired} />
              )}
            </>
          )}
        </main>
      </div>
    </DeskLang.Provider>
  );
}

function useFailure(onExpired: () => void) {
  const [failure, setFailure] = useState<Text | undefined>();
  const fail = useCallback(
    (error: unknown) => {
      if (error instanceof ApiError && error.signInNeeded) onExpired();
      setFailure(
        error instanceof ApiError
          ? (error.serviceMessage ?? t("desk.failed", { status: error.status }))
          : t("desk.network"),
      );
    },
    [onExpired],
  );
  const clear = useCallback(() => setFailure(undefined), []);
  return { failure, fail, clear };
}

function Failure({ text }: { text: Text | undefined }) {
  const lang = useLang();
  return text ? (
    <p className="desk-error" role="alert">
      {plainText(text, lang)}
    </p>
  ) : null;
}

interface AreaProps {
  api: DeskApi;
  account: Account;
  route: string[];
  onExpired: () => void;
}

/** Falls back to the filings list when the service has no /api/desk yet: filed tables, then the rest. */
async function loadDesk(api: DeskApi): Promise<DeskOverview> {
  try {
    return await api.desk();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  const page = await api.list({ limit: 100 });
  const filed: DeskItem[] = page.items.map((item) => ({
    table: item.table,
    title: formTable(item.table)?.title ?? { zh: item.table, en: item.table },
    period: item.period ?? "",
    due: "",
    status: item.status,
    overdue: false,
    filingId: item.id,
    revision: item.revision,
  }));
  const rest: DeskItem[] = formTables()
    .filter((table) => !filed.some((item) => item.table === table.id))
    .map((table) => ({
      table: table.id,
      title: table.title,
      period: "",
      due: "",
      status: "not_filed",
      overdue: false,
    }));
  return { today: new Date().toISOString().slice(0, 10), items: [...filed, ...rest] };
}

function EnterpriseArea({ api, account, route, onExpired }: AreaProps) {
  const [desk, setDesk] = useState<DeskOverview | undefined>();
  const [filing, setFiling] = useState<Filing | undefined>();
  const [viewing, setViewing] = useState<{ number: number; values: Submission } | undefined>();
  const { failure, fail, clear } = useFailure(onExpired);
  const [view, target, period] = route;
  const attempt = useRef<{ body: string; key: string } | undefined>(undefined);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (view !== undefined) return;
    loadDesk(api).then(setDesk, fail);
  }, [api, view, fail]);
  useEffect(() => {
    setFiling(undefined);
    setViewing(undefined);
    clear();
    if (view === "filing" && target) api.filing(target).then(setFiling, fail);
  }, [api, view, target, fail, clear]);

  const submit = useCallback(
    async (tableId: string, values: Submission, details: SubmitDetails): Promise<SubmitOutcome> => {
      const body = JSON.stringify({ tableId, values, warnings: details.warnings });
      if (attempt.current?.body !== body) attempt.current = { body, key: crypto.randomUUID() };
      // A draft save still waiting would bring back the draft the filing clears.
      clearTimeout(saveTimer.current);
      try {
        const filed = await api.file(tableId, values, details.warnings, attempt.current.key);
        attempt.current = undefined;
        // The form shows its own confirmation; the list shows the new status when the filer goes back.
        return { ok: true, reference: filed.id };
      } catch (error) {
        if (error instanceof ApiError && error.signInNeeded) {
          onExpired();
          return { ok: false, message: t("signIn.expired") };
        }
        if (error instanceof ApiError) {
          return { ok: false, message: error.serviceMessage ?? t("desk.failed", { status: error.status }) };
        }
        return { ok: false, messageKey: "ui.submit.network" };
      }
    },
    [api, onExpired],
  );

  // A draft kept on the server for a table and period: loaded when the form opens (another computer's
  // work carries on here), saved a moment after the typing pauses.
  const [serverDraft, setServerDraft] = useState<{ values?: Submission; savedAt?: string } | undefined>();
  useEffect(() => {
    setServerDraft(undefined);
    if (view !== "file" || !target || !period) return;
    api.draft(target, period).then(
      (found) => setServerDraft(found ?? {}),
      () => setServerDraft({}),
    );
  }, [api, view, target, period]);
  useEffect(() => () => clearTimeout(saveTimer.current), []);
  const keepDraft = useCallback(
    (tableId: string, draftPeriod: string, values: Submission) => {
      clearTimeout(saveTimer.current);
      saveTimer.current = setTimeout(() => {
        api.saveDraft(tableId, draftPeriod, values).catch((error: unknown) => {
          // The browser's own draft still holds the values; an ended session is said when filing.
          if (error instanceof ApiError && error.signInNeeded) onExpired();
        });
      }, 1500);
    },
    [api, onExpired],
  );

  const key = (tableId: string, suffix: string) => `${draftPrefix(account)}${tableId}:${suffix}`;

  if (view === "file" && target) {
    const table = formTable(target);
    if (!table) return <Failure text={t("desk.failed", { status: 404 })} />;
    return (
      <>
        <BackLink />
        {period === undefined || serverDraft !== undefined ? (
          <FilingEditor
            key={serverDraft?.savedAt ?? "new"}
            table={table}
            value={serverDraft?.values ?? { creditCode: account.creditCode ?? "" }}
            draftKey={key(table.id, period ?? "new")}
            onSubmit={(values, details) => submit(table.id, values, details)}
            {...(period ? { onChange: (values: Submission) => keepDraft(table.id, period, values) } : {})}
          />
        ) : (
          <Loading />
        )}
      </>
    );
  }
  if (view === "filing") {
    const table = filing ? formTable(filing.table) : undefined;
    return (
      <>
        <BackLink />
        <Failure text={failure} />
        {filing && table ? (
          <FilingEditor
            key={`${filing.id}:${filing.revision}`}
            table={table}
            filing={filing}
            draftKey={key(table.id, `${filing.id}:${filing.revision}`)}
            onSubmit={(values, details) => submit(table.id, values, details)}
            viewing={viewing}
            onViewRevision={(number) =>
              api.revision(filing.id, number).then((r) => setViewing({ number, values: r.values }), fail)
            }
            onCloseRevision={() => setViewing(undefined)}
          />
        ) : failure ? null : (
          <Loading />
        )}
      </>
    );
  }
  return (
    <>
      <Failure text={failure} />
      {desk ? (
        <EnterpriseDesk
          today={desk.today}
          items={desk.items}
          onOpen={(item) =>
            item.filingId
              ? go("filing", item.filingId)
              : go("file", item.table, ...(item.period ? [item.period] : []))
          }
        />
      ) : failure ? null : (
        <Loading />
      )}
    </>
  );
}

function Loading() {
  return (
    <p role="status">
      <Say k="desk.loading" />
    </p>
  );
}

function BackLink() {
  return (
    <p>
      <a href="#/">
        <Say k="desk.back" />
      </a>
    </p>
  );
}

function ReviewerArea({ api, account, route, onExpired }: AreaProps) {
  const own = (account.level ?? undefined) as FilingStatus | undefined;
  const [filter, setFilter] = useState<FilingFilter>(own ? { status: own } : {});
  const [page, setPage] = useState<FilingPage | undefined>();
  const [outcome, setOutcome] = useState<BulkApproval | undefined>();
  const [filing, setFiling] = useState<Filing | undefined>();
  const [changes, setChanges] = useState<FieldChange[] | undefined>();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Text | undefined>();
  const { failure, fail, clear } = useFailure(onExpired);
  const [view, target] = route;

  const loadQueue = useCallback(
    () => api.list({ ...filter, limit: 100 }).then(setPage, fail),
    [api, filter, fail],
  );
  const loadFiling = useCallback(
    async (id: string) => {
      try {
        const found = await api.filing(id);
        setFiling(found);
        setChanges(
          found.revision > 1 ? await api.changes(id, found.revision - 1, found.revision) : undefined,
        );
      } catch (error) {
        fail(error);
      }
    },
    [api, fail],
  );
  useEffect(() => {
    if (view === undefined) loadQueue();
  }, [view, loadQueue]);
  useEffect(() => {
    setFiling(undefined);
    setNotice(undefined);
    clear();
    if (view === "review" && target) loadFiling(target);
  }, [view, target, loadFiling, clear]);

  const act = async (work: () => Promise<Text>) => {
    setBusy(true);
    clear();
    try {
      setNotice(await work());
      if (target) await loadFiling(target);
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };

  if (view === "summaries") return <SummariesArea api={api} route={route} onExpired={onExpired} />;
  if (view === "review") {
    const table = filing ? formTable(filing.table) : undefined;
    return (
      <>
        <BackLink />
        <Failure text={failure} />
        {filing && table ? (
          <FilingReview
            filing={filing}
            table={table}
            changes={changes}
            level={account.level ?? null}
            busy={busy}
            notice={notice}
            onApprove={() =>
              act(async () => {
                const after = await api.review(filing.id, "approve");
                return t("review.approved", { status: t(`status.${after.status}`) });
              })
            }
            onReturn={(reason) =>
              act(async () => {
                await api.review(filing.id, "return", reason);
                return t("review.returnedDone");
              })
            }
            onComment={(body) =>
              act(async () => {
                await api.comment(filing.id, body);
                return t("review.commented");
              })
            }
          />
        ) : failure ? null : (
          <Loading />
        )}
      </>
    );
  }
  const districts = [...new Set((page?.items ?? []).map((item) => item.filer.regionCode))].map((code) => ({
    code,
    name: { zh: code, en: code },
  }));
  return (
    <>
      <Failure text={failure} />
      {page ? (
        <ReviewerQueue
          items={page.items}
          total={page.total}
          filter={filter}
          districts={districts}
          ownStatus={own}
          busy={busy}
          outcome={outcome}
          onFilter={setFilter}
          onOpen={(id) => go("review", id)}
          onApproveMany={async (ids) => {
            setBusy(true);
            try {
              setOutcome(await approveMany(api, ids));
              await loadQueue();
            } catch (error) {
              fail(error);
            } finally {
              setBusy(false);
            }
          }}
        />
      ) : failure ? null : (
        <Loading />
      )}
    </>
  );
}

/** POST /api/reviews; one by one where the service has no bulk route yet. */
async function approveMany(api: DeskApi, ids: string[]): Promise<BulkApproval> {
  try {
    return await api.approveMany(ids);
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 404) throw error;
  }
  const outcome: BulkApproval = { approved: [], skipped: [] };
  for (const id of ids) {
    try {
      await api.review(id, "approve");
      outcome.approved.push(id);
    } catch (error) {
      outcome.skipped.push({ id, reason: error instanceof ApiError ? error.code : "network" });
    }
  }
  return outcome;
}

/** The month before today's, as a monthly table's period: YYYY-MM. */
function lastMonth(): string {
  const date = new Date();
  date.setDate(1);
  date.setMonth(date.getMonth() - 1);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}`;
}

/** 汇总: pick a table and period (#/summaries/<table>/<period>/<region>), then drill down by region. */
function SummariesArea({ api, route, onExpired }: Omit<AreaProps, "account">) {
  const lang = useLang();
  const [, tableId = "enterprise-2", period = lastMonth(), region = ""] = route;
  const [summary, setSummary] = useState<Summary | undefined>();
  const { failure, fail, clear } = useFailure(onExpired);
  useEffect(() => {
    setSummary(undefined);
    clear();
    api.summary(tableId, period, region || undefined).then(setSummary, fail);
  }, [api, tableId, period, region, fail, clear]);
  const query = new URLSearchParams({ period, ...(region ? { region } : {}) });
  return (
    <>
      <form
        className="desk-panel desk-filters"
        aria-label={plainText(t("summary.title"), lang)}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          go("summaries", String(data.get("table")), String(data.get("period")).trim() || period);
        }}
      >
        <SelectField label="summary.table" name="table" defaultValue={tableId} options={tableOptions()} />
        <InputField label="summary.period" name="period" defaultValue={period} placeholder="2024-11" />
        <button type="submit" className="tb-button tb-button-primary">
          <Say k="summary.show" />
        </button>
      </form>
      <Failure text={failure} />
      {summary ? (
        <Suspense fallback={<Loading />}>
          <SummaryView
            summary={summary}
            onRegion={(code) => go("summaries", tableId, period, ...(code ? [code] : []))}
            downloads={{
              summary: api.url(`/api/summaries/${encodeURIComponent(tableId)}.xlsx?${query}`),
              filings: api.url(`/api/tables/${encodeURIComponent(tableId)}/submissions.xlsx`),
            }}
          />
        </Suspense>
      ) : failure ? null : (
        <Loading />
      )}
    </>
  );
}
