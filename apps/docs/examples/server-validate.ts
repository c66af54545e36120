import { compileTable, type Submission } from "@tianbiao/core";
import { messagesFor } from "@tianbiao/i18n";
import { getTableModule } from "@tianbiao/tables";

const module = getTableModule("enterprise-1");
if (module?.table.kind !== "form") throw new Error("enterprise-1 is a form table");
const compiled = compileTable(module.table);

/** Validates a posted body again on the server: 422 with every finding in both languages, or the derived submission. */
export function receive(
  body: string,
): { status: 422; errors: unknown[] } | { status: 201; stored: Submission } {
  const submission: unknown = JSON.parse(body);
  const result = compiled.validate(submission);
  if (!result.ok) {
    return {
      status: 422,
      errors: result.errors.map((finding) => ({ ...finding, message: messagesFor(finding) })),
    };
  }
  // Derived figures (折万美元, 累计) filled in before storing.
  return { status: 201, stored: compiled.derive(submission) };
}
