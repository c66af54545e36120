// oidc-provider ships no types; these are the parts the single sign-on test uses.
declare module "oidc-provider" {
  import type { IncomingMessage, ServerResponse } from "node:http";

  export interface Account {
    accountId: string;
    claims(use: string, scope: string): Record<string, unknown> | Promise<Record<string, unknown>>;
  }

  export type Configuration = {
    clients?: Record<string, unknown>[];
    findAccount?: (context: unknown, subject: string) => Promise<Account | undefined> | Account | undefined;
    claims?: Record<string, string[] | null>;
    conformIdTokenClaims?: boolean;
    features?: Record<string, { enabled: boolean } & Record<string, unknown>>;
    pkce?: { required?: () => boolean };
    cookies?: { keys?: string[] };
    jwks?: { keys: Record<string, unknown>[] };
  };

  export default class Provider {
    constructor(issuer: string, configuration?: Configuration);
    /** A node:http request listener (the provider is a Koa application). */
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
}
