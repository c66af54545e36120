// The embed's sign-in when the form files to a reporting service on another origin: third-party
// cookies do not reach it there, so the filer signs in in a popup on the service's own origin
// (OAuth 2.0 authorization code with PKCE) and the form files with the access token. The token is
// kept in this page's memory only: never in storage, never in a URL; a reload signs the filer out.
// The OAuth client itself (sign-in.ts) is a chunk of its own, loaded when the filer signs in.

/** The reporting service's origin when `action` is on another origin than the page; else undefined. */
export function otherOrigin(action: string | undefined): string | undefined {
  if (action === undefined || typeof location === "undefined") return undefined;
  const origin = new URL(action, document.baseURI).origin;
  return origin === location.origin ? undefined : origin;
}

const tokens = new Map<string, string>();
const listeners = new Set<() => void>();

function setToken(service: string, token: string | undefined): void {
  if (token === undefined) tokens.delete(service);
  else tokens.set(service, token);
  for (const listener of listeners) listener();
}

/** The access token for `service`, while the filer is signed in. */
export function tokenFor(service: string): string | undefined {
  return tokens.get(service);
}

/** Calls `listener` when the filer signs in or out (of any service); answers the unsubscribe. */
export function onSignInChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets a token the service refused (expired, revoked): the filer is asked to sign in again. */
export function dropToken(service: string): void {
  setToken(service, undefined);
}

export type SignInResult = "signed-in" | "blocked" | "failed";

/**
 * Signs in to `service` in a popup. Call it from a click: the popup is opened before anything is
 * awaited, while the browser still counts the click as the reason for it.
 */
export async function signIn(service: string): Promise<SignInResult> {
  const popup = window.open("about:blank", "tianbiao-sign-in", "popup,width=520,height=720");
  if (popup === null) return "blocked";
  try {
    const { authorize } = await import("./sign-in");
    setToken(service, await authorize(service, popup));
    return "signed-in";
  } catch {
    if (!popup.closed) popup.close();
    return "failed";
  }
}

/** Signs out of `service`: the token is dropped at once, then revoked at the service. */
export async function signOut(service: string): Promise<void> {
  const token = tokens.get(service);
  setToken(service, undefined);
  if (token === undefined) return;
  const { revoke } = await import("./sign-in");
  await revoke(service, token).catch(() => undefined);
}
