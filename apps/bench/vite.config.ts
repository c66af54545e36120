import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The bench page: one table rendered by tianbiao, react-jsonschema-form or react-hook-form.
// Not minified, so component names stay readable in the render counter; React is still its production build.
export default defineConfig({
  root: "harness",
  plugins: [react()],
  build: { outDir: "../dist", emptyOutDir: true, target: "es2022", sourcemap: false, minify: false },
});
