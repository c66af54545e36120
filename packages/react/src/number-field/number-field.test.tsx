import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { expectedMessage } from "../story-helpers/expected-message";
import { renderField } from "../story-helpers/field-test-kit";
import { singleFieldTable } from "../story-helpers/single-field-table";
import { contractTerm, employees, employeesMinimum, networkingRate } from "./number-field.examples";

const term = contractTerm.field;
const share = networkingRate.field;

describe("NumberField", () => {
  it("has no axe violations, empty and with an error showing", async () => {
    const { container, user } = renderField([term, share]);
    expect((await axe.run(container)).violations).toEqual([]);
    await user.type(screen.getByLabelText(/合同期限/), "1.5");
    await user.tab();
    await screen.findByText(expectedMessage([term, share], { contractTerm: "1.5" }, "contractTerm").zh);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("stores digits, full-width digits and an accepted word exactly as typed", async () => {
    const { user, values } = renderField([term, share]);
    const input = screen.getByLabelText(/合同期限/);
    await user.type(input, "36");
    expect(values().contractTerm).toBe("36");
    await user.clear(input);
    await user.type(input, "３６");
    expect(values().contractTerm).toBe("３６");
    await user.clear(input);
    expect(values().contractTerm).toBeUndefined();
    await user.type(input, "无");
    expect(values().contractTerm).toBe("无");
    await user.type(screen.getByLabelText(/联网率/), "12.50");
    expect(values().networkingRate).toBe("12.50");
  });

  it("accepts the field's word without a message", async () => {
    const { user, container } = renderField([term]);
    await user.type(screen.getByLabelText(/合同期限/), "无");
    // Leaving a field validates what it holds at once and shows the messages, if there are any.
    await user.tab();
    expect(container.querySelector(".tb-message-error")).toBeNull();
  });

  it("prints the unit after the input and reads it with the input", () => {
    renderField([term, share], { lang: "en" });
    const input = screen.getByLabelText(/Contract term/);
    const unit = document.getElementById(String(input.getAttribute("aria-describedby")).split(" ")[0] ?? "");
    expect(unit?.textContent).toBe("months");
    expect(input.compareDocumentPosition(unit as Node) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(
      within(screen.getByLabelText(/Networking rate/).parentElement as HTMLElement).getByText("%"),
    ).toBeTruthy();
  });

  it("shows both languages of the unit in bilingual mode", () => {
    const { container } = renderField([term], { lang: "bilingual" });
    const unit = container.querySelector(".tb-unit");
    expect(unit?.querySelector('[lang="zh-CN"]')?.textContent).toBe("月");
    expect(unit?.querySelector('[lang="en"]')?.textContent).toBe("months");
  });

  it("asks phones for the matching keyboard", () => {
    renderField([term, share]);
    // 205 accepts 无, which a numeric keypad cannot type.
    expect(screen.getByLabelText(/合同期限/).getAttribute("inputmode")).toBe("text");
    expect(screen.getByLabelText(/联网率/).getAttribute("inputmode")).toBe("decimal");
    renderField([employees.field]);
    expect(screen.getByLabelText(/从业人数/).getAttribute("inputmode")).toBe("numeric");
  });

  it("shows the message for a number that is not an integer, in Chinese", async () => {
    const { user, container } = renderField([term]);
    const input = screen.getByLabelText(/合同期限/);
    await user.type(input, "1.5");
    await user.tab();
    const expected = expectedMessage([term], { contractTerm: "1.5" }, "contractTerm");
    expect(expected.key).toBe("validation.integer");
    expect(expected.zh).toContain("合同期限");
    const message = await screen.findByText(expected.zh);
    expect(container.querySelector(".tb-message-error")?.contains(message)).toBe(true);
    expect(input.getAttribute("aria-invalid")).toBe("true");
    expect(input.getAttribute("aria-describedby")).toContain(message.closest("[id]")?.id);
  });

  it("shows the message for a value above the maximum, in English", async () => {
    const { user } = renderField([share], { lang: "en" });
    await user.type(screen.getByLabelText(/Networking rate/), "120");
    await user.tab();
    const expected = expectedMessage([share], { networkingRate: "120" }, "networkingRate");
    expect(expected.key).toBe("validation.max");
    expect(expected.en).toContain("Networking rate");
    expect(await screen.findByText(expected.en)).toBeTruthy();
  });

  it("shows a warning below the notice's threshold, tagged as a warning, in both languages", async () => {
    const { user, container } = renderField([employees.field], {
      rules: [employeesMinimum],
      lang: "bilingual",
    });
    await user.type(screen.getByLabelText(/从业人数/), "300");
    await user.tab();
    const expected = expectedMessage(
      singleFieldTable([employees.field], [employeesMinimum]),
      { employees: "300" },
      "employees",
    );
    expect(expected.severity).toBe("warning");
    const warning = await screen.findByText(expected.en);
    expect(warning.closest(".tb-message-warning")).not.toBeNull();
    expect(within(warning.closest(".tb-message-warning") as HTMLElement).getByText(expected.zh)).toBeTruthy();
    expect(container.querySelector(".tb-message-error")).toBeNull();
    expect(screen.getByLabelText(/从业人数/).getAttribute("aria-invalid")).toBeNull();
  });

  it("cannot be typed in when the form is read-only", async () => {
    const { user, values } = renderField([term], { readOnly: true, value: { contractTerm: "24" } });
    const input = screen.getByLabelText(/合同期限/) as HTMLInputElement;
    expect(input.readOnly).toBe(true);
    await user.type(input, "9");
    expect(input.value).toBe("24");
    expect(values().contractTerm).toBe("24");
  });
});
