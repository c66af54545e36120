import { createMessages } from "./messages";

const zh = {
  statusSubmitted: "{table}报送成功。回执编号：{id}",
  statusSubmittedPlain: "{table}已提交。",
  statusRejected: "{table}未通过服务器校验，有 {count} 处需要修改。第一处：{first}",
  statusRejectedPlain: "{table}未通过服务器校验，请按表单中的提示修改后再报送。",
  statusFailed: "{table}报送失败（HTTP {status}），请稍后再试。已填写的内容仍在表单中。",
  statusNetwork: "网络连接失败，{table}未能报送。已填写的内容仍在表单中。",
  statusTableFailed: "表单未能载入：{message}",
  statusSignIn: "请先登录再报送{table}。已填写的内容仍在表单中。",
  accountHeading: "企业登录",
  username: "统一社会信用代码或用户名",
  password: "密码",
  signIn: "登录",
  signOut: "退出登录",
  signedIn: "已登录：{name}",
  signedOut: "已退出登录。",
  signInFailed: "登录未成功：{message}",
  thisForm: "本表",
  period: "报告期别",
  deadline: "报送日期及方式",
  catalogueSource: "以上据{document}“报表目录”。",
  quotaProvince: "省份",
  quotaTier: "地区生产总值",
  quotaCount: "每类可推荐",
  quotaCountValue: "制造业类、信息技术外包类重点企业各不超过 {quota} 家",
  quotaSource: "出处",
} as const;

const en: Record<keyof typeof zh, string> = {
  statusSubmitted: "{table} submitted. Reference number: {id}",
  statusSubmittedPlain: "{table} submitted.",
  statusRejected: "{table} was not accepted by the server: {count} items to correct. First: {first}",
  statusRejectedPlain:
    "{table} was not accepted by the server. Correct what the form points out and submit again.",
  statusFailed:
    "{table} could not be submitted (HTTP {status}). Please try again later; what you typed is still in the form.",
  statusNetwork:
    "Could not reach the server: {table} was not submitted. What you typed is still in the form.",
  statusTableFailed: "The form could not be loaded: {message}",
  statusSignIn: "Sign in to file {table}. What you typed is still in the form.",
  accountHeading: "Enterprise sign-in",
  username: "Unified social credit code or user name",
  password: "Password",
  signIn: "Sign in",
  signOut: "Sign out",
  signedIn: "Signed in: {name}",
  signedOut: "Signed out.",
  signInFailed: "Sign-in failed: {message}",
  thisForm: "This form",
  period: "Reporting frequency",
  deadline: "Reporting date and method",
  catalogueSource: "From the catalogue of report forms in {document}.",
  quotaProvince: "Province",
  quotaTier: "Regional gross domestic product",
  quotaCount: "May recommend in each category",
  quotaCountValue:
    "No more than {quota} manufacturing key enterprises and no more than {quota} information technology outsourcing key enterprises",
  quotaSource: "Source",
};

/** The site scripts' templates, exported for the parity test. */
export const siteTemplates = { zh, en };

/** One site message in both languages. */
export const siteMessage = createMessages(zh, en);

export type SiteMessageKey = keyof typeof zh;
