import { cleanup } from "@testing-library/react";
import { afterEach } from "vitest";

// jsdom has no canvas; axe then skips its colour-contrast pixel checks, which the Storybook run
// in Chromium covers. Answering null keeps jsdom quiet about the missing canvas for each check.
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

afterEach(() => {
  cleanup();
  window.localStorage.clear();
});
