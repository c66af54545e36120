import type { Bilingual, ReviewLevel, SubmissionStatus } from "./store";

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
  shuttingDown: (): Bilingual => ({
    zh: "服务正在停止，请稍后重试。",
    en: "The server is shutting down; try again shortly.",
  }),
  serverError: (): Bilingual => ({
    zh: "服务器错误，请稍后重试。",
    en: "Server error; try again later.",
  }),
};
