import * as oauth from "oauth4webapi";

// The OAuth client of the embed's sign-in (oauth4webapi): authorization code with PKCE (S256), the
// client being this page's origin, which the service registers from its TIANBIAO_ALLOWED_ORIGINS.
// Loaded only when the filer signs in.

/** Plain HTTP is allowed for a service on this machine only (the demo and the tests). */
function transport(url: URL): { [oauth.allowInsecureRequests]?: boolean } {
  const loopback = url.hostname === "localhost" || url.hostname === "[::1]" || /^127\./.test(url.hostname);
  return url.protocol === "http:" && loopback ? { [oauth.allowInsecureRequests]: true } : {};
}

async function serverMetadata(service: string): Promise<oauth.AuthorizationServer> {
  const issuer = new URL(`${service}/oauth`);
  const response = await oauth.discoveryRequest(issuer, { algorithm: "oidc", ...transport(issuer) });
  return oauth.processDiscoveryResponse(issuer, response);
}

const client = (): oauth.Client => ({ client_id: location.origin });

/** The callback's query, posted by the service's return page in `popup`; rejects if the popup closes. */
function answerFrom(popup: Window, service: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent) => {
      if (event.source !== popup || event.origin !== service) return;
      const data = event.data as { type?: unknown; search?: unknown } | null;
      if (data?.type !== "tianbiao:signed-in" || typeof data.search !== "string") return;
      stop();
      resolve(data.search);
    };
    // A popup closed by the filer sends nothing: its closing is the answer.
    const watch = setInterval(() => {
      if (popup.closed) {
        stop();
        reject(new Error("sign-in window closed"));
      }
    }, 500);
    const stop = () => {
      window.removeEventListener("message", onMessage);
      clearInterval(watch);
    };
    window.addEventListener("message", onMessage);
  });
}

/** Runs the sign-in in `popup` (already open, from the filer's click); answers the access token. */
export async function authorize(service: string, popup: Window): Promise<string> {
  const as = await serverMetadata(service);
  const issuer = new URL(as.issuer);
  const redirectUri = `${as.issuer}/callback?origin=${encodeURIComponent(location.origin)}`;
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const url = new URL(as.authorization_endpoint as string);
  url.search = new URLSearchParams({
    client_id: location.origin,
    redirect_uri: redirectUri,
    response_type: "code",
    scope: "filing",
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: "S256",
    state,
    // Always the password: a sign-in kept in the popup would let the next person on this computer in.
    prompt: "login",
  }).toString();
  popup.location.href = url.href;
  const search = await answerFrom(popup, service);
  popup.close();
  const params = oauth.validateAuthResponse(as, client(), new URL(`${as.issuer}/callback${search}`), state);
  const response = await oauth.authorizationCodeGrantRequest(
    as,
    client(),
    oauth.None(),
    params,
    redirectUri,
    verifier,
    transport(issuer),
  );
  const result = await oauth.processAuthorizationCodeResponse(as, client(), response);
  return result.access_token;
}

/** Revokes `token` at the service (signing out of the embed). */
export async function revoke(service: string, token: string): Promise<void> {
  const as = await serverMetadata(service);
  const response = await oauth.revocationRequest(
    as,
    client(),
    oauth.None(),
    token,
    transport(new URL(as.issuer)),
  );
  await oauth.processRevocationResponse(response);
}
