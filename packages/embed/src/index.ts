import { defineTianbiaoForm } from "./element";

export { defineTianbiaoForm, TianbiaoFormElement } from "./element";
export type { MountedForm, MountOptions } from "./mount";
export { mount } from "./mount";

// A script tag is the whole integration: the element is defined on load.
if (typeof window !== "undefined" && typeof customElements !== "undefined") defineTianbiaoForm();
