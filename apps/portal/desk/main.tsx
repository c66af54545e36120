import { DeskApi, DeskApp } from "@tianbiao/desk";
import "virtual:tianbiao-tokens.css";
import "@tianbiao/react/styles.css";
import "@tianbiao/desk/desk.css";
import "./page.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";

// The desks for filers and reviewers, on the reporting service of the same origin.
const container = document.getElementById("desk");
if (container) {
  createRoot(container).render(
    <StrictMode>
      <DeskApp api={new DeskApi()} />
    </StrictMode>,
  );
}
