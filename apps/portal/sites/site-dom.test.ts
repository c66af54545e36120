// @vitest-environment jsdom

import { surveyCatalogue } from "@tianbiao/tables/survey-catalogue";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { quotaStatement } from "./henan-quota";
import { renderQuotaStatement } from "./quota-view";
import { initLanguageSwitch, initSubmissionStatus } from "./site-shell";
import { renderSubsidyEstimator } from "./subsidy-estimator-view";
import { catalogueTables, renderTableTabs, selectForm, tableFromHash } from "./table-tabs";

const zhText = (element: Element) =>
  [...element.querySelectorAll('[lang="zh-CN"]')].map((node) => node.textContent).join("");

beforeEach(() => {
  document.documentElement.removeAttribute("data-site-lang");
  document.documentElement.lang = "zh-CN";
  localStorage.clear();
});

afterEach(() => {
  document.body.innerHTML = "";
});

describe("the language switch", () => {
  const page = () => {
    document.body.innerHTML = `
      <fieldset data-lang-switch hidden>
        <legend>语言 Language</legend>
        <button type="button" data-lang="zh">中文</button>
        <button type="button" data-lang="en">English</button>
        <button type="button" data-lang="bilingual">中英对照</button>
      </fieldset>
      <tianbiao-form table="enterprise-1" lang="zh"></tianbiao-form>
      <tianbiao-form table="city-1" lang="zh"></tianbiao-form>`;
  };
  const button = (lang: string) => document.querySelector<HTMLButtonElement>(`button[data-lang="${lang}"]`);

  it("shows itself and starts in Chinese", () => {
    page();
    initLanguageSwitch();
    expect(document.querySelector<HTMLElement>("[data-lang-switch]")?.hidden).toBe(false);
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(button("zh")?.getAttribute("aria-pressed")).toBe("true");
    expect(button("en")?.getAttribute("aria-pressed")).toBe("false");
  });

  it("sets lang on every form in place, the page's language and <html lang>", () => {
    page();
    const forms = [...document.querySelectorAll("tianbiao-form")];
    initLanguageSwitch();
    button("en")?.click();
    expect(document.documentElement.lang).toBe("en");
    expect(document.documentElement.dataset.siteLang).toBe("en");
    expect(forms.map((form) => form.getAttribute("lang"))).toEqual(["en", "en"]);
    // The same elements: nothing is re-created, so the forms keep what was typed.
    expect([...document.querySelectorAll("tianbiao-form")]).toEqual(forms);
    button("bilingual")?.click();
    expect(document.documentElement.lang).toBe("zh-CN");
    expect(forms[0]?.getAttribute("lang")).toBe("bilingual");
    expect(button("bilingual")?.getAttribute("aria-pressed")).toBe("true");
    expect(button("en")?.getAttribute("aria-pressed")).toBe("false");
  });

  it("remembers the choice for the next page", () => {
    page();
    initLanguageSwitch();
    button("en")?.click();
    page();
    initLanguageSwitch();
    expect(document.querySelector("tianbiao-form")?.getAttribute("lang")).toBe("en");
  });
});

describe("the submission status", () => {
  const setUp = () => {
    document.body.innerHTML = `<div id="status" role="status"></div><tianbiao-form table="enterprise-2"></tianbiao-form>`;
    const status = document.querySelector<HTMLElement>("#status") as HTMLElement;
    initSubmissionStatus(status, (id) =>
      id === "enterprise-2" ? { zh: "企业2表", en: "Enterprise table 2" } : undefined,
    );
    const form = document.querySelector("tianbiao-form") as Element;
    const fire = (name: string, detail: unknown) =>
      form.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
    return { status, fire };
  };

  it("announces the reference number of an accepted submission", () => {
    const { status, fire } = setUp();
    fire("tianbiao:submit", { id: "3f2a-77", values: {} });
    expect(zhText(status)).toBe("企业2表报送成功。回执编号：3f2a-77");
    expect(status.textContent).toContain("Enterprise table 2 submitted. Reference number: 3f2a-77");
    expect(status.dataset.tone).toBe("success");
  });

  it("announces a rejection with the server's first message, and network failures", () => {
    const { status, fire } = setUp();
    const errors = [{ path: "a", message: { zh: "必须填写。", en: "Required." } }, { path: "b" }];
    fire("tianbiao:error", { kind: "server", status: 422, errors });
    expect(zhText(status)).toBe("企业2表未通过服务器校验，有 2 处需要修改。第一处：必须填写。");
    expect(status.dataset.tone).toBe("error");
    fire("tianbiao:error", { kind: "network" });
    expect(zhText(status)).toContain("网络连接失败");
    fire("tianbiao:error", { kind: "server", status: 503 });
    expect(zhText(status)).toContain("HTTP 503");
  });
});

