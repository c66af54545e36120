import { useCallback, useState, useSyncExternalStore } from "react";

/**
 * A box for the form's fields that the <form> holds in the page but not in React's tree: the fields
 * are rendered into it through a portal from beside the form, so the form stays their parent for the
 * browser (the landmark, Enter to check the answers) and is not their ancestor for React's events.
 *
 * Why: React 19 sets an input's `name` and `type` on every update, to the values they already had, and
 * Chromium takes each such write as a reason to rebuild the form's index of controls by name. React
 * reads a property of its own off every element between an event's target and the root, and a property
 * read on a <form> consults that index first. With the form in that path, the first event after each
 * keystroke rebuilt the index over every control of the form: 城市1表 with all 1,000 rows shown (8,017
 * controls) 6.5 ms a rebuild, 8.5 ms of each keystroke's keyup; the 1,000-field table about 1 ms.
 *
 * The box goes inside an empty element React renders in the form (`slotRef`), not straight into the
 * form: React finds a portal's place by walking up the page from its box to the first element it
 * rendered, and that walk must stop before the form. Rendered on a server (React's server renderer has
 * no portals, and a page may render there with a DOM present, as the docs search does) `element` is
 * null and the fields render inside the form as usual.
 */
export function useFieldsHost(): {
  element: HTMLDivElement | null;
  slotRef: (slot: HTMLDivElement | null) => void;
} {
  const [element] = useState(() => {
    if (typeof document === "undefined") return null;
    const host = document.createElement("div");
    host.className = "tb-form-fields";
    return host;
  });
  // False while React renders on a server or hydrates what a server rendered; true in a browser.
  const client = useSyncExternalStore(subscribeNothing, isClient, isServer);
  const slotRef = useCallback(
    (slot: HTMLDivElement | null) => {
      if (slot && element && element.parentNode !== slot) slot.append(element);
    },
    [element],
  );
  return { element: client ? element : null, slotRef };
}

const subscribeNothing = () => () => {};
const isClient = () => true;
const isServer = () => false;
