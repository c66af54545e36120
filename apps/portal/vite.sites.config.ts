import { defineConfig, type EnvironmentOptions, type Plugin } from "vite";

const sites = ["national", "henan", "zhengzhou"] as const;

/** Fails the build when React reaches a site script: host pages load the embed, never React. */
function noReact(): Plugin {
  return {
    name: "tianbiao-sites-no-react",
    generateBundle(_options, bundle) {
      for (const [file, output] of Object.entries(bundle)) {
        if (output.type !== "chunk") continue;
        const react = Object.keys(output.modules).find((id) =>
          /[\\/]node_modules[\\/](react|react-dom)[\\/]/.test(id),
        );
        if (react) this.error(`${file} bundles React (${react}); site scripts must not`);
      }
    },
  };
}

// One build per site, so each site is one self-contained ES module (a single input cannot share
// chunks): dist/sites/<site>.js, served at /sites/<site>.js. The forms come from the embed.
function siteEnvironment(site: (typeof sites)[number], index: number): EnvironmentOptions {
  return {
    consumer: "client",
    build: {
      outDir: "dist/sites",
      emptyOutDir: index === 0,
      rollupOptions: {
        input: { [site]: `sites/${site}.ts` },
        output: { format: "es", entryFileNames: "[name].js", codeSplitting: false },
      },
    },
  };
}

export default defineConfig({
  publicDir: false,
  plugins: [noReact()],
  build: { target: "es2022", minify: true, sourcemap: true, modulePreload: { polyfill: false } },
  environments: Object.fromEntries(sites.map((site, index) => [site, siteEnvironment(site, index)])),
  builder: {
    async buildApp(builder) {
      // In order: the first build empties dist/sites, the others add to it.
      for (const site of sites) {
        const environment = builder.environments[site];
        if (environment) await builder.build(environment);
      }
    },
  },
});
