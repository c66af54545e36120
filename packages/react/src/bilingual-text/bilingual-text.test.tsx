import { render } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { BilingualText } from "./bilingual-text";

const text = { zh: "统一社会信用代码", en: "Unified social credit code" };

describe("BilingualText", () => {
  it("has no axe violations in bilingual mode", async () => {
    const { container } = render(
      <p>
        <BilingualText text={text} lang="bilingual" />
      </p>,
    );
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("shows one language alone", () => {
    expect(render(<BilingualText text={text} lang="zh" />).container.textContent).toBe(text.zh);
    expect(render(<BilingualText text={text} lang="en" />).container.textContent).toBe(text.en);
  });

  it("marks each part of a bilingual text with its language", () => {
    const { container } = render(<BilingualText text={text} lang="bilingual" />);
    expect(container.querySelector('[lang="zh-CN"]')?.textContent).toBe(text.zh);
    expect(container.querySelector('[lang="en"]')?.textContent).toBe(text.en);
    expect(container.querySelector('[aria-hidden="true"]')?.textContent).toBe(" / ");
  });

  it("prints a text that is the same in both languages once", () => {
    expect(
      render(<BilingualText text={{ zh: "ISO9001", en: "ISO9001" }} lang="bilingual" />).container
        .textContent,
    ).toBe("ISO9001");
  });
});
