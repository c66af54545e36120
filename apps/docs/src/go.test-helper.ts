import { act } from "@testing-library/react";
import { afterEach } from "vitest";

/** Follows a docs link the way a browser does: sets the hash and waits for the page it routes to. */
export async function go(hash: string): Promise<void> {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent("hashchange"));
  });
}

// Each test starts on the first page.
afterEach(() => {
  window.location.hash = "";
});
