import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/cli.ts"],
  format: ["esm"],
  platform: "node",
  target: "node20",
  sourcemap: true,
  clean: true,
  // Declarations against the dependencies' built declarations, as the other packages build theirs.
  dts: { entry: "src/index.ts", compilerOptions: { customConditions: [], ignoreDeprecations: "6.0" } },
});