describe("the table tabs", () => {
  const ids = ["enterprise-1", "enterprise-2", "platform-1"];
  const setUp = (onSelect = vi.fn()) => {
    document.body.innerHTML = `
      <h2 id="tables-heading">报表</h2><div id="tabs"></div>
      <div id="panel"><div id="details"></div>
        <tianbiao-form table="enterprise-1" draft-key="national:enterprise-1"></tianbiao-form></div>`;
    const get = (selector: string) => document.querySelector<HTMLElement>(selector) as HTMLElement;
    const tabs = renderTableTabs({
      tables: catalogueTables(surveyCatalogue.table, ids),
      form: get("tianbiao-form"),
      tabList: get("#tabs"),
      panel: get("#panel"),
      details: get("#details"),
      labelledBy: "tables-heading",
      draftKeyPrefix: "national",
      source: surveyCatalogue.table.source.document,
      onSelect,
    });
    return {
      tabs,
      get,
      onSelect,
      tabButtons: [...document.querySelectorAll<HTMLButtonElement>('[role="tab"]')],
    };
  };

  it("reads each table's 报告期别 and 报送日期及方式 from the 报表目录", () => {
    const tables = catalogueTables(surveyCatalogue.table, ids);
    expect(tables.map((t) => t.period.zh)).toEqual(["年报", "月报", "年报"]);
    expect(tables[1]?.deadline.zh).toBe("每月月末报送当月报表，网上直报");
    expect(() => catalogueTables(surveyCatalogue.table, ["no-such-table"])).toThrow();
  });

  it("renders an ARIA tab list with the first table selected", () => {
    const { get, tabButtons } = setUp();
    expect(get('[role="tablist"]').getAttribute("aria-labelledby")).toBe("tables-heading");
    expect(tabButtons.map((tab) => tab.getAttribute("aria-selected"))).toEqual(["true", "false", "false"]);
    expect(tabButtons.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    expect(get("#panel").getAttribute("role")).toBe("tabpanel");
    expect(get("#panel").getAttribute("aria-labelledby")).toBe("tab-enterprise-1");
    expect(zhText(tabButtons[1] as HTMLElement)).toBe("服务外包统企业2表服务外包合同协议情况登记表月报");
  });

  it("swaps the form's table, draft key and action when a tab is chosen", () => {
    const { get, tabButtons, onSelect } = setUp();
    tabButtons[1]?.click();
    const form = get("tianbiao-form");
    expect(form.getAttribute("table")).toBe("enterprise-2");
    expect(form.getAttribute("draft-key")).toBe("national:enterprise-2");
    expect(form.getAttribute("action")).toBe("/api/submissions/enterprise-2");
    expect(zhText(get("#details"))).toContain("每月月末报送当月报表，网上直报");
    expect(tabButtons[1]?.getAttribute("aria-selected")).toBe("true");
    expect(onSelect).toHaveBeenCalledWith("enterprise-2");
  });

  it("moves focus with the arrow keys, Home and End, without selecting", () => {
    const { tabButtons, get } = setUp();
    tabButtons[0]?.focus();
    const key = (k: string) =>
      document.activeElement?.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true }));
    key("ArrowDown");
    expect(document.activeElement).toBe(tabButtons[1]);
    key("End");
    expect(document.activeElement).toBe(tabButtons[2]);
    key("ArrowDown");
    expect(document.activeElement).toBe(tabButtons[0]);
    key("ArrowUp");
    expect(document.activeElement).toBe(tabButtons[2]);
    expect(get("tianbiao-form").getAttribute("table")).toBe("enterprise-1");
  });

  it("takes a table from the address only when it is one of the site's", () => {
    expect(tableFromHash("#platform-1", ids)).toBe("platform-1");
    expect(tableFromHash("#main", ids)).toBeUndefined();
    const form = document.createElement("tianbiao-form");
    selectForm(form, "city-2", "zhengzhou");
    expect([form.getAttribute("table"), form.getAttribute("draft-key"), form.getAttribute("action")]).toEqual(
      ["city-2", "zhengzhou:city-2", "/api/submissions/city-2"],
    );
  });

  it("keeps filing to the portal a bureau's copy of the page names in the form's action", () => {
    const form = document.createElement("tianbiao-form");
    form.setAttribute("action", "https://portal.example/api/submissions/city-1");
    selectForm(form, "enterprise-2", "zhengzhou");
    expect(form.getAttribute("action")).toBe("https://portal.example/api/submissions/enterprise-2");
  });
});

describe("the quota statement", () => {
  it("shows Henan's 10 per category with the notice's words and source", () => {
    const container = document.createElement("div");
    renderQuotaStatement(container, quotaStatement("41"));
    const zh = zhText(container);
    expect(zh).toContain("河南省");
    expect(zh).toContain("制造业类、信息技术外包类重点企业各不超过 10 家");
    expect(zh).toContain("5 万亿人民币以上的省份②可推荐");
    expect(zh).toContain("商办服贸函〔2021〕360号");
  });
});

