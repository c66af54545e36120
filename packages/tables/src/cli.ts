import { compileTable, type Finding, tableJsonSchema } from "@tianbiao/core";
import { messagesFor } from "@tianbiao/i18n";
import { catalog, getTableModule, tableIds } from "./catalogue";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Reads a file, or standard input for "-". */
  read: (file: string) => Promise<string>;
}

const usage = `usage: tianbiao <command>
  catalog                       every table, field and option as JSON
  example <table-id>            a complete valid submission
  validate <table-id> <file|->  validate a submission (exit 0 valid, 1 invalid, 2 unreadable)
  schema <table-id>             the submission's JSON Schema (2020-12)`;

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Text the user gave (a table id, a file name, a parser's quote of the input) made safe to print in
 * a one-line message: control and format characters (bidirectional overrides, zero widths), line
 * breaks and lone surrogates become \u escapes.
 */
function printable(text: string): string {
  return text.replace(
    /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}]/gu,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

const messageOf = (error: unknown) => printable(error instanceof Error ? error.message : String(error));

/** What a JSON value is, for a message: "an array", "a number", "null"… */
function jsonKind(value: unknown): string {
  if (value === null || typeof value === "boolean") return String(value);
  return Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

function reportFinding(finding: Finding) {
  const out: { path: string; code?: string; rule: string; message: { zh: string; en: string } } = {
    path: finding.path,
    rule: finding.rule,
    message: messagesFor(finding),
  };
  if (finding.code) out.code = finding.code;
  return out;
}

function formModule(id: string | undefined, io: CliIo) {
  if (!id) {
    io.stderr(`tianbiao: name a table: ${tableIds().join(", ")}\n`);
    return undefined;
  }
  const module = getTableModule(id);
  if (!module) {
    io.stderr(`tianbiao: unknown table "${printable(id)}"; known tables: ${tableIds().join(", ")}\n`);
    return undefined;
  }
  if (module.table.kind !== "form") {
    io.stderr(`tianbiao: "${id}" is a reference table; it has no submissions\n`);
    return undefined;
  }
  return { table: module.table, fixtures: module.fixtures };
}

/** Runs one CLI command; resolves to the exit code. */
export async function runCli(args: string[], io: CliIo): Promise<number> {
  const [command, id, file] = args;
  switch (command) {
    case "catalog":
      io.stdout(json(catalog()));
      return 0;
    case "example": {
      const module = formModule(id, io);
      if (!module) return 2;
      if (!module.fixtures) {
        io.stderr(`tianbiao: "${id}" has no example\n`);
        return 2;
      }
      io.stdout(json(module.fixtures.valid));
      return 0;
    }
    case "schema": {
      const module = formModule(id, io);
      if (!module) return 2;
      io.stdout(json(tableJsonSchema(module.table)));
      return 0;
    }
    case "validate": {
      const module = formModule(id, io);
      if (!module) return 2;
      if (!file) {
        io.stderr("tianbiao: name a file to validate, or - for standard input\n");
        return 2;
      }
      const source = file === "-" ? "standard input" : printable(file);
      let text: string;
      try {
        // Editors on Windows start a UTF-8 file with a byte order mark; JSON.parse refuses it.
        text = (await io.read(file)).replace(/^\uFEFF/, "");
      } catch (error) {
        io.stderr(`tianbiao: cannot read ${source}: ${messageOf(error)}\n`);
        return 2;
      }
      if (text.trim() === "") {
        io.stderr(`tianbiao: ${source} is empty; a submission is a JSON object keyed by field ids\n`);
        return 2;
      }
      let submission: unknown;
      try {
        submission = JSON.parse(text);
      } catch (error) {
        io.stderr(`tianbiao: ${source} is not JSON: ${messageOf(error)}\n`);
        return 2;
      }
      if (submission === null || typeof submission !== "object" || Array.isArray(submission)) {
        io.stderr(
          `tianbiao: ${source} holds ${jsonKind(submission)}; a submission is a JSON object keyed by field ids\n`,
        );
        return 2;
      }
      const result = compileTable(module.table, { context: module.fixtures?.context }).validate(submission);
      io.stdout(
        json({
          ok: result.ok,
          errors: result.errors.map(reportFinding),
          warnings: result.warnings.map(reportFinding),
        }),
      );
      return result.ok ? 0 : 1;
    }
    case undefined:
      io.stderr(`tianbiao: name a command\n${usage}\n`);
      return 2;
    case "help":
    case "--help":
      io.stdout(`${usage}\n`);
      return 0;
    default:
      io.stderr(`tianbiao: unknown command "${printable(command)}"\n${usage}\n`);
      return 2;
  }
}
