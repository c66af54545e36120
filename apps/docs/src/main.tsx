import { css as tokensCss } from "@tianbiao/tokens";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "@tianbiao/react/styles.css";
import "./docs.css";
import { App } from "./app";

const style = document.createElement("style");
style.textContent = tokensCss;
document.head.append(style);

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
