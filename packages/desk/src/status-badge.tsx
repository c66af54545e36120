import { Say } from "./context";
import type { DeskStatus } from "./types";

/** A filing's status as a labelled badge; colour is never the only signal (the words say it). */
export function StatusBadge({ status }: { status: DeskStatus }) {
  return (
    <span className={`desk-status desk-status-${status}`} data-status={status}>
      <Say k={`status.${status}`} />
    </span>
  );
}
