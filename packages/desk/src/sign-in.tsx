import { useId, useState } from "react";
import { Say } from "./context";
import type { MessageKey } from "./messages";

export interface SignInFormProps {
  /** Resolves with a message key when the sign-in was refused, nothing when it worked. */
  onSignIn: (username: string, password: string) => Promise<MessageKey | undefined>;
  /** Why the form is shown (the session expired mid-form, say). */
  notice?: MessageKey;
}

/** Sign in with a credit code or username and a password. */
export function SignInForm({ onSignIn, notice }: SignInFormProps) {
  const id = useId();
  const [problem, setProblem] = useState<MessageKey | undefined>();
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="desk-panel desk-sign-in"
      aria-labelledby={`${id}-title`}
      onSubmit={async (event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        setBusy(true);
        setProblem(await onSignIn(String(data.get("username") ?? ""), String(data.get("password") ?? "")));
        setBusy(false);
      }}
    >
      <h2 id={`${id}-title`}>
        <Say k="signIn.title" />
      </h2>
      {notice ? (
        <p className="desk-notice" role="status">
          <Say k={notice} />
        </p>
      ) : null}
      {problem ? (
        <p className="desk-error" role="alert">
          <Say k={problem} />
        </p>
      ) : null}
      <div className="desk-field">
        <label htmlFor={`${id}-user`}>
          <Say k="signIn.username" />
        </label>
        <input id={`${id}-user`} name="username" autoComplete="username" required />
      </div>
      <div className="desk-field">
        <label htmlFor={`${id}-password`}>
          <Say k="signIn.password" />
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      <button type="submit" className="tb-button tb-button-primary" disabled={busy}>
        <Say k="signIn.submit" />
      </button>
    </form>
  );
}
