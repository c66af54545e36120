import type { StorybookConfig } from "@storybook/react-vite";

const config: StorybookConfig = {
  // The MDX guides first, so they lead the sidebar; then every package's stories.
  stories: ["./docs/*.mdx", "../packages/*/src/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-vitest", "@storybook/addon-docs"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
};

export default config;
