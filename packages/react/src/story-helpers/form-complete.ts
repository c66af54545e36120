import { waitFor } from "@testing-library/react";
import { assertFormComplete } from "./form-busy";

/** Waits (in unit tests) until the forms under `root` have every section in the page. */
export async function formComplete(root: ParentNode = document): Promise<void> {
  await waitFor(() => assertFormComplete(root));
}
