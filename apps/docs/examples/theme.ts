import { type ThemeName, toCss, tokens } from "@tianbiao/tokens";

// A host's own look: override only the variables hostVariables lists, under the host's selector.
const siteTheme = toCss(
  { color: { primary: "#004a7c", link: "#004a7c" }, radius: { default: "6px" } },
  {
    selector: ".gov-site .tianbiao, .gov-site tianbiao-form",
  },
);
const style = document.createElement("style");
style.textContent = siteTheme;
document.head.append(style);

// Or one of the demo themes, by name, on the element.
const theme: ThemeName = "provincial";
document.querySelector("tianbiao-form")?.setAttribute("theme", theme);
console.log("base primary colour", tokens.color.primary);
