import type { ReviewLevel, FilingStatus as SubmissionStatus } from "./db/schema";

/** A message in both languages: every answer carries both, the client shows the filer's. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The review levels' authorities, as the review page and the API's messages name them. */
export const levelNames: Readonly<Record<ReviewLevel, Bilingual>> = {
  district: { zh: "区县商务主管部门", en: "district commerce authority" },
  city: { zh: "地市商务主管部门", en: "city commerce authority" },
  province: { zh: "省级商务主管部门", en: "provincial commerce authority" },
  ministry: { zh: "商务部", en: "Ministry of Commerce" },
};

const finished: Partial<Record<SubmissionStatus, Bilingual>> = {
  accepted: {
    zh: "该报送已审核通过，不能再审核。",
    en: "This submission has been accepted; it cannot be reviewed again.",
  },
  returned: {
    zh: "该报送已退回填报单位，不能再审核。",
    en: "This submission has been returned to the filer; it cannot be reviewed again.",
  },
};

/** Every error the API answers, by code, in Chinese and English. */
export const apiMessages = {
  notFound: (): Bilingual => ({ zh: "未找到。", en: "Not found." }),
  methodNotAllowed: (allowed: string): Bilingual => ({
    zh: `此地址不支持该请求方法（可用：${allowed}）。`,
    en: `This method is not allowed here (allowed: ${allowed}).`,
  }),
  payloadTooLarge: (limit: string): Bilingual => ({
    zh: `提交内容超过 ${limit} 的上限。`,
    en: `The request body is larger than the ${limit} limit.`,
  }),
  unsupportedMediaType: (): Bilingual => ({
    zh: "请以 application/json（UTF-8 编码）提交。",
    en: "Send the request body as application/json in UTF-8.",
  }),
  invalidJson: (): Bilingual => ({
    zh: "提交内容不是有效的 JSON。",
    en: "The request body is not valid JSON.",
  }),
  nulCharacter: (): Bilingual => ({
    zh: "提交内容含有空字符（U+0000），无法保存；请删除后重新提交。",
    en: "The request contains a NUL character (U+0000), which cannot be stored; remove it and send again.",
  }),
  invalidUrl: (): Bilingual => ({
    zh: "请求地址无效或过长。",
    en: "The request's address is not valid, or a part of it is too long.",
  }),
  notAnObject: (): Bilingual => ({
    zh: "提交内容应为 JSON 对象。",
    en: "The request body must be a JSON object.",
  }),
  invalidWarnings: (): Bilingual => ({
    zh: "warnings 应为数组，每项包含 rule、path（文本）及可选的 confirmed（是/否）、explanation（文本）。",
    en: "warnings must be an array of { rule, path } texts with an optional confirmed (true/false) and explanation (text).",
  }),
  tooDeep: (max: number): Bilingual => ({
    zh: `提交内容嵌套超过 ${max} 层。`,
    en: `The request body nests more than ${max} levels deep.`,
  }),
  invalidContext: (max: number): Bilingual => ({
    zh: `context 应为对象，最多 ${max} 项，每项的值为文本、数字或是/否。`,
    en: `context must be an object of at most ${max} entries, each a text, a number or true/false.`,
  }),
  unknownTable: (id: string): Bilingual => ({
    zh: `没有编号为“${id}”的报表。`,
    en: `There is no table with the id “${id}”.`,
  }),
  referenceTable: (id: string): Bilingual => ({
    zh: `“${id}”是参考表，不接受填报。`,
    en: `“${id}” is a reference table; it takes no submissions.`,
  }),
  submissionNotFound: (): Bilingual => ({
    zh: "未找到该报送记录。",
    en: "There is no submission with this id.",
  }),
  signInRequired: (): Bilingual => ({
    zh: "请先登录。",
    en: "Sign in first.",
  }),
  sessionExpired: (): Bilingual => ({
    zh: "登录已过期，请重新登录。您填写的内容保留在本页，登录后可继续提交。",
    en: "Your sign-in has expired; sign in again. What you entered stays on this page and can be submitted after you sign in.",
  }),
  badCredentials: (): Bilingual => ({
    zh: "用户名或密码不正确。",
    en: "The user name or password is not correct.",
  }),
  signInSlowed: (seconds: number): Bilingual => ({
    zh: `登录失败次数过多，请 ${seconds} 秒后再试。`,
    en: `Too many failed sign-ins; try again in ${seconds} seconds.`,
  }),
  accountLocked: (until: Date): Bilingual => {
    const time = until.toISOString().slice(11, 16);
    return {
      zh: `登录失败次数过多，账户已锁定至 ${time}（UTC），请稍后再试或联系管理员解锁。`,
      en: `Too many failed sign-ins: the account is locked until ${time} UTC. Try again later, or ask an administrator to unlock it.`,
    };
  },
  accountDisabled: (): Bilingual => ({
    zh: "该账户已停用，请联系管理员。",
    en: "This account is disabled; contact an administrator.",
  }),
  forbiddenRole: (): Bilingual => ({
    zh: "当前账户无权进行此操作。",
    en: "This account may not do this.",
  }),
  csrfInvalid: (): Bilingual => ({
    zh: "页面已过期或请求来源不明（缺少有效的 CSRF 令牌），请刷新页面后重试。",
    en: "The page is out of date or the request's origin is unknown (no valid CSRF token); reload the page and try again.",
  }),
  tokenExpired: (): Bilingual => ({
    zh: "登录已过期，请重新登录。您填写的内容保留在本页，登录后可继续提交。",
    en: "Your sign-in has expired; sign in again. What you entered stays on this page and can be submitted after you sign in.",
  }),
  tokenInvalid: (): Bilingual => ({
    zh: "访问令牌无效、已撤销，或其账户已停用，请重新登录。",
    en: "The access token is not valid, has been revoked, or its account is disabled; sign in again.",
  }),
  tokenOtherSite: (): Bilingual => ({
    zh: "该访问令牌是为另一个网站签发的，不能在此使用，请在本网站重新登录。",
    en: "This access token was issued to another site and cannot be used here; sign in again on this site.",
  }),
  originRefused: (): Bilingual => ({
    zh: "不接受来自该网站的请求。",
    en: "Requests from this site are not accepted.",
  }),
  rateLimited: (seconds: number): Bilingual => ({
    zh: `请求过于频繁，请 ${seconds} 秒后再试。`,
    en: `Too many requests; try again in ${seconds} seconds.`,
  }),
  filingAccepted: (): Bilingual => ({
    zh: "该报表已审核通过，不能再修改；如需更正，请联系审核部门退回。",
    en: "This filing has been accepted and can no longer be changed; to correct it, ask the reviewing authority to return it.",
  }),
  idempotencyReused: (): Bilingual => ({
    zh: "Idempotency-Key 已用于另一份不同的提交，请为新的提交使用新的键。",
    en: "This Idempotency-Key was used for a different submission; use a new key for a new submission.",
  }),
  invalidSubmission: (count: number): Bilingual => ({
    zh: `提交内容有 ${count} 处错误，请按各栏目的提示修改后重新提交。`,
    en: `The submission has ${count} ${count === 1 ? "error" : "errors"}; correct each at its field and submit again.`,
  }),
  explanationRequired: (): Bilingual => ({
    zh: "以下提示须说明原因后才能提交，请在对应栏目填写说明。",
    en: "The warnings listed need an explanation before the filing can be submitted; explain each at its field.",
  }),
  invalidRequest: (where: string): Bilingual => ({
    zh: `请求内容不正确：${where}`,
    en: `The request is not valid: ${where}`,
  }),
  invalidAccount: (field: string, reason: string): Bilingual => {
    const reasons: Record<string, Bilingual> = {
      required: { zh: "不能为空，且不超过 100 个字符", en: "is required, at most 100 characters" },
      creditCode: {
        zh: "不是有效的 18 位统一社会信用代码",
        en: "is not a valid 18-character unified social credit code",
      },
      regionCode: {
        zh: "区划代码位数与账户类型不符（企业为区县 6 位或更细，审核部门为 6、4、2 位或商务部为空）",
        en: "does not have the digits the account needs (an enterprise 6 or more for its county; a reviewer 6, 4, 2, or none for the ministry)",
      },
      level: {
        zh: "应为 district、city、province 或 ministry",
        en: "must be district, city, province or ministry",
      },
      password: { zh: "至少 12 个字符", en: "must be at least 12 characters" },
      username: {
        zh: "应为 2–64 个小写字母、数字或 . _ -",
        en: "must be 2–64 lower-case letters, digits or . _ -",
      },
      taken: { zh: "已被其他账户使用", en: "is already used by another account" },
    };
    const why = reasons[reason] ?? reasons.required ?? { zh: "", en: "" };
    return { zh: `账户的 ${field} ${why.zh}。`, en: `The account's ${field} ${why.en}.` };
  },
  singleSignOnFailed: (): Bilingual => ({
    zh: "统一身份认证登录未完成，请重试。",
    en: "Single sign-on did not complete; try again.",
  }),
  noAccountForIdentity: (): Bilingual => ({
    zh: "统一身份认证的身份未对应本系统的任何账户，请联系管理员开通。",
    en: "The identity from single sign-on matches no account here; ask an administrator to set one up.",
  }),
  invalidQuery: (name: string, rule: Bilingual): Bilingual => ({
    zh: `查询参数 ${name} 无效：${rule.zh}`,
    en: `The query parameter ${name} is not valid: ${rule.en}`,
  }),
  invalidLevel: (): Bilingual => ({
    zh: "level 应为 district（区县）、city（地市）、province（省级）或 ministry（商务部）。",
    en: "level must be district, city, province or ministry.",
  }),
  invalidAction: (): Bilingual => ({
    zh: "action 应为 approve（通过）或 return（退回）。",
    en: "action must be approve or return.",
  }),
  invalidReason: (max: number): Bilingual => ({
    zh: `reason 应为不超过 ${max} 个字符的文本。`,
    en: `reason must be a text of at most ${max} characters.`,
  }),
  reasonRequired: (): Bilingual => ({
    zh: "退回时须填写退回原因。",
    en: "A return needs a reason: say what the filer must correct.",
  }),
  wrongLevel: (status: SubmissionStatus, level: ReviewLevel): Bilingual => {
    const done = finished[status];
    if (done !== undefined) return done;
    const awaiting = levelNames[status as ReviewLevel];
    const actor = levelNames[level];
    return {
      zh: `该报送正待${awaiting.zh}审核，${actor.zh}不能操作。`,
      en: `This submission is awaiting review by the ${awaiting.en}; the ${actor.en} cannot act on it.`,
    };
  },
  notClean: (): Bilingual => ({
    zh: "该报送有未经填报单位确认或说明的提示，请逐份审核。",
    en: "This submission has warnings its filer neither confirmed nor explained; review it on its own.",
  }),
  enterpriseOnly: (): Bilingual => ({
    zh: "只有填报企业可以使用此功能。",
    en: "Only a filing enterprise can use this.",
  }),
  reviewerOnly: (): Bilingual => ({
    zh: "只有审核部门可以使用此功能。",
    en: "Only a reviewing authority can use this.",
  }),
  regionOutOfScope: (): Bilingual => ({
    zh: "未找到该地区，或该地区不在您的管辖范围内。",
    en: "There is no such region, or it is outside the account's region.",
  }),
  draftNotFound: (): Bilingual => ({
    zh: "没有该报表该期的草稿（草稿保存 30 天）。",
    en: "There is no draft of this table for this period (drafts are kept for 30 days).",
  }),
  tooManyDrafts: (max: number): Bilingual => ({
    zh: `草稿已有 ${max} 份，请先删除不需要的草稿或提交报表。`,
    en: `There are already ${max} drafts; remove one you no longer need, or file it, first.`,
  }),
  unpairedSurrogate: (): Bilingual => ({
    zh: "提交内容含有不完整的 Unicode 字符（孤立的代理项），无法保存；请删除后重新提交。",
    en: "The request contains an incomplete Unicode character (a lone surrogate), which cannot be stored.",
  }),
  invalidDraft: (): Bilingual => ({
    zh: "草稿应为 { values, savedAt }：values 为 JSON 对象，savedAt 为保存时间（2000 年以后、不晚于服务器时间一天）。",
    en: "A draft is { values, savedAt }: values a JSON object, savedAt the time it was saved (after 2000, at most a day past the server's clock).",
  }),
  shuttingDown: (): Bilingual => ({
    zh: "服务正在停止，请稍后重试。",
    en: "The server is shutting down; try again shortly.",
  }),
  serverError: (): Bilingual => ({
    zh: "服务器错误，请稍后重试。",
    en: "Server error; try again later.",
  }),
};

