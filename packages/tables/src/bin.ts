import { readFile } from "node:fs/promises";
import { runCli } from "./cli";

async function readInput(file: string): Promise<string> {
  if (file !== "-") return readFile(file, "utf8");
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
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
