import gridCss from "@tianbiao/react/styles/grid-fields.css?inline";
import { addStyles } from "./styles";

// In the module script, the chunk of the fields only some tables have runs this beside their
// components (vite.config.ts): their CSS comes with them, and a page whose table has no grid never
// downloads it.
addStyles(gridCss);
