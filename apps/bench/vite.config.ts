import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The bench page: one table rendered by tianbiao, react-jsonschema-form, react-hook-form, Formily or SurveyJS.
// Not minified, so component names stay readable in the render counter; React is still its production build.
export default defineConfig({
  root: "harness",
  plugins: [react()],
  // @rjsf/core imports @rjsf/validator-ajv8 (its test registry) without depending on it: resolve it
  // from this package, which does, rather than from whatever pnpm hoisted.
  resolve: { dedupe: ["@rjsf/validator-ajv8"] },
  build: { outDir: "../dist", emptyOutDir: true, target: "es2022", sourcemap: false, minify: false },
});
