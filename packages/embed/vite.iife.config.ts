import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig } from "vite";

// The classic-script build for hosts that cannot load modules: one file, every table inlined.
export default defineConfig({
  plugins: [react()],
  resolve: { conditions: ["source", ...defaultClientConditions] },
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
