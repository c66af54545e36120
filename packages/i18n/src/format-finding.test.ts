import type { Finding } from "@tianbiao/core";
import { describe, expect, it } from "vitest";
import { createI18n, registerLocale } from "./create-i18n";
import { formatFinding, messagesFor } from "./format-finding";
import { testXx } from "./locales/test-xx";

function finding(messageKey: string, params: Finding["params"], code?: string): Finding {
  return {
    path: "field",
    rule: messageKey,
    severity: "error",
    messageKey,
    params,
    ...(code ? { code } : {}),
  };
}

const i18n = createI18n({ lang: "zh" });

describe("formatFinding", () => {
  it("names the field by its printed code and its label in each language", () => {
    const required = finding(
      "validation.required",
      { label: "统一社会信用代码", labelEn: "Unified social credit code", code: "101" },
      "101",
    );
    expect(formatFinding(i18n, required, "zh")).toBe("【101 统一社会信用代码】为必填项，请填写或选择。");
    expect(formatFinding(i18n, required, "en")).toBe(
      "101 Unified social credit code: this is required; enter or choose a value.",
    );
  });

  it("reads well when the field has no printed code", () => {
    const required = finding("validation.required", {
      label: "企业名称",
      labelEn: "Enterprise name",
      code: "",
    });
    expect(formatFinding(i18n, required, "zh")).toBe("【企业名称】为必填项，请填写或选择。");
    expect(formatFinding(i18n, required, "en")).toBe(
      "Enterprise name: this is required; enter or choose a value.",
    );
  });

  it("formats numbers and translates units", () => {
    const min = finding(
      "rule.threshold.min",
      { label: "营业收入", labelEn: "Operating revenue", code: "", min: 3000, unit: "万元" },
      undefined,
    );
    expect(formatFinding(i18n, min, "zh")).toBe("【营业收入】低于 3,000万元，请确认填写无误或说明原因。");
    expect(formatFinding(i18n, min, "en")).toBe(
      "Operating revenue: this is below 3,000 (CNY 10,000); confirm it is correct or explain why.",
    );
    const months = finding("validation.max", {
      label: "合同期限",
      labelEn: "Contract term",
      code: "205",
      max: 600,
      unit: "月",
    });
    expect(formatFinding(i18n, months, "zh")).toBe("【205 合同期限】不能大于 600个月，请核对后修改。");
    expect(formatFinding(i18n, months, "en")).toBe(
      "205 Contract term: enter 600 months or less; check the figure.",
    );
  });

  it("names the expected format", () => {
    const date = finding("validation.date", {
      label: "开业(成立)时间",
      labelEn: "Date of opening (establishment)",
      code: "104",
      format: "date.month",
    });
    expect(formatFinding(i18n, date, "zh")).toBe("【104 开业(成立)时间】请按年-月（如 2024-03）填写日期。");
    expect(formatFinding(i18n, date, "en")).toBe(
      "104 Date of opening (establishment): enter the date as YYYY-MM (for example 2024-03).",
    );
  });

  it("picks the English form of every label parameter", () => {
    const atMost = finding(
      "rule.atMost",
      {
        label: "其中：离岸合同金额",
        labelEn: "Of which: offshore contract amount",
        code: "",
        whole: 500,
        wholeLabel: "合同金额",
        wholeLabelEn: "Contract amount",
        actual: 620.5,
      },
      undefined,
    );
    expect(formatFinding(i18n, atMost, "zh")).toBe(
      "【其中：离岸合同金额】为 620.5，不能大于【合同金额】的 500，请核对。",
    );
    expect(formatFinding(i18n, atMost, "en")).toBe(
      "Of which: offshore contract amount: 620.5 cannot be more than Contract amount, 500; check the figures.",
    );
  });

  it("names a matrix cell by its row and column", () => {
    const cell = finding(
      "validation.integer",
      {
        label: "一、从业人员期末人数",
        labelEn: "I. Employees at period end",
        code: "401",
        column: "本年",
        columnEn: "This year",
      },
      "401",
    );
    expect(formatFinding(i18n, cell, "zh")).toBe(
      "【401 一、从业人员期末人数（本年）】请填写整数，不带小数点。",
    );
    expect(formatFinding(i18n, cell, "en")).toBe(
      "401 I. Employees at period end (This year): enter a whole number, without a decimal point.",
    );
  });

  it("names the row and the group of a place when the message is read away from the form", () => {
    const inRow = finding("validation.required", {
      label: "企业名称",
      labelEn: "Enterprise name",
      code: "",
      row: 4,
      within: "企业人员培训情况",
      withinEn: "Enterprise staff training",
    });
    expect(formatFinding(i18n, inRow, "zh", { place: true })).toBe(
      "【企业名称（企业人员培训情况第 4 行）】为必填项，请填写或选择。",
    );
    expect(formatFinding(i18n, inRow, "en", { place: true })).toBe(
      "Enterprise name (Enterprise staff training, row 4): this is required; enter or choose a value.",
    );
    const wholeRow = finding("validation.required", {
      label: "企业人员培训情况",
      labelEn: "Enterprise staff training",
      code: "",
      row: 4,
    });
    expect(messagesFor(wholeRow)).toEqual({
      zh: "【企业人员培训情况（第 4 行）】为必填项，请填写或选择。",
      en: "Enterprise staff training (row 4): this is required; enter or choose a value.",
    });
    // Beside the field, the row and the group are in plain sight.
    expect(formatFinding(i18n, inRow, "zh")).toBe("【企业名称】为必填项，请填写或选择。");
    const inGroup = finding("validation.required", {
      label: "单位详细名称",
      labelEn: "Full name of the entity",
      code: "",
      within: "201 接包企业",
      withinEn: "201 Service provider",
    });
    expect(messagesFor(inGroup)).toEqual({
      zh: "【单位详细名称（201 接包企业）】为必填项，请填写或选择。",
      en: "Full name of the entity (201 Service provider): this is required; enter or choose a value.",
    });
  });

  it("falls back to a general sentence for a message key it does not know", () => {
    const unknown = finding("tables.custom.rule", { label: "邮政编码", labelEn: "Postcode", code: "" });
    expect(formatFinding(i18n, unknown, "zh")).toBe("【邮政编码】请检查本栏的填写。");
    expect(formatFinding(i18n, unknown, "en")).toBe("Postcode: check this answer.");
  });

  it("uses a table's own message key when the host loaded its strings", () => {
    const withTable = createI18n({
      lang: "zh",
      resources: {
        zh: { tables: { t: { rule: "【{{code}}{{label}}】请填写本表专用说明。" } } },
        en: { tables: { t: { rule: "{{code}}{{label}}: follow this table's own note." } } },
      },
    });
    const own = finding("tables.t.rule", { label: "备注", labelEn: "Remarks", code: "" });
    expect(formatFinding(withTable, own, "en")).toBe("Remarks: follow this table's own note.");
  });

  it("gives other languages the English labels", () => {
    registerLocale("xx", testXx);
    const required = finding("validation.required", { label: "邮政编码", labelEn: "Postcode", code: "" });
    expect(formatFinding(createI18n({ lang: "xx" }), required, "xx")).toBe(
      "⟦Postcode: thíš íš réqúíréd; éñtér ór çhóóšé á válúé.⟧",
    );
  });
});

describe("messagesFor", () => {
  it("gives both languages without an i18next instance from the caller", () => {
    const checksum = finding(
      "validation.checksum",
      { label: "统一社会信用代码", labelEn: "Unified social credit code", code: "101" },
      "101",
    );
    expect(messagesFor(checksum)).toEqual({
      zh: "【101 统一社会信用代码】校验码不正确，请对照证照逐位核对。",
      en: "101 Unified social credit code: the check character does not match; compare each character with the certificate.",
    });
  });
});
