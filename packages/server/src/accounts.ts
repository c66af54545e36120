import { randomUUID } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";
import { validateIdentifier } from "@tianbiao/codes";
import type { Kysely } from "kysely";
import type { Account, AccountKind, Database, ReviewLevel } from "./db/schema";

/** The review chain, lowest level first: 区县 → 地市 → 省级 → 商务部. */
export const reviewLevels: readonly ReviewLevel[] = ["district", "city", "province", "ministry"];

/** How many digits of 区划代码 each level's region has: 6 a county, 4 a city, 2 a province, none all. */
export const regionDigits: Readonly<Record<ReviewLevel, number>> = {
  district: 6,
  city: 4,
  province: 2,
  ministry: 0,
};

/** Shortest password accepted when an account is created or reset. */
export const minPasswordLength = 12;

/** Consecutive failed sign-ins after which the account waits, and after which it is locked. */
export const signInPolicy = {
  /** From this many failures on, each further try must wait `slowSeconds` × 2^(failures − slowAfter). */
  slowAfter: 3,
  slowSeconds: 5,
  lockAfter: 6,
  lockMinutes: 15,
} as const;

/** What a new account needs; the kind decides which of the optional parts are required. */
export type AccountInput =
  | {
      kind: "enterprise";
      creditCode: string;
      name: string;
      regionCode: string;
      contact?: Record<string, string>;
      password?: string;
    }
  | {
      kind: "reviewer";
      username: string;
      name: string;
      level: ReviewLevel;
      regionCode: string;
      contact?: Record<string, string>;
      password?: string;
    }
  | { kind: "admin"; username: string; name: string; contact?: Record<string, string>; password?: string };

/** Why an account could not be created, by field. */
export class AccountInputError extends Error {
  constructor(
    readonly field: string,
    readonly reason: "required" | "creditCode" | "regionCode" | "level" | "password" | "username" | "taken",
  ) {
    super(`${field}: ${reason}`);
  }
}

const usernamePattern = /^[a-z0-9][a-z0-9._-]{1,63}$/;

/** Argon2id with the library's defaults (19 MiB, 2 passes), as OWASP recommends. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function passwordMatches(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

// Compared against when the name is unknown, so that an unknown name takes as long as a wrong password.
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomUUID());
  return decoy;
}

function checkPassword(password: string | undefined): void {
  if (password !== undefined && [...password].length < minPasswordLength) {
    throw new AccountInputError("password", "password");
  }
}

/** Checks an account's input and gives the row to insert (without its password hash). */
export function accountRow(
  input: AccountInput,
  now: Date,
): Omit<Account, "password_hash"> & { password_hash: null } {
  checkPassword(input.password);
  const name = input.name.trim();
  if (name === "" || name.length > 100) throw new AccountInputError("name", "required");
  const base = {
    id: randomUUID(),
    kind: input.kind as AccountKind,
    display_name: name,
    password_hash: null,
    contact: input.contact ?? {},
    disabled: false,
    failed_sign_ins: 0,
    locked_until: null,
    oidc_issuer: null,
    oidc_subject: null,
    created_at: now,
  };
  if (input.kind === "enterprise") {
    const code = input.creditCode.trim().toUpperCase();
    if (!validateIdentifier("uscc", code).ok) throw new AccountInputError("creditCode", "creditCode");
    if (!/^\d{6}(\d{3}|\d{6})?$/.test(input.regionCode))
      throw new AccountInputError("regionCode", "regionCode");
    return {
      ...base,
      username: code.toLowerCase(),
      credit_code: code,
      region_code: input.regionCode,
      level: null,
    };
  }
  const username = input.username.trim().toLowerCase();
  if (!usernamePattern.test(username)) throw new AccountInputError("username", "username");
  if (input.kind === "reviewer") {
    if (!reviewLevels.includes(input.level)) throw new AccountInputError("level", "level");
    const digits = regionDigits[input.level];
    if (!new RegExp(`^\\d{${digits}}$`).test(input.regionCode))
      throw new AccountInputError("regionCode", "regionCode");
    return { ...base, username, credit_code: null, region_code: input.regionCode, level: input.level };
  }
  return { ...base, username, credit_code: null, region_code: null, level: null };
}

/** Accounts in the store. */
export class Accounts {
  constructor(private readonly db: Kysely<Database>) {}

