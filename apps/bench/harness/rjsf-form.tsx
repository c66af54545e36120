import Form from "@rjsf/core";
import type { RJSFSchema } from "@rjsf/utils";
import validator from "@rjsf/validator-ajv8";
import { type FormTable, type Submission, tableJsonSchema } from "@tianbiao/core";

/** The same table drawn by react-jsonschema-form from the JSON Schema tianbiao compiles. */
export function RjsfForm({ table, value }: { table: FormTable; value?: Submission }) {
  // The default validator is draft-07 Ajv; the 2020-12 keywords used here are draft-07 compatible.
  const { $schema: _dialect, ...schema } = tableJsonSchema(table);
  return <Form schema={schema as RJSFSchema} validator={validator} formData={value} />;
}
