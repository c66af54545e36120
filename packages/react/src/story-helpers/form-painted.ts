import { waitFor } from "storybook/test";
import { assertFormComplete } from "./form-busy";

/** Waits (in a story's play function) until the forms under `root` have every section in the page. */
export async function formPainted(root: ParentNode): Promise<void> {
  await waitFor(() => assertFormComplete(root));
}