  async create(input: AccountInput, now = new Date()): Promise<Account> {
    const row = accountRow(input, now);
    const password_hash = input.password === undefined ? null : await hashPassword(input.password);
    const inserted = await this.db
      .insertInto("accounts")
      .values({ ...row, contact: JSON.stringify(row.contact), password_hash })
      .onConflict((c) => c.doNothing())
      .returningAll()
      .executeTakeFirst();
    if (inserted === undefined)
      throw new AccountInputError(input.kind === "enterprise" ? "creditCode" : "username", "taken");
    return inserted;
  }

  byId(id: string): Promise<Account | undefined> {
    if (!isUuid(id)) return Promise.resolve(undefined);
    return this.db.selectFrom("accounts").selectAll().where("id", "=", id).executeTakeFirst();
  }

  byUsername(username: string): Promise<Account | undefined> {
    return this.db
      .selectFrom("accounts")
      .selectAll()
      .where("username", "=", username.trim().toLowerCase())
      .executeTakeFirst();
  }

  bySubject(issuer: string, subject: string): Promise<Account | undefined> {
    return this.db
      .selectFrom("accounts")
      .selectAll()
      .where("oidc_issuer", "=", issuer)
      .where("oidc_subject", "=", subject)
      .executeTakeFirst();
  }

  list(): Promise<Account[]> {
    return this.db.selectFrom("accounts").selectAll().orderBy("kind").orderBy("username").execute();
  }

  async count(): Promise<number> {
    const row = await this.db
      .selectFrom("accounts")
      .select((eb) => eb.fn.countAll<number>().as("n"))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  /** Records a failed sign-in; answers the failures so far and until when the account is locked. */
  async recordFailure(id: string, now: Date): Promise<{ failures: number; lockedUntil: Date | null }> {
    const row = await this.db
      .updateTable("accounts")
      .set((eb) => ({ failed_sign_ins: eb("failed_sign_ins", "+", 1) }))
      .where("id", "=", id)
      .returning(["failed_sign_ins"])
      .executeTakeFirstOrThrow();
    const failures = row.failed_sign_ins;
    let lockedUntil: Date | null = null;
    if (failures >= signInPolicy.lockAfter) {
      lockedUntil = new Date(now.getTime() + signInPolicy.lockMinutes * 60_000);
    } else if (failures >= signInPolicy.slowAfter) {
      lockedUntil = new Date(
        now.getTime() + signInPolicy.slowSeconds * 1000 * 2 ** (failures - signInPolicy.slowAfter),
      );
    }
    if (lockedUntil !== null) {
      await this.db.updateTable("accounts").set({ locked_until: lockedUntil }).where("id", "=", id).execute();
    }
    return { failures, lockedUntil };
  }

  async recordSuccess(id: string): Promise<void> {
    await this.db
      .updateTable("accounts")
      .set({ failed_sign_ins: 0, locked_until: null })
      .where("id", "=", id)
      .execute();
  }

  async setDisabled(id: string, disabled: boolean): Promise<Account | undefined> {
    return this.db
      .updateTable("accounts")
      .set({ disabled })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
  }

  /** Sets a new password and lifts any lock. */
  async resetPassword(id: string, password: string): Promise<Account | undefined> {
    checkPassword(password);
    const password_hash = await hashPassword(password);
    return this.db
      .updateTable("accounts")
      .set({ password_hash, failed_sign_ins: 0, locked_until: null })
      .where("id", "=", id)
      .returningAll()
      .executeTakeFirst();
  }

  async bindSubject(id: string, issuer: string, subject: string): Promise<void> {
    await this.db
      .updateTable("accounts")
      .set({ oidc_issuer: issuer, oidc_subject: subject })
      .where("id", "=", id)
      .execute();
  }
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `id` has the form of the ids this service makes (a lowercase UUID). */
export function isUuid(id: string): boolean {
  return uuidPattern.test(id);
}

/** What an account looks like outside the server: never its password hash. */
export function publicAccount(account: Account): Record<string, unknown> {
  return {
    id: account.id,
    kind: account.kind,
    username: account.username,
    name: account.display_name,
    creditCode: account.credit_code,
    regionCode: account.region_code,
    level: account.level,
    contact: account.contact,
    disabled: account.disabled,
    locked: account.locked_until !== null && account.failed_sign_ins >= signInPolicy.lockAfter,
    singleSignOn: account.oidc_subject !== null,
    createdAt: new Date(account.created_at).toISOString(),
  };
}
