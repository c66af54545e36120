import { render } from "@testing-library/react";
import type { TableIdentity } from "@tianbiao/core";
import { createI18n } from "@tianbiao/i18n";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { cssString, PrintPageHeader, printPageCss } from "./print-page-header";

const i18nFor = (lang: "zh" | "en" | "bilingual") => createI18n({ lang: lang === "en" ? "en" : "zh" });

// The identity as printed on 服务外包统企业４表 (国统制〔2022〕45号).
const identity: TableIdentity = {
  tableNo: { zh: "服务外包统企业４表", en: "Service outsourcing statistics enterprise table 4" },
  title: { zh: "服务外包人力资源情况登记表", en: "Service outsourcing human resources record form" },
};

describe("PrintPageHeader", () => {
  it("has no axe violations", async () => {
    const { container } = render(<PrintPageHeader table={identity} lang="zh" i18n={i18nFor("zh")} />);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("puts the table number in the top-right page margin, in the form's language", () => {
    expect(printPageCss(identity, "zh", i18nFor("zh"))).toBe(
      '@media print { @page { @top-right { content: "表号：服务外包统企业４表"; font-size: 9pt; } } }',
    );
    expect(printPageCss(identity, "bilingual", i18nFor("zh"))).toContain(
      '"表号：服务外包统企业４表 / Table number: Service outsourcing statistics enterprise table 4"',
    );
  });

  it("renders nothing for a table without a number", () => {
    const { container } = render(
      <PrintPageHeader table={{ title: identity.title }} lang="en" i18n={i18nFor("en")} />,
    );
    expect(container.innerHTML).toBe("");
  });

  it("escapes the text so it cannot leave the CSS string or the style element", () => {
    expect(cssString('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(cssString("x</style><script>")).toBe('"x\\3c /style>\\3c script>"');
    expect(cssString("line\nbreak")).toBe('"line\\a break"');
  });
});
