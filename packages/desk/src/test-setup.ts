import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom has no canvas; axe then skips its colour-contrast pixel checks, which the Storybook run
// in Chromium covers. Answering null keeps jsdom quiet about the missing canvas for each check.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

// findBy and waitFor wait for a state; the limit only stops a hang (the default 1 s is less than a loaded
// machine can take to render the rest of a large form).
configure({ asyncUtilTimeout: 60_000 });

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
