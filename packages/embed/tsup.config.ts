import { defineConfig } from "tsup";

// Only the declarations of mount() and the element: Vite builds the scripts (vite*.config.ts).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  target: "es2022",
  clean: false,
  // Built against the dependencies' built declarations, as a consumer sees them; tsup still sets
  // baseUrl, which TS 6 deprecates.
  dts: { only: true, compilerOptions: { customConditions: [], ignoreDeprecations: "6.0" } },
});
