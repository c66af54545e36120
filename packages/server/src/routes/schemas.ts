// JSON Schemas of the routes: Fastify validates requests with them and @fastify/swagger writes the
// OpenAPI document from them. The submissions themselves are judged by the core's own validator.

export const bilingual = {
  type: "object",
  required: ["zh", "en"],
  properties: { zh: { type: "string" }, en: { type: "string" } },
} as const;

/** A report period as filings hold it: YYYY for annual tables, YYYY-MM (01–12) for monthly ones. */
export const periodPattern = "^[0-9]{4}(-(0[1-9]|1[0-2]))?$";

export const errorSchema = {
  type: "object",
  // 422 answers add the findings: errors, warnings.
  additionalProperties: true,
  required: ["ok", "error"],
  properties: {
    ok: { const: false },
    error: {
      type: "object",
      required: ["code", "message"],
      properties: { code: { type: "string" }, message: bilingual },
    },
  },
} as const;

const statusText: Record<number, string> = {
  400: "The request is not valid",
  401: "Not signed in, or the sign-in expired",
  403: "Not allowed for this account, or the CSRF token or origin is wrong",
  404: "Not found, or outside the account's scope",
  409: "The filing is not in a state that allows this",
  413: "The body is too large",
  415: "Not application/json",
  422: "The submission does not pass validation",
  429: "Too many requests or failed sign-ins",
};

/** The error answers a route can give, each { ok: false, error: { code, message: { zh, en } } }. */
export function errorResponses(...codes: number[]): Record<number, unknown> {
  return Object.fromEntries(
    codes.map((code) => [code, { description: statusText[code] ?? "Error", ...errorSchema }]),
  );
}

export const accountSchema = {
  type: "object",
  additionalProperties: true,
  properties: {
    id: { type: "string", format: "uuid" },
    kind: { enum: ["enterprise", "reviewer", "admin"] },
    username: { type: "string" },
    name: { type: "string" },
    creditCode: { type: ["string", "null"] },
    regionCode: { type: ["string", "null"] },
    level: { enum: ["district", "city", "province", "ministry", null] },
    contact: { type: "object", additionalProperties: { type: "string" } },
    disabled: { type: "boolean" },
    locked: { type: "boolean" },
    singleSignOn: { type: "boolean" },
    createdAt: { type: "string", format: "date-time" },
  },
} as const;

export const sessionSchema = {
  type: "object",
  required: ["account", "csrfToken"],
  properties: { account: accountSchema, csrfToken: { type: "string" } },
} as const;

export const filingStatus = {
  enum: ["district", "city", "province", "ministry", "accepted", "returned"],
} as const;

export const idParams = {
  type: "object",
  required: ["id"],
  properties: { id: { type: "string", maxLength: 100 } },
} as const;

export const pageQuery = {
  limit: { type: "integer", minimum: 1, maximum: 500, default: 50 },
  offset: { type: "integer", minimum: 0, maximum: 1_000_000_000, default: 0 },
} as const;
