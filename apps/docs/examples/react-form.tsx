import type { FormTable } from "@tianbiao/core";
import { type SubmitOutcome, TableForm } from "@tianbiao/react";
import "@tianbiao/react/styles.css";
import { getTableModule } from "@tianbiao/tables";

const module = getTableModule("enterprise-3");
if (module?.table.kind !== "form") throw new Error("enterprise-3 is a form table");
const table: FormTable = module.table;

export function ContractForm() {
  return (
    <TableForm
      table={table}
      lang="bilingual"
      draftKey="enterprise-3"
      onSubmit={async (values, { warnings }): Promise<SubmitOutcome> => {
        const response = await fetch("/api/submissions/enterprise-3", {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ values, warnings }),
        });
        if (response.status !== 201) return { ok: false };
        const { id } = (await response.json()) as { id: string };
        return { ok: true, reference: id };
      }}
    />
  );
}
