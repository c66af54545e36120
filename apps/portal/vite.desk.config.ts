import { css } from "@tianbiao/tokens";
import react from "@vitejs/plugin-react";
import { defaultClientConditions, defineConfig, type Plugin } from "vite";

/** The design tokens as a stylesheet file, not a <style> element a strict CSP would refuse. */
function tokensStylesheet(): Plugin {
  const id = "virtual:tianbiao-tokens.css";
  return {
    name: "tianbiao-tokens-css",
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (resolved) => (resolved === `\0${id}` ? css : undefined),
  };
}

// The desks for filers and reviewers: desk/index.html, built to dist/desk and served at /desk/.
export default defineConfig({
  root: "desk",
  base: "/desk/",
  publicDir: false,
  // The workspace's packages from their sources, as the embed's build reads them.
  resolve: { conditions: ["source", ...defaultClientConditions] },
  plugins: [tokensStylesheet(), react()],
  build: {
    outDir: "../dist/desk",
    emptyOutDir: true,
    target: "es2022",
    sourcemap: true,
    modulePreload: { polyfill: false },
  },
});
