import fc from "fast-check";

// Shared by the identifier property tests: ways a filer may type a valid code.

const hyphens = ["-", "－", "\u2010", "\u2011", "\u2013", "\u2014"];
const spaces = [" ", "\u3000", "  "];

const toFullWidth = (s: string) =>
  s.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));

/** A variant of `code`: any mix of full-width, lower case, and spaces or hyphens between characters. */
export const typedVariant = (code: string): fc.Arbitrary<string> =>
  fc
    .record({
      fullWidth: fc.boolean(),
      lowerCase: fc.boolean(),
      separators: fc.array(fc.constantFrom("", "", "", ...hyphens, ...spaces), {
        minLength: code.length + 1,
        maxLength: code.length + 1,
      }),
    })
    .map(({ fullWidth, lowerCase, separators }) => {
      let typed = "";
      for (let i = 0; i < code.length; i++) {
        const ch = code.charAt(i);
        typed += (i === 0 ? separators[0] : separators[i]) + (lowerCase ? ch.toLowerCase() : ch);
      }
      typed += separators[code.length];
      return fullWidth ? toFullWidth(typed) : typed;
    });

/** A fixed-length string over `alphabet`. */
export const fromAlphabet = (alphabet: string, length: number): fc.Arbitrary<string> =>
  fc
    .array(fc.constantFrom(...alphabet.split("")), { minLength: length, maxLength: length })
    .map((chars) => chars.join(""));
