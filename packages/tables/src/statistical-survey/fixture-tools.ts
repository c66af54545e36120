import type { InvalidFixture, Path, Submission, Text } from "@tianbiao/core";

// Invalid fixtures are the valid one with one change, so no sample value is written twice.

function setIn(node: unknown, keys: readonly string[], value: unknown): unknown {
  const [key, ...rest] = keys;
  if (key === undefined) return value;
  const container: Record<string, unknown> | unknown[] = Array.isArray(node)
    ? [...node]
    : typeof node === "object" && node !== null
      ? { ...(node as Record<string, unknown>) }
      : /^\d+$/.test(key)
        ? []
        : {};
  const current = (container as Record<string, unknown>)[key];
  const next = setIn(current, rest, value);
  if (next === undefined && !Array.isArray(container)) delete (container as Record<string, unknown>)[key];
  else (container as Record<string, unknown>)[key] = next;
  return container;
}

/** A copy of `base` with `value` at each dotted path; `undefined` removes the key. */
export function withChanges(base: Submission, changes: Record<Path, unknown>): Submission {
  let out: unknown = base;
  for (const [path, value] of Object.entries(changes)) out = setIn(out, path.split("."), value);
  return out as Submission;
}

/** An invalid fixture: `base` changed at the given paths, expected to fail `rule` at `path`. */
export function breaking(
  base: Submission,
  name: string,
  expect: { rule: string; path: Path },
  description: Text,
  changes: Record<Path, unknown>,
): InvalidFixture {
  return { name, description, expect, value: withChanges(base, changes) };
}

/** A string of `length` characters, for over-long text fixtures. */
export function longText(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/**
 * The two breakages of the header every credit-coded statistical table shares (common.ts): no
 * identifier at all, and a 统一社会信用代码 whose check character is wrong.
 */
export function headerBreakages(valid: Submission, badCreditCode: string): InvalidFixture[] {
  return [
    breaking(
      valid,
      "no-identifier",
      { rule: "identifier-required", path: "creditCode" },
      {
        zh: "既未填统一社会信用代码，也未填组织机构代码。",
        en: "Neither a unified social credit code nor an organization code is given.",
      },
      { creditCode: undefined },
    ),
    breaking(
      valid,
      "credit-code-check-character",
      { rule: "checksum", path: "creditCode" },
      {
        zh: "统一社会信用代码的校验码错误。",
        en: "The check character of the unified social credit code is wrong.",
      },
      { creditCode: badCreditCode },
    ),
  ];
}
