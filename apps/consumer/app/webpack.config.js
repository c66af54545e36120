import { fileURLToPath } from "node:url";
import MiniCssExtractPlugin from "mini-css-extract-plugin";

// The same app for a webpack host: tsc compiles main.tsx to build/, webpack bundles that. Webpack's
// production mode leaves out every import of a module its package.json calls side-effect free.
export default {
  mode: "production",
  context: fileURLToPath(new URL(".", import.meta.url)),
  entry: "./build/main.js",
  output: { path: fileURLToPath(new URL("dist-webpack", import.meta.url)), filename: "main.js", clean: true },
  module: { rules: [{ test: /\.css$/, use: [MiniCssExtractPlugin.loader, "css-loader"] }] },
  plugins: [new MiniCssExtractPlugin({ filename: "main.css" })],
  // Pruning by sideEffects does not need minifying, which would only add time.
  optimization: { minimize: false },
  performance: { hints: false },
};
