import type { ChoiceOption, Field, TableDefinition, Text } from "@tianbiao/core";
import type { ResourceTree } from "./resources";

/** Strings of one table in Chinese and English, ready for `createI18n({ resources })`. */
// A type alias, not an interface, so that it is assignable to `ExtraResources`.
export type TableResources = { zh: ResourceTree; en: ResourceTree };

/**
 * The i18n key of one string of a table: `tables.<tableId>.<path>.<part>`. A rows column path may be
 * given as in a submission (`investors.*.share`); the `*` is dropped because every row shares labels.
 */
export function tableKey(tableId: string, path: string, part: string): string {
  const segments = path.split(".").filter((s) => s !== "*" && s !== "");
  return ["tables", tableId, ...segments, part].join(".");
}

class TreeWriter {
  readonly zh: ResourceTree = {};
  readonly en: ResourceTree = {};

  put(segments: string[], text: Text | undefined): void {
    if (!text) return;
    // An id holding a dot nests, as i18next reads the key it is looked up by.
    const path = segments.flatMap((s) => s.split("."));
    this.write(this.zh, path, text.zh);
    this.write(this.en, path, text.en);
  }

  // A field id equal to a reserved part (label, help, options…) would overwrite a string: say so.
  private write(root: ResourceTree, segments: string[], value: string): void {
    let node = root;
    for (const [i, segment] of segments.entries()) {
      const path = segments.slice(0, i + 1).join(".");
      if (i === segments.length - 1) {
        if (node[segment] !== undefined) throw new Error(`tableResources: two strings share the key ${path}`);
        node[segment] = value;
        return;
      }
      const next = node[segment] ?? {};
      if (typeof next === "string") throw new Error(`tableResources: ${path} is both a string and a parent`);
      node[segment] = next;
      node = next;
    }
  }
}

function walkOptions(writer: TreeWriter, base: string[], options: ChoiceOption[]): void {
  for (const option of options) {
    writer.put([...base, option.value], option.label);
    if (option.children) walkOptions(writer, base, option.children);
  }
}

function walkFields(writer: TreeWriter, base: string[], fields: Field[]): void {
  for (const field of fields) {
    const at = [...base, field.id];
    writer.put([...at, "label"], field.label);
    writer.put([...at, "help"], field.help);
    switch (field.kind) {
      case "choice":
        walkOptions(writer, [...at, "options"], field.options);
        break;
      case "group":
        walkFields(writer, at, field.fields);
        break;
      case "rows":
        walkFields(writer, at, field.columns);
        if (field.rowKinds) walkOptions(writer, [...at, "rowKinds"], field.rowKinds);
        break;
      case "matrix":
        for (const column of field.columns) writer.put([...at, "columns", column.id, "label"], column.label);
        for (const row of field.rows) writer.put([...at, "rows", row.id, "label"], row.label);
        break;
      default:
        break;
    }
  }
}

/**
 * Every visible string of a table as i18n resources: `tables.<tableId>.<fieldPath>.label`, `.help`,
 * `.options.<value>`, matrix `.rows.<rowId>.label` / `.columns.<columnId>.label`, rows `.rowKinds.<value>`;
 * the header under `_table` (title, tableNo, issuer, approver, approvalNo, deadline, source), notes
 * under `_notes.<n>`, sections under `_sections.<sectionId>.title|note`, and a reference table's
 * `_columns.<columnId>` and `_rows.<rowId>.<columnId>`. A host changes one label with
 * `createI18n({ overrides: { en: { [tableKey(id, path, "label")]: "…" } } })`.
 */
export function tableResources(table: TableDefinition): TableResources {
  const writer = new TreeWriter();
  const root = ["tables", table.id];
  const head = [...root, "_table"];
  writer.put([...head, "title"], table.title);
  writer.put([...head, "tableNo"], table.tableNo);
  writer.put([...head, "issuer"], table.issuer);
  writer.put([...head, "approver"], table.approver);
  writer.put([...head, "approvalNo"], table.approvalNo);
  writer.put([...head, "deadline"], table.deadline);
  writer.put([...head, "source"], table.source.document);
  for (const [i, note] of (table.notes ?? []).entries()) writer.put([...root, "_notes", String(i)], note);

  if (table.kind === "form") {
    for (const section of table.sections) {
      writer.put([...root, "_sections", section.id, "title"], section.title);
      writer.put([...root, "_sections", section.id, "note"], section.note);
      walkFields(writer, root, section.fields);
    }
  } else {
    for (const column of table.columns) writer.put([...root, "_columns", column.id], column.label);
    for (const row of table.rows) {
      for (const [columnId, cell] of Object.entries(row.cells)) {
        writer.put([...root, "_rows", row.id, columnId], cell);
      }
    }
  }
  return { zh: writer.zh, en: writer.en };
}