/**
 * The embed's sign-in (OAuth 2.0 with PKCE): its errors by OAuth error code, sent beside the
 * standard `error` field, and the text of the sign-in window.
 */
export const oauthMessages = {
  errors: {
    invalid_grant: {
      zh: "授权码无效、已使用或已过期，或校验码（PKCE）不符。请重新登录。",
      en: "The authorization code is not valid, was already used or has expired, or the PKCE verifier does not match. Sign in again.",
    },
    invalid_request: {
      zh: "登录请求不完整或格式不正确。",
      en: "The sign-in request is incomplete or malformed.",
    },
    invalid_client: {
      zh: "该网站未获准嵌入报表并登录。",
      en: "This site is not allowed to embed the forms and sign in.",
    },
    unauthorized_client: {
      zh: "该网站不能以这种方式取得访问令牌。",
      en: "This site may not obtain an access token this way.",
    },
    unsupported_grant_type: {
      zh: "只支持授权码方式（PKCE）登录。",
      en: "Only the authorization code flow with PKCE is supported.",
    },
    invalid_scope: { zh: "请求的权限范围无效。", en: "The requested scope is not valid." },
    invalid_token: { zh: "访问令牌无效。", en: "The access token is not valid." },
    access_denied: { zh: "登录已取消。", en: "The sign-in was cancelled." },
    invalid_redirect_uri: {
      zh: "登录完成后的返回地址未登记。",
      en: "The address to return to after sign-in is not registered.",
    },
    server_error: { zh: "服务器错误，请稍后重试。", en: "Server error; try again later." },
  } as Readonly<Record<string, Bilingual>>,
  fallback: {
    zh: "登录未能完成，请关闭此窗口后重试。",
    en: "The sign-in could not be completed; close this window and try again.",
  } as Bilingual,
  pageTitle: { zh: "登录填报系统", en: "Sign in to the reporting service" } as Bilingual,
  pageIntro: (site: string): Bilingual => ({
    zh: `网站 ${site} 请求以您的账户提交报表。请输入账户和密码；密码只发送给填报系统，不会交给该网站。`,
    en: `The site ${site} asks to file forms as your account. Enter your user name and password: they go to the reporting service only, never to that site.`,
  }),
  username: { zh: "统一社会信用代码或用户名", en: "Unified social credit code or user name" } as Bilingual,
  password: { zh: "密码", en: "Password" } as Bilingual,
  signIn: { zh: "登录", en: "Sign in" } as Bilingual,
  expired: {
    zh: "登录请求已过期或已完成，请关闭此窗口，在原网页上重新点击“登录”。",
    en: "This sign-in request has expired or is finished; close this window and choose Sign in again on the page.",
  } as Bilingual,
  returning: {
    zh: "登录完成，正在返回原网页……如果此窗口没有自动关闭，可以手动关闭。",
    en: "Signed in; returning to the page… If this window does not close by itself, you can close it.",
  } as Bilingual,
};
