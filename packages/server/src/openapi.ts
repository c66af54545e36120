import { type CompiledTable, tableJsonSchema } from "@tianbiao/core";
import { getTableModule, tableIds } from "@tianbiao/tables";

/**
 * Adds each form table's JSON Schema (from the core, the same definition the validator uses) to
 * the OpenAPI document, and names them as the body of POST /api/submissions/{tableId}.
 */
export function addOpenApiTables(
  document: Record<string, unknown>,
  compiled: (id: string) => CompiledTable,
): Record<string, unknown> {
  const formIds = tableIds().filter((id) => getTableModule(id)?.table.kind === "form");
  const components = (document.components ?? {}) as Record<string, Record<string, unknown>>;
  const schemas: Record<string, unknown> = { ...(components.schemas ?? {}) };
  for (const id of formIds) {
    const { $schema: _ignored, ...schema } = tableJsonSchema(compiled(id).table);
    schemas[`table-${id}`] = schema;
  }
  const paths = (document.paths ?? {}) as Record<string, Record<string, Record<string, unknown>>>;
  const post = paths["/api/submissions/{tableId}"]?.post;
  if (post !== undefined) {
    const oneOf = formIds.map((id) => ({ $ref: `#/components/schemas/table-${id}` }));
    post.requestBody = {
      required: true,
      content: {
        "application/json": {
          schema: {
            oneOf: [
              {
                type: "object",
                required: ["values"],
                properties: {
                  values: { oneOf },
                  warnings: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["rule", "path"],
                      properties: {
                        rule: { type: "string" },
                        path: { type: "string" },
                        confirmed: { type: "boolean" },
                        explanation: { type: "string" },
                      },
                    },
                  },
                  context: { type: "object" },
                },
              },
              ...oneOf,
            ],
          },
        },
      },
    };
  }
  return { ...document, components: { ...components, schemas } };
}
