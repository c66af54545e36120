import type { Text } from "@tianbiao/core";
import { bilingual, h, replaceChildren } from "./dom";
import { siteMessage } from "./site-messages";

interface SessionAnswer {
  account: { name: string; kind: string };
  csrfToken: string;
}

interface ErrorAnswer {
  error?: { message?: Text };
}

/**
 * The enterprise's sign-in in the site header: the embedded form files as whoever is signed in to
 * the reporting service, and the service takes the filer and its region from that session.
 */
export function initAccountBar(container: HTMLElement, status?: HTMLElement): void {
  let csrf: string | undefined;
  const announce = (text: Text) => {
    if (status) replaceChildren(status, bilingual(text));
  };

  const signedOutView = (error?: Text) => {
    const username = h("input", {
      id: "account-username",
      name: "username",
      autocomplete: "username",
      required: true,
      maxlength: 100,
    });
    const password = h("input", {
      id: "account-password",
      name: "password",
      type: "password",
      autocomplete: "current-password",
      required: true,
      maxlength: 200,
      "aria-invalid": error ? "true" : undefined,
      "aria-describedby": error ? "account-error" : undefined,
    });
    const form = h(
      "form",
      { class: "account-form", "aria-labelledby": "account-heading" },
      h("p", { id: "account-heading", class: "account-heading" }, bilingual(siteMessage("accountHeading"))),
      h("label", { for: "account-username" }, bilingual(siteMessage("username"))),
      username,
      h("label", { for: "account-password" }, bilingual(siteMessage("password"))),
      password,
      h("button", { type: "submit" }, bilingual(siteMessage("signIn"))),
      error ? h("p", { id: "account-error", class: "account-error", role: "alert" }, bilingual(error)) : null,
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      void signIn(username.value, password.value);
    });
    replaceChildren(container, form);
    if (error) password.focus();
  };

  const signedInView = (answer: SessionAnswer) => {
    csrf = answer.csrfToken;
    const signOut = h(
      "button",
      { type: "button", class: "account-sign-out" },
      bilingual(siteMessage("signOut")),
    );
    signOut.addEventListener("click", () => void leave());
    replaceChildren(
      container,
      h(
        "p",
        { class: "account-signed-in" },
        bilingual(siteMessage("signedIn", { name: answer.account.name })),
        " ",
        signOut,
      ),
    );
  };

  const signIn = async (username: string, password: string) => {
    const response = await fetch("/api/session", {
      method: "POST",
      credentials: "same-origin",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username, password }),
    }).catch(() => undefined);
    const body = (await response?.json().catch(() => ({}))) as SessionAnswer & ErrorAnswer;
    if (response?.status === 200) {
      signedInView(body);
      announce(siteMessage("signedIn", { name: body.account.name }));
      return;
    }
    const message = body?.error?.message ?? siteMessage("statusNetwork", { table: siteMessage("thisForm") });
    signedOutView(siteMessage("signInFailed", { message }));
  };

  const leave = async () => {
    await fetch("/api/session", {
      method: "DELETE",
      credentials: "same-origin",
      headers: csrf ? { "x-csrf-token": csrf } : {},
    }).catch(() => undefined);
    csrf = undefined;
    signedOutView();
    announce(siteMessage("signedOut"));
  };

  fetch("/api/session", { credentials: "same-origin" })
    .then(async (response) =>
      response.status === 200 ? ((await response.json()) as SessionAnswer) : undefined,
    )
    .catch(() => undefined)
    .then((answer) => (answer ? signedInView(answer) : signedOutView()));
}
