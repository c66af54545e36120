import { type Accounts, decoyHash, passwordMatches, signInPolicy } from "./accounts";
import type { AuditLog } from "./audit";
import type { Account } from "./db/schema";
import { HttpError } from "./errors";
import { apiMessages } from "./messages";

/**
 * The password check every sign-in goes through (the API's session and the embed's sign-in window):
 * an unknown name costs the same as a wrong password, failures slow and then lock the account, a
 * disabled account is refused, and each outcome is in the audit trail. Answers the account, or
 * throws the refusal as an HttpError.
 */
export async function checkPassword(
  context: { accounts: Accounts; audit: AuditLog },
  username: string,
  password: string,
  address: string | null,
  at: Date,
): Promise<Account> {
  const { accounts, audit } = context;
  const account = await accounts.byUsername(username);
  if (account === undefined) {
    await passwordMatches(await decoyHash(), password);
    await audit.record({
      actor: null,
      actorName: username.trim().toLowerCase(),
      action: "sign-in.failed",
      address,
    });
    throw new HttpError(401, "bad_credentials", apiMessages.badCredentials());
  }
  if (account.locked_until !== null && new Date(account.locked_until) > at) {
    const until = new Date(account.locked_until);
    const seconds = Math.ceil((until.getTime() - at.getTime()) / 1000);
    await audit.record({
      actor: null,
      actorName: account.username,
      accountId: account.id,
      action: "sign-in.refused-locked",
      address,
    });
    const locked = account.failed_sign_ins >= signInPolicy.lockAfter;
    throw new HttpError(
      429,
      locked ? "account_locked" : "sign_in_slowed",
      locked ? apiMessages.accountLocked(until) : apiMessages.signInSlowed(seconds),
      { "retry-after": String(seconds) },
    );
  }
  if (!(await passwordMatches(account.password_hash, password))) {
    const { failures, lockedUntil } = await accounts.recordFailure(account.id, at);
    await audit.record({
      actor: null,
      actorName: account.username,
      accountId: account.id,
      action: "sign-in.failed",
      address,
      detail: { failures },
    });
    if (lockedUntil !== null && failures >= signInPolicy.lockAfter) {
      throw new HttpError(429, "account_locked", apiMessages.accountLocked(lockedUntil), {
        "retry-after": String(Math.ceil((lockedUntil.getTime() - at.getTime()) / 1000)),
      });
    }
    throw new HttpError(401, "bad_credentials", apiMessages.badCredentials());
  }
  await refuseDisabled(audit, account, address);
  await accounts.recordSuccess(account.id);
  return account;
}

/** A disabled account signs in by no route: the refusal is audited and answers 403. */
export async function refuseDisabled(
  audit: AuditLog,
  account: Account,
  address: string | null,
): Promise<void> {
  if (!account.disabled) return;
  await audit.record({
    actor: null,
    actorName: account.username,
    accountId: account.id,
    action: "sign-in.refused-disabled",
    address,
  });
  throw new HttpError(403, "account_disabled", apiMessages.accountDisabled());
}
