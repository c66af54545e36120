import type { Preview } from "@storybook/react-vite";

const preview: Preview = {
  parameters: {
    // Any axe violation fails the story's test, in Storybook and in CI.
    a11y: { test: "error" },
    controls: { expanded: true },
  },
};

export default preview;
