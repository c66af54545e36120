import { mount } from "@tianbiao/embed";

// Without the custom element: mount a form into any element, then change its language in place.
const host = document.getElementById("filing");
if (host) {
  const form = mount(host, { table: "city-1", lang: "zh", theme: "provincial", draftKey: "city-1:2025" });
  document.getElementById("english")?.addEventListener("click", () => form.update({ lang: "en" }));
}
