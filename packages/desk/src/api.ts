import type { Submission } from "@tianbiao/core";
import type {
  BulkApproval,
  DeskOverview,
  FieldChange,
  Filing,
  FilingFilter,
  FilingPage,
  FilingRevision,
  Session,
  Summary,
} from "./types";

/** A refusal from the reporting service, in its error shape (`code`, bilingual `message`, per-field `errors`). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly body: Record<string, unknown>,
  ) {
    super(`${status} ${code}`);
  }
  /** The service's bilingual message, when it sent one. */
  get serviceMessage(): { zh: string; en: string } | undefined {
    const message = (this.body.error as { message?: { zh?: unknown; en?: unknown } } | undefined)?.message;
    return typeof message?.zh === "string" && typeof message.en === "string"
      ? { zh: message.zh, en: message.en }
      : undefined;
  }
  /** The session ended (idle, signed out elsewhere): sign in again, then retry. */
  get signInNeeded(): boolean {
    return this.status === 401;
  }
}

export interface DeskApiOptions {
  /** Where the reporting service answers; the page's own origin when absent. */
  base?: string;
  fetch?: typeof fetch;
}

/** The desks' typed client for the reporting service; cookie sessions, CSRF header on writes. */
export class DeskApi {
  private readonly base: string;
  private readonly fetcher: typeof fetch;
  private csrf: string | undefined;

  constructor(options: DeskApiOptions = {}) {
    this.base = options.base ?? "";
    this.fetcher = options.fetch ?? ((input, init) => fetch(input, init));
  }

  /** The address of a download (the .xlsx exports), for a plain link. */
  url(path: string): string {
    return `${this.base}${path}`;
  }

  private async call<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const write = method !== "GET";
    if (write && this.csrf === undefined && path !== "/api/session")
      await this.session().catch(() => undefined);
    const response = await this.fetcher(this.url(path), {
      method,
      credentials: "include",
      headers: {
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
        ...(write && this.csrf ? { "x-csrf-token": this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    let answer: Record<string, unknown> = {};
    try {
      answer = text ? (JSON.parse(text) as Record<string, unknown>) : {};
    } catch {
      answer = {};
    }
    if (!response.ok) {
      const error = answer.error as { code?: unknown; message?: unknown } | undefined;
      const code = typeof error?.code === "string" ? error.code : "";
      throw new ApiError(response.status, code, answer);
    }
    return answer as T;
  }

  async session(): Promise<Session> {
    const session = await this.call<Session>("GET", "/api/session");
    this.csrf = session.csrfToken;
    return session;
  }

  async signIn(username: string, password: string): Promise<Session> {
    const session = await this.call<Session>("POST", "/api/session", { username, password });
    this.csrf = session.csrfToken;
    return session;
  }

  async signOut(): Promise<void> {
    await this.call("DELETE", "/api/session");
    this.csrf = undefined;
  }

  desk(): Promise<DeskOverview> {
    return this.call("GET", "/api/desk");
  }

  list(filter: FilingFilter = {}): Promise<FilingPage> {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(filter)) {
      if (value !== undefined && value !== "") query.set(key, String(value));
    }
    const search = query.toString();
    return this.call("GET", `/api/submissions${search ? `?${search}` : ""}`);
  }

  filing(id: string): Promise<Filing> {
    return this.call("GET", `/api/submissions/${encodeURIComponent(id)}`);
  }

  revision(id: string, number: number): Promise<FilingRevision> {
    return this.call("GET", `/api/submissions/${encodeURIComponent(id)}/revisions/${number}`);
  }

  async changes(id: string, from: number, to: number): Promise<FieldChange[]> {
    const answer = await this.call<{ changes: FieldChange[] }>(
      "GET",
      `/api/submissions/${encodeURIComponent(id)}/changes?from=${from}&to=${to}`,
    );
    return answer.changes;
  }

  review(id: string, action: "approve" | "return", reason?: string): Promise<Filing> {
    return this.call("POST", `/api/submissions/${encodeURIComponent(id)}/review`, {
      action,
      ...(reason === undefined ? {} : { reason }),
    });
  }

  comment(id: string, body: string): Promise<unknown> {
    return this.call("POST", `/api/submissions/${encodeURIComponent(id)}/comments`, { body });
  }

  approveMany(ids: string[]): Promise<BulkApproval> {
    return this.call("POST", "/api/reviews", { ids, action: "approve" });
  }

  /** Files a table (a first filing or a new revision); the key makes a retry answer what the first try did. */
  file(
    tableId: string,
    values: Submission,
    warnings: unknown[],
    idempotencyKey: string,
  ): Promise<{ id: string; revision?: number; status?: string }> {
    return this.call(
      "POST",
      `/api/submissions/${encodeURIComponent(tableId)}`,
      { values, warnings },
      { "idempotency-key": idempotencyKey },
    );
  }

  /** The enterprise's draft of a table and period kept on the server; undefined when there is none. */
  async draft(tableId: string, period: string): Promise<{ values: Submission; savedAt: string } | undefined> {
    try {
      return await this.call("GET", this.draftPath(tableId, period));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) return undefined;
      throw error;
    }
  }

  /** Keeps a draft on the server (30 days), so the filer can carry on from another computer. */
  saveDraft(tableId: string, period: string, values: Submission): Promise<{ savedAt: string }> {
    return this.call("PUT", this.draftPath(tableId, period), { values, savedAt: new Date().toISOString() });
  }

  private draftPath(tableId: string, period: string): string {
    return `/api/drafts/${encodeURIComponent(tableId)}/${encodeURIComponent(period)}`;
  }

  summary(tableId: string, period: string, region?: string): Promise<Summary> {
    const query = new URLSearchParams({ period, ...(region ? { region } : {}) });
    return this.call("GET", `/api/summaries/${encodeURIComponent(tableId)}?${query}`);
  }
}
