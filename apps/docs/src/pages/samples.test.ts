import { TianbiaoFormElement } from "@tianbiao/embed";
import { runCli } from "@tianbiao/tables";
import { describe, expect, it } from "vitest";
import cli from "../../examples/cli.sh?raw";
import embed from "../../examples/embed.html?raw";
import { attributes } from "./events-page";

// The TypeScript samples are compiled by the docs' typecheck; these hold the others to the code.
describe("the samples that TypeScript cannot check", () => {
  it("embed.html uses only attributes the element observes, and the docs list every one", () => {
    const element = new DOMParser().parseFromString(embed, "text/html").querySelector("tianbiao-form");
    expect(element).not.toBeNull();
    for (const name of element?.getAttributeNames() ?? [])
      expect(TianbiaoFormElement.observedAttributes).toContain(name);
    expect(attributes.map(([name]) => name).sort()).toEqual(
      [...TianbiaoFormElement.observedAttributes].sort(),
    );
  });

  it("cli.sh runs only commands the CLI knows", async () => {
    const commands = [...cli.matchAll(/tianbiao (\w+)/g)].map((m) => m[1]);
    expect(commands.length).toBeGreaterThan(0);
    let usage = "";
    await runCli(["help"], { stdout: (text) => (usage += text), stderr: () => {}, read: async () => "" });
    for (const command of commands) expect(usage).toMatch(new RegExp(`^\\s+${command}\\b`, "m"));
  });
});
