// oidc-provider ships no types; these are the parts the embed's sign-in and the single sign-on test use.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  /** What the provider keeps of one object (interaction, code, token, grant…). */
  export type AdapterPayload = Record<string, unknown> & {
    grantId?: string;
    uid?: string;
    userCode?: string;
    consumed?: number;
  };

  export interface Adapter {
    upsert(id: string, payload: AdapterPayload, expiresIn: number): Promise<void>;
    find(id: string): Promise<AdapterPayload | undefined>;
    findByUid(uid: string): Promise<AdapterPayload | undefined>;
    findByUserCode(userCode: string): Promise<AdapterPayload | undefined>;
    consume(id: string): Promise<void>;
    destroy(id: string): Promise<void>;
    revokeByGrantId(grantId: string): Promise<void>;
  }

  /** The Koa context the provider's hooks are given; only what is read here. */
  export interface KoaContextWithOIDC {
    type: string;
    body: unknown;
    status: number;
    method: string;
    path: string;
    /** A request header. */
    get(name: string): string;
    /** Removes a response header. */
    remove(name: string): void;
    oidc: {
      client?: { clientId: string };
      session?: { accountId?: string; grantIdFor(clientId: string): string | undefined };
      result?: { consent?: { grantId?: string } };
      provider: Provider;
    };
  }

  export interface ClientMetadata {
    client_id: string;
    [name: string]: unknown;
  }

  export type Configuration = {
    adapter?: new (model: string) => Adapter;
    clients?: ClientMetadata[];
    findAccount?: (context: unknown, subject: string) => Promise<Account | undefined> | Account | undefined;
    claims?: Record<string, string[] | null>;
    scopes?: string[];
    conformIdTokenClaims?: boolean;
    features?: Record<string, { enabled: boolean } & Record<string, unknown>>;
    pkce?: { required?: (...args: unknown[]) => boolean };
    cookies?: { keys?: string[] } & Record<string, unknown>;
    jwks?: { keys: Record<string, unknown>[] };
    ttl?: Record<string, number | ((...args: unknown[]) => number)>;
    interactions?: { url?: (context: KoaContextWithOIDC, interaction: { uid: string }) => string };
    clientBasedCORS?: (context: KoaContextWithOIDC, origin: string, client: { clientId: string }) => boolean;
    loadExistingGrant?: (context: KoaContextWithOIDC) => Promise<Grant | undefined>;
    renderError?: (
      context: KoaContextWithOIDC,
      out: Record<string, string>,
      error: Error,
    ) => void | Promise<void>;
    issueRefreshToken?: () => boolean | Promise<boolean>;
    expiresWithSession?: () => boolean | Promise<boolean>;
    responseTypes?: string[];
    enabledJWA?: Record<string, string[]>;
    proxy?: boolean;
  };

  export class Grant {
    constructor(properties: { clientId: string; accountId: string });
    jti: string;
    addOIDCScope(scope: string): void;
    addResourceScope(resource: string, scope: string): void;
    save(): Promise<string>;
  }

  export interface AccessToken {
    jti: string;
    accountId: string;
    clientId: string;
    grantId: string;
    /** Seconds since the epoch. */
    exp: number;
    destroy(): Promise<void>;
  }

  export interface Interaction {
    uid: string;
    prompt: { name: string; reasons: string[]; details: Record<string, unknown> };
    params: Record<string, unknown>;
    session?: { accountId?: string };
    grantId?: string;
  }

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    proxy: boolean;
    /** A node:http request listener (the provider is a Koa application). */
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
    use(middleware: (context: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>): this;
    interactionDetails(request: IncomingMessage, response: ServerResponse): Promise<Interaction>;
    interactionResult(
      request: IncomingMessage,
      response: ServerResponse,
      result: Record<string, unknown>,
      options?: { mergeWithLastSubmission?: boolean },
    ): Promise<string>;
    Grant: typeof Grant & { find(id: string): Promise<Grant | undefined> };
    AccessToken: {
      find(value: string, options?: { ignoreExpiration?: boolean }): Promise<AccessToken | undefined>;
    };
  }
}
