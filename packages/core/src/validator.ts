import * as z from "zod/mini";
import type { HostContext } from "./conditions";
import type { FieldNode } from "./fields";
import type { Submission } from "./model";
import { type DirectReader, directReaderOf, markHidden, submissionSchema } from "./schema";

// The zod side of a compiled table: its schema and the reading of a submission through it. A page
// script may carry it apart from the rest (the embed does: validator.split.ts stands in for this
// module there and loads it after the form is on the screen); everywhere else it is simply here.

// zod's JIT compiles parsers with `new Function`, which a CSP without 'unsafe-eval' forbids.
// The setting is read when a schema is built, so it is set before any table is compiled.
z.config({ jitless: true });

/** Whether the validator is loaded: here always. */
export function validatorLoaded(): boolean {
  return true;
}

/** Loads the validator where a script carries it apart; here it is loaded already. */
export function loadValidator(): Promise<void> {
  return Promise.resolve();
}

/** A submission as the schema reads it, or its issues; `copied` when the direct reader made it. */
export type ParseResult =
  | { success: true; data: unknown; copied: true }
  | ReturnType<ReturnType<typeof submissionSchema>["safeParse"]>;

export interface SubmissionParser {
  parse(root: Record<string, unknown>, context: HostContext): ParseResult;
  /** The zod schema of a submission, with fields hidden under `baseContext` skipped. */
  schema(): z.ZodMiniType<Submission>;
}

/** The parser of a table's submissions; its zod schema is built on first use. */
export function submissionParser(
  roots: readonly FieldNode[],
  conditional: boolean,
  baseContext: HostContext,
): SubmissionParser {
  let objectSchema: ReturnType<typeof submissionSchema> | undefined;
  let direct: DirectReader | undefined;
  const parser = () => {
    if (objectSchema === undefined) {
      objectSchema = submissionSchema(roots);
      direct = directReaderOf(roots);
    }
    return objectSchema;
  };
  let schema: z.ZodMiniType<Submission> | undefined;
  return {
    parse(root, context) {
      const built = parser();
      const data = direct?.(root, context);
      if (data !== undefined) return { success: true, data, copied: true };
      return built.safeParse(conditional ? markHidden(roots, root, context) : root);
    },
    schema() {
      schema ??= (conditional
        ? z.pipe(
            z.transform((value) => markHidden(roots, value, baseContext)),
            parser(),
          )
        : parser()) as unknown as z.ZodMiniType<Submission>;
      return schema;
    },
  };
}
