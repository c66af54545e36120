import * as client from "openid-client";

/** Single sign-on through an OpenID provider, e.g. a province's 统一身份认证 platform. */
export interface OidcOptions {
  /** The provider's issuer URL (its discovery document is at /.well-known/openid-configuration). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** This service's callback, as registered with the provider: https://…/api/auth/oidc/callback. */
  redirectUri: string;
  /**
   * The ID token claim that names the account: its value is compared with the accounts' sign-in
   * names (an enterprise's credit code, a reviewer's user name). The first sign-in binds the
   * provider's subject to the account; later ones go by the subject.
   */
  claim: string;
  scope?: string;
}

function loopback(url: URL): boolean {
  return ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

/** Reads the provider's settings from the environment; undefined when single sign-on is off. */
export function oidcOptionsFromEnv(env: NodeJS.ProcessEnv): OidcOptions | undefined {
  const issuer = env.TIANBIAO_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const need = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`${name} must be set when TIANBIAO_OIDC_ISSUER is`);
    return value;
  };
  return {
    issuer,
    clientId: need("TIANBIAO_OIDC_CLIENT_ID"),
    clientSecret: need("TIANBIAO_OIDC_CLIENT_SECRET"),
    redirectUri: need("TIANBIAO_OIDC_REDIRECT_URI"),
    claim: env.TIANBIAO_OIDC_CLAIM?.trim() || "preferred_username",
    ...(env.TIANBIAO_OIDC_SCOPE ? { scope: env.TIANBIAO_OIDC_SCOPE } : {}),
  };
}

/** The authorization code flow with PKCE, state and nonce, through openid-client. */
export class SingleSignOn {
  private configuration: Promise<client.Configuration> | undefined;

  constructor(readonly options: OidcOptions) {}

  private config(): Promise<client.Configuration> {
    this.configuration ??= (async () => {
      const issuer = new URL(this.options.issuer);
      // Plain HTTP only to a provider on this machine (tests and demos); anything else must be HTTPS.
      const execute = issuer.protocol === "http:" && loopback(issuer) ? [client.allowInsecureRequests] : [];
      // client_secret_basic, the standard's default: openid-client's own is client_secret_post,
      // which a provider that registered the client for the default may refuse.
      const { clientId, clientSecret } = this.options;
      return client.discovery(issuer, clientId, clientSecret, client.ClientSecretBasic(clientSecret), {
        execute,
      });
    })();
    this.configuration.catch(() => {
      this.configuration = undefined;
    });
    return this.configuration;
  }

  /** Where to send the browser, and what to keep in the session until it comes back. */
  async start(): Promise<{ url: URL; state: string; nonce: string; verifier: string }> {
    const config = await this.config();
    const verifier = client.randomPKCECodeVerifier();
    const state = client.randomState();
    const nonce = client.randomNonce();
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.options.redirectUri,
      scope: this.options.scope ?? "openid profile",
      code_challenge: await client.calculatePKCECodeChallenge(verifier),
      code_challenge_method: "S256",
      state,
      nonce,
    });
    return { url, state, nonce, verifier };
  }

  /**
   * Checks the provider's answer and returns who signed in: the subject, and the mapped claim from
   * the ID token or else from the userinfo endpoint (checked to be about the same subject).
   */
  async finish(
    callbackUrl: URL,
    kept: { state: string; nonce: string; verifier: string },
  ): Promise<{ issuer: string; subject: string; name: string | undefined }> {
    const config = await this.config();
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      pkceCodeVerifier: kept.verifier,
      expectedState: kept.state,
      expectedNonce: kept.nonce,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (claims === undefined) throw new Error("the provider returned no ID token");
    let value = claims[this.options.claim];
    // With an access token, a conforming provider may release scope claims (profile's
    // preferred_username among them) only at its userinfo endpoint, never in the ID token.
    if (value === undefined && config.serverMetadata().userinfo_endpoint !== undefined) {
      const userInfo = await client.fetchUserInfo(config, tokens.access_token, claims.sub);
      value = userInfo[this.options.claim];
    }
    return {
      issuer: claims.iss,
      subject: claims.sub,
      name: typeof value === "string" && value.trim() !== "" ? value.trim() : undefined,
    };
  }
}
