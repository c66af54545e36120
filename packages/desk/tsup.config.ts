import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "es2022",
  sourcemap: true,
  clean: true,
  // Declarations for consumers, built against the dependencies' built declarations (not their
  // sources through the workspace's "source" condition); tsup still sets baseUrl, which TS 6 deprecates.
  dts: { compilerOptions: { customConditions: [], ignoreDeprecations: "6.0" } },
});
