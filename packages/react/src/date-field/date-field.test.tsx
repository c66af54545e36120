import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { expectedMessage } from "../story-helpers/expected-message";
import { renderField } from "../story-helpers/field-test-kit";
import {
  establishedOn as establishedOnExample,
  reportYear as reportYearExample,
  signingDate as signingDateExample,
} from "./date-field.examples";
import { joinDate, splitDate } from "./date-parts";

const signingDate = signingDateExample.field;
const establishedOn = establishedOnExample.field;
const reportYear = reportYearExample.field;

function group(name: RegExp) {
  return screen.getByRole("group", { name });
}

describe("DateField", () => {
  it("has no axe violations, empty, filled and with an error showing", async () => {
    const { container, user } = renderField([signingDate, establishedOn, reportYear], {
      value: { establishedOn: "2016-05", reportPeriod: "2024" },
    });
    expect((await axe.run(container)).violations).toEqual([]);
    const parts = within(group(/签字日期/)).getAllByRole("textbox");
    await user.type(parts[0] as HTMLElement, "2024");
    await user.tab();
    await user.tab();
    await user.tab();
    await screen.findByText(expectedMessage([signingDate], { signingDate: "2024" }, "signingDate").zh);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("labels each part in paper order 年 月 日 inside a group named by the field", () => {
    renderField([signingDate]);
    const fieldset = group(/204\s*签字日期/);
    expect(fieldset.tagName).toBe("FIELDSET");
    const inputs = within(fieldset).getAllByRole("textbox");
    expect(inputs.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      "年",
      "月",
      "日",
    ]);
    // Chinese puts the label after its box, as printed: 2024 年 11 月 12 日.
    const year = inputs[0] as HTMLInputElement;
    expect(
      year.compareDocumentPosition(year.labels?.[0] as Node) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(inputs.every((input) => input.getAttribute("inputmode") === "numeric")).toBe(true);
  });

  it("shows only the parts the precision asks for, labelled in English", () => {
    renderField([establishedOn, reportYear], { lang: "en" });
    const month = within(group(/Date of opening/)).getAllByRole("textbox");
    expect(month.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toEqual([
      "Year",
      "Month",
    ]);
    const year = within(group(/Reporting period/)).getAllByRole("textbox");
    expect(year.map((input) => (input as HTMLInputElement).labels?.[0]?.textContent)).toEqual(["Year"]);
  });

  it("composes the parts into YYYY-MM-DD, keeping an incomplete date as typed", async () => {
    const { user, values } = renderField([signingDate]);
    const [year, month, day] = within(group(/签字日期/)).getAllByRole("textbox") as HTMLInputElement[];
    await user.type(year as HTMLElement, "2024");
    expect(values().signingDate).toBe("2024");
    await user.type(month as HTMLElement, "1");
    expect(values().signingDate).toBe("2024-1");
    await user.type(month as HTMLElement, "1");
    expect(values().signingDate).toBe("2024-11");
    await user.type(day as HTMLElement, "5");
    expect(values().signingDate).toBe("2024-11-05");
    // The box keeps what was typed; only the stored date is padded.
    expect(day?.value).toBe("5");
    await user.type(day as HTMLElement, "2");
    expect(values().signingDate).toBe("2024-11-52");
    await user.clear(year as HTMLElement);
    expect(values().signingDate).toBe("-11-52");
    await user.clear(month as HTMLElement);
    await user.clear(day as HTMLElement);
    expect(values().signingDate).toBeUndefined();
  });

  it("stores full-width digits as typed", async () => {
    const { user, values } = renderField([establishedOn]);
    const [year, month] = within(group(/开业/)).getAllByRole("textbox");
    await user.type(year as HTMLElement, "２０１６");
    await user.type(month as HTMLElement, "５");
    expect(values().establishedOn).toBe("２０１６-０５");
  });

  it("splits a saved value into its parts", () => {
    renderField([signingDate, establishedOn], {
      value: { signingDate: "2024-11-12", establishedOn: "2016-05" },
    });
    const day = within(group(/签字日期/)).getAllByRole("textbox") as HTMLInputElement[];
    expect(day.map((input) => input.value)).toEqual(["2024", "11", "12"]);
    const month = within(group(/开业/)).getAllByRole("textbox") as HTMLInputElement[];
    expect(month.map((input) => input.value)).toEqual(["2016", "05"]);
  });

  it("follows a value set from outside the field, such as a restored draft", async () => {
    const draft = { savedAt: new Date().toISOString(), values: { establishedOn: "2016-05" } };
    window.localStorage.setItem("tianbiao:draft:date-field-test", JSON.stringify(draft));
    const { user } = renderField([establishedOn], { draftKey: "date-field-test" });
    const inputs = within(group(/开业/)).getAllByRole("textbox") as HTMLInputElement[];
    expect(inputs.map((input) => input.value)).toEqual(["", ""]);
    await user.click(screen.getByRole("button", { name: "恢复草稿" }));
    expect(inputs.map((input) => input.value)).toEqual(["2016", "05"]);
  });

  it("shows the message for an impossible date in Chinese and in English", async () => {
    const wrong = { signingDate: "2024-02-30" };
    const expected = expectedMessage([signingDate], wrong, "signingDate");
    expect(expected.key).toBe("validation.date");
    for (const lang of ["zh", "en"] as const) {
      const { user, unmount } = renderField([signingDate], { lang });
      const name = lang === "zh" ? /签字日期/ : /Signing date/;
      const [year, month, day] = within(group(name)).getAllByRole("textbox");
      await user.type(year as HTMLElement, "2024");
      await user.type(month as HTMLElement, "02");
      await user.type(day as HTMLElement, "30");
      await user.tab();
      const message = await screen.findByText(expected[lang]);
      expect(group(name).contains(message)).toBe(true);
      expect((year as HTMLElement).getAttribute("aria-invalid")).toBe("true");
      unmount();
    }
  });

  it("waits until focus leaves the whole date before showing a message", async () => {
    const { user, container } = renderField([signingDate, reportYear]);
    const [year] = within(group(/签字日期/)).getAllByRole("textbox");
    const message = () => container.querySelector('[data-path="signingDate"] .tb-message-error');
    await user.type(year as HTMLElement, "2024");
    await user.tab();
    expect(message()).toBeNull();
    await user.tab();
    expect(message()).toBeNull();
    // Out of the date, on to the next field: the incomplete date now says so.
    await user.tab();
    expect(message()).not.toBeNull();
  });

  it("is read-only when the form is", () => {
    renderField([signingDate], { readOnly: true, value: { signingDate: "2024-11-12" } });
    const inputs = within(group(/签字日期/)).getAllByRole("textbox") as HTMLInputElement[];
    expect(inputs.every((input) => input.readOnly)).toBe(true);
  });
});

describe("date parts", () => {
  it("round-trips what was typed, complete or not", () => {
    const cases: string[][] = [
      ["2024", "", ""],
      ["2024", "1", ""],
      ["", "3", ""],
      ["2024", "", "5"],
      ["24", "13", "40"],
      ["２０２４", "１１", "１２"],
    ];
    for (const parts of cases) {
      expect(splitDate(joinDate(parts), 3).map((part) => part.replace(/^[0０](?=[0-9０-９]$)/, ""))).toEqual(
        parts.map((part) => part.replace(/^[0０](?=[0-9０-９]$)/, "")),
      );
    }
  });

  it("pads a one-digit month or day only once the date is complete", () => {
    expect(joinDate(["2024", "1", ""])).toBe("2024-1");
    expect(joinDate(["2024", "1", "5"])).toBe("2024-01-05");
    expect(joinDate(["２０２４", "１", "５"])).toBe("２０２４-０１-０５");
    expect(joinDate(["", "", ""])).toBeUndefined();
  });

  it("keeps extra parts in the last one rather than dropping them", () => {
    expect(splitDate("2024-11-12", 2)).toEqual(["2024", "11-12"]);
    expect(splitDate(undefined, 3)).toEqual(["", "", ""]);
  });
});
