import { createReadStream } from "node:fs";
import { runCli } from "./cli";

/** Far above any real submission (the largest fixture is a few kilobytes; 1,000 rows are about 1 MB). */
const MAX_INPUT_BYTES = 100 * 1024 * 1024;

/** Reads a file or standard input, giving up past MAX_INPUT_BYTES so an endless source cannot hang the tool. */
async function readInput(file: string): Promise<string> {
  const source = file === "-" ? process.stdin : createReadStream(file);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of source) {
    size += (chunk as Buffer).length;
    if (size > MAX_INPUT_BYTES) {
      if (source !== process.stdin) source.destroy();
      throw new Error(`it is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB, far more than any submission`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

// A reader that stops early (`tianbiao catalog | head`) closes the pipe: stop quietly, as other tools do.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code !== "EPIPE") process.stderr.write(`tianbiao: cannot write the output: ${error.message}\n`);
  process.exit(error.code === "EPIPE" ? undefined : 2);
});

runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  read: readInput,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // One line, as every other message: a stack trace tells the filer nothing.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tianbiao: internal error: ${message.replace(/\s+/g, " ")}\n`);
    process.exitCode = 2;
  },
);
