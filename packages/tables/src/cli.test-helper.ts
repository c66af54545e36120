import { runCli } from "./cli";

/** What one in-process run of the CLI printed, and its exit code. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in process: `input` is standard input ("-"); any other file does not exist. */
export async function cli(args: string[], input = ""): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await runCli(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    read: async (file) => {
      if (file === "-") return input;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${file}'`), { code: "ENOENT" });
    },
  });
  return { code, stdout, stderr };
}
