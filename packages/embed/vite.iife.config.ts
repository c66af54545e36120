import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";
import { pageScriptAliases } from "./vite.config";

// The classic-script build for hosts that cannot load modules: one file, every table inlined.
export default defineConfig({
  plugins: [react()],
  // One file cannot carry ExcelJS as a chunk loaded on demand, and inlined it would double the
  // script: the classic build leaves .xlsx import out (the rows field says so; pasting still works).
  resolve: {
    conditions: ["source", ...defaultClientConditions],
    alias: [
      ...pageScriptAliases,
      { find: "exceljs", replacement: fileURLToPath(new URL("src/without-exceljs.ts", import.meta.url)) },
    ],
  },
  define: { "process.env.NODE_ENV": JSON.stringify("production") },
  build: {
    outDir: "dist",
    emptyOutDir: false,
    target: "es2020",
    minify: true,
    reportCompressedSize: false,
    lib: { entry: "src/index.ts", formats: ["iife"], name: "Tianbiao", fileName: () => "tianbiao.iife.js" },
  },
});
