import type { Decorator, Preview } from "@storybook/react-vite";
import { css as tokensCss } from "@tianbiao/tokens";
import "@tianbiao/react/styles.css";
import { configure } from "storybook/test";
import { viewports } from "./viewports";

// findBy and waitFor in play functions wait for a state; the limit only stops a hang (the default 1 s
// is less than a loaded machine can take to render a whole form).
configure({ asyncUtilTimeout: 60_000 });

const style = document.createElement("style");
style.textContent = tokensCss;
document.head.append(style);

/** Wraps each story in a themed container, as a host page would. */
const withTheme: Decorator = (Story, context) => (
  <div className="tianbiao" data-tianbiao-theme={context.globals.theme ?? "national"}>
    <Story />
  </div>
);

const preview: Preview = {
  decorators: [withTheme],
  // A docs page for every component's stories, with its props table from the component's types.
  tags: ["autodocs"],
  globalTypes: {
    theme: {
      description: "Demo theme",
      toolbar: { title: "Theme", items: ["national", "provincial", "city"], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: "national" },
  parameters: {
    // Any axe violation fails the story's test, in Storybook and in CI.
    a11y: { test: "error" },
    controls: { expanded: true },
    viewport: { options: viewports },
  },
};

export default preview;
