import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts", "src/loaders.ts"],
  format: ["esm"],
  target: "es2022",
  sourcemap: true,
  clean: true,
  // One chunk per table, so an embed that loads one table pays only for that table.
  splitting: true,
});
