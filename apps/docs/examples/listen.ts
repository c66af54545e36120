import "@tianbiao/embed";

const form = document.querySelector("tianbiao-form");
form?.addEventListener("tianbiao:submit", (event) => {
  const { detail } = event as CustomEvent<{ id?: string; values: Record<string, unknown> }>;
  console.log("stored as", detail.id);
});
form?.addEventListener("tianbiao:error", (event) => {
  const { detail } = event as CustomEvent<{ kind: "auth" | "network" | "server" | "table"; status?: number }>;
  console.warn("not sent:", detail.kind, detail.status);
});
