/** The currencies offered for a money field's 原币, in menu order; names are under `ui.currency.<code>`. */
export const currencyCodes = [
  "CNY",
  "USD",
  "EUR",
  "JPY",
  "HKD",
  "MOP",
  "TWD",
  "GBP",
  "KRW",
  "SGD",
  "AUD",
  "CAD",
  "CHF",
  "INR",
  "RUB",
] as const;

export type CurrencyCode = (typeof currencyCodes)[number];
