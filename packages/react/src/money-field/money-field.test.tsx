import { screen, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { expectedMessage } from "../story-helpers/expected-message";
import { renderField } from "../story-helpers/field-test-kit";
import { contractAmount, registeredCapital } from "./money-field.examples";

const capital = registeredCapital.field;
const contract = contractAmount.field;

const filled = { registeredCapital: registeredCapital.valid, contractAmount: contractAmount.valid };

function part(group: RegExp, label: RegExp) {
  return within(screen.getByRole("group", { name: group })).getByLabelText(label) as HTMLInputElement;
}

describe("MoneyField", () => {
  it("has no axe violations, empty, filled and with an error showing", async () => {
    const empty = renderField([capital, contract]);
    expect((await axe.run(empty.container)).violations).toEqual([]);
    empty.unmount();
    const { container, user } = renderField([capital, contract], { value: filled, lang: "bilingual" });
    expect((await axe.run(container)).violations).toEqual([]);
    const amount = part(/注册资本/, /原币金额/);
    await user.clear(amount);
    await user.type(amount, "abc");
    await user.tab();
    const wrong = { ...filled, registeredCapital: { ...(registeredCapital.valid as object), amount: "abc" } };
    const expected = expectedMessage([capital, contract], wrong, "registeredCapital");
    await screen.findByText(expected.zh);
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it("is a fieldset named by the field, each part with its own label", () => {
    renderField([capital, contract]);
    const group = screen.getByRole("group", { name: /117\s*注册资本/ });
    expect(group.tagName).toBe("FIELDSET");
    for (const label of [/原币金额/, /汇率$/, /汇率日期/])
      expect(within(group).getByLabelText(label)).toBeTruthy();
    expect(within(group).getByLabelText("折万美元").tagName).toBe("OUTPUT");
    // 117 fixes 人民币: no currency to choose.
    expect(within(group).getByLabelText("币种").textContent).toBe("人民币 CNY");
    expect(within(screen.getByRole("group", { name: /206\s*合同金额/ })).getByLabelText(/币种/).tagName).toBe(
      "SELECT",
    );
  });

  it("derives 折万美元 live as amount ÷ rate, and again when the filer overrides the rate", async () => {
    const { user, values } = renderField([capital]);
    await user.type(part(/注册资本/, /原币金额/), "3550");
    expect(values().registeredCapital).toEqual({ amount: "3550", currency: "CNY" });
    await user.type(part(/注册资本/, /汇率$/), "7.1");
    expect(screen.getByLabelText("折万美元").textContent).toBe("500");
    expect(values().registeredCapital).toEqual({ amount: "3550", currency: "CNY", rate: "7.1", usd: 500 });
    const rate = part(/注册资本/, /汇率$/);
    await user.clear(rate);
    await user.type(rate, "7.2");
    expect(screen.getByLabelText("折万美元").textContent).toBe("493.0556");
    expect(values().registeredCapital).toMatchObject({ rate: "7.2", usd: 493.0556 });
    await user.type(part(/注册资本/, /汇率日期/), "2024-12-31");
    expect(values().registeredCapital).toMatchObject({ rateDate: "2024-12-31" });
  });

  it("takes full-width digits as typed and still derives the figure", async () => {
    const { user, values } = renderField([capital]);
    await user.type(part(/注册资本/, /原币金额/), "７１０");
    await user.type(part(/注册资本/, /汇率$/), "７.１");
    expect(values().registeredCapital).toEqual({
      amount: "７１０",
      currency: "CNY",
      rate: "７.１",
      usd: 100,
    });
  });

  it("lets the filer state the currency; US dollars need no rate and keep the amount", async () => {
    const { user, values } = renderField([contract], { lang: "en" });
    const currency = part(/Contract amount/, /Currency/);
    expect(Array.from((currency as unknown as HTMLSelectElement).options).map((o) => o.value)).toContain(
      "JPY",
    );
    await user.selectOptions(currency, "JPY");
    await user.type(part(/Contract amount/, /Amount/), "1500");
    await user.type(part(/Contract amount/, /Exchange rate$/), "150");
    expect(values().contractAmount).toEqual({ amount: "1500", currency: "JPY", rate: "150", usd: 10 });
    await user.selectOptions(currency, "USD");
    const rate = part(/Contract amount/, /Exchange rate$/);
    expect(rate.value).toBe("1");
    expect(rate.readOnly).toBe(true);
    expect(values().contractAmount).toEqual({ amount: "1500", currency: "USD", rate: "1", usd: 1500 });
    // Back to yen: the rate typed for it returns.
    await user.selectOptions(currency, "JPY");
    expect(values().contractAmount).toEqual({ amount: "1500", currency: "JPY", rate: "150", usd: 10 });
  });

  it("shows the message for an amount that is not a number, in Chinese, on the amount", async () => {
    const { user } = renderField([capital]);
    const amount = part(/注册资本/, /原币金额/);
    await user.type(amount, "三千");
    await user.tab();
    const expected = expectedMessage(
      [capital],
      { registeredCapital: { amount: "三千", currency: "CNY" } },
      "registeredCapital",
    );
    expect(expected.key).toBe("validation.number");
    const message = await screen.findByText(expected.zh);
    expect(screen.getByRole("group", { name: /注册资本/ }).contains(message)).toBe(true);
    expect(amount.getAttribute("aria-invalid")).toBe("true");
    expect(amount.getAttribute("aria-describedby")?.split(" ")).toContain(
      message.closest("[id$='-messages']")?.id,
    );
  });

  it("shows the message for a missing currency, in English, on the currency", async () => {
    const { user } = renderField([contract], { lang: "en" });
    await user.type(part(/Contract amount/, /Amount/), "100");
    await user.tab();
    const expected = expectedMessage([contract], { contractAmount: { amount: "100" } }, "contractAmount");
    expect(expected.key).toBe("validation.money.currency");
    expect(await screen.findByText(expected.en)).toBeTruthy();
    expect(part(/Contract amount/, /Currency/).getAttribute("aria-invalid")).toBe("true");
    expect(part(/Contract amount/, /Amount/).getAttribute("aria-invalid")).toBeNull();
  });

  it("asks for no rate where the paper asks for no 折万美元", () => {
    renderField([{ ...capital, usd: false }]);
    const group = screen.getByRole("group", { name: /注册资本/ });
    expect(within(group).queryByLabelText(/汇率/)).toBeNull();
    expect(within(group).queryByLabelText("折万美元")).toBeNull();
  });

  it("shows a saved value and cannot be changed when read-only", () => {
    renderField([capital, contract], { value: filled, readOnly: true });
    expect(part(/注册资本/, /原币金额/).value).toBe("3550");
    expect(part(/注册资本/, /原币金额/).readOnly).toBe(true);
    expect(
      within(screen.getByRole("group", { name: /合同金额/ })).getByLabelText("折万美元").textContent,
    ).toBe("10");
    expect((part(/合同金额/, /币种/) as unknown as HTMLSelectElement).disabled).toBe(true);
  });
});
