import type { HostContext } from "./conditions";
import type { FieldNode } from "./fields";
import type * as Validator from "./validator";

// validator.ts for a page script that carries it apart (the embed's build puts this module in its
// place): zod and the schema builders are a chunk of their own, which the page loads beside the table
// while the form is drawn, so the script a page needs before it shows the form is that much smaller.
// A table renders without it; its first validation waits until it is here (the form validates after
// the first paint anyway).

let loading: Promise<void> | undefined;
let loaded: typeof Validator | undefined;

export function validatorLoaded(): boolean {
  return loaded !== undefined;
}

/** Loads the validator's chunk; a failed fetch is tried again the next time it is asked for. */
export function loadValidator(): Promise<void> {
  loading ??= import("./validator").then(
    (module) => {
      loaded = module;
    },
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

export type { ParseResult, SubmissionParser } from "./validator";

/** validator.ts's parser, once the chunk is here; asked before, it says so instead of guessing. */
export function submissionParser(
  roots: readonly FieldNode[],
  conditional: boolean,
  baseContext: HostContext,
): Validator.SubmissionParser {
  let parser: Validator.SubmissionParser | undefined;
  const get = (): Validator.SubmissionParser => {
    if (loaded === undefined)
      throw new Error("the validator is not loaded yet: await loadValidator() before validating");
    parser ??= loaded.submissionParser(roots, conditional, baseContext);
    return parser;
  };
  return {
    parse: (root, context) => get().parse(root, context),
    schema: () => get().schema(),
  };
}