describe("the subsidy estimator form", () => {
  const setUp = () => {
    document.body.innerHTML = `<div id="status" role="status" aria-live="polite"></div><div id="estimator"></div>`;
    const status = document.querySelector<HTMLElement>("#status") as HTMLElement;
    const container = document.querySelector<HTMLElement>("#estimator") as HTMLElement;
    renderSubsidyEstimator({ container, status });
    const input = (name: string) =>
      document.querySelector<HTMLInputElement>(`#estimate-${name}`) as HTMLInputElement;
    const submit = () => document.querySelector<HTMLButtonElement>(".estimate-submit")?.click();
    return { status, container, input, submit };
  };

  it("labels every control and names every fieldset", () => {
    const { container } = setUp();
    for (const control of container.querySelectorAll("input")) {
      expect(control.labels?.length, control.id).toBe(1);
    }
    for (const fieldset of container.querySelectorAll("fieldset")) {
      expect(fieldset.querySelector("legend")?.textContent?.trim()).not.toBe("");
    }
    expect(container.querySelectorAll("fieldset").length).toBe(12);
  });

  it("estimates from 万元 and 万美元 figures and announces the summary", () => {
    const { status, input, submit, container } = setUp();
    input("lastYearExecutedYuan").value = "4000";
    input("onshoreExecutedYuan").value = "3,000";
    input("offshoreExecutedUsd").value = "２００";
    input("usdRate").value = "7";
    input("newPatentsTwoYears").checked = true;
    submit();
    // 12万 + 140万 + 22.8万 = 174.8万.
    expect(zhText(status)).toBe("估算完成（演示用，不是补贴决定）。申报企业：174.80 万元。");
    expect(status.dataset.tone).toBe("success");
    const lines = [...container.querySelectorAll(".estimate-line")];
    expect(lines.map((line) => line.querySelector(".estimate-award")?.textContent)).toEqual([
      "12.00 万元 12.00 (CNY 10,000)",
      "140.00 万元 140.00 (CNY 10,000)",
      "22.80 万元 22.80 (CNY 10,000)",
    ]);
    expect(zhText(container.querySelector(".estimate-result") as Element)).toContain(
      "估算结果（演示，不是补贴决定）",
    );
  });

  it("marks a wrong figure, says how many, and puts focus on it", () => {
    const { status, input, submit } = setUp();
    input("onshoreExecutedYuan").value = "-5";
    input("internsPerYear").value = "2.5";
    submit();
    expect(input("onshoreExecutedYuan").getAttribute("aria-invalid")).toBe("true");
    expect(input("internsPerYear").getAttribute("aria-invalid")).toBe("true");
    expect(zhText(status)).toBe("有 2 处填写有误，请修改后再估算。");
    expect(document.activeElement).toBe(input("onshoreExecutedYuan"));
    const error = document.getElementById(`${input("internsPerYear").id}-error`);
    expect(input("internsPerYear").getAttribute("aria-describedby")).toContain(error?.id);
    expect(zhText(error as HTMLElement)).toBe("请填写不小于 0 的整数。");
    input("onshoreExecutedYuan").value = "";
    input("internsPerYear").value = "";
    submit();
    expect(input("onshoreExecutedYuan").hasAttribute("aria-invalid")).toBe(false);
  });

  it("adds and removes events, renumbering labels and keeping focus in place", () => {
    const { input, submit, status } = setUp();
    const list = input("eventCostsInChinaYuan-1") ?? null;
    expect(list).toBeNull();
    const add = [...document.querySelectorAll<HTMLButtonElement>(".estimate-add")].find((b) =>
      b.textContent?.includes("添加一场境内活动"),
    ) as HTMLButtonElement;
    add.click();
    expect(document.activeElement).toBe(input("eventCostsInChinaYuan-1"));
    add.click();
    add.click();
    input("eventCostsInChinaYuan-1").value = "3";
    input("eventCostsInChinaYuan-2").value = "1";
    input("eventCostsInChinaYuan-3").value = "9";
    const removeSecond = input("eventCostsInChinaYuan-2").parentElement?.querySelector(
      "button",
    ) as HTMLButtonElement;
    removeSecond.click();
    expect(document.activeElement).toBe(input("eventCostsInChinaYuan-3"));
    expect(input("eventCostsInChinaYuan-3").labels?.[0]?.textContent).toContain(
      "第 2 场境内活动的费用（万元）",
    );
    submit();
    // 3万 → 2万 (per event), 9万 → 2万: 4万.
    expect(zhText(status)).toBe("估算完成（演示用，不是补贴决定）。申报企业：4.00 万元。");
  });
});
