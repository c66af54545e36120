import { useId } from "react";
import { Bi, ColumnHeads, Say, useLang } from "./context";
import { plainText, t } from "./messages";
import { StatusBadge } from "./status-badge";
import type { DeskItem } from "./types";

export interface EnterpriseDeskProps {
  today: string;
  items: DeskItem[];
  onOpen: (item: DeskItem) => void;
}

/** 我的报表: every table the enterprise must file, its period, due date and status; overdue marked. */
export function EnterpriseDesk({ today, items, onOpen }: EnterpriseDeskProps) {
  const id = useId();
  const lang = useLang();
  const label = (key: Parameters<typeof t>[0]) => plainText(t(key), lang);
  return (
    <section className="desk-panel desk-my-filings" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <Say k="enterprise.title" />
      </h2>
      {items.length === 0 ? (
        <p>
          <Say k="enterprise.empty" />
        </p>
      ) : (
        <div className="desk-table-scroll">
          <table className="desk-table desk-stack">
            <caption>
              <Say k="enterprise.caption" p={{ today }} />
            </caption>
            <thead>
              <tr>
                <ColumnHeads
                  keys={[
                    "enterprise.table",
                    "enterprise.period",
                    "enterprise.due",
                    "enterprise.status",
                    "enterprise.actions",
                  ]}
                />
              </tr>
            </thead>
            <tbody>
              {items.map((item) => {
                const rowId =
                  `${id}-${item.table}-${item.period}-${item.filingId ?? item.kind ?? ""}`.replace(
                    /[^A-Za-z0-9_-]/g,
                    "-",
                  );
                return (
                  <tr
                    key={`${item.table}:${item.period}:${item.filingId ?? item.kind ?? ""}`}
                    data-table={item.table}
                    data-period={item.period}
                    data-kind={item.kind}
                    data-status={item.status}
                  >
                    <th scope="row" id={rowId}>
                      {item.tableNumber ? <span className="desk-muted">{item.tableNumber} </span> : null}
                      <Bi text={item.title} />
                    </th>
                    <td data-label={label("enterprise.period")}>{item.period}</td>
                    <td data-label={label("enterprise.due")}>
                      {item.due}
                      {item.overdue ? (
                        <>
                          {" "}
                          <span className="desk-overdue">
                            <Say k="enterprise.overdue" />
                          </span>
                        </>
                      ) : null}
                    </td>
                    <td data-label={label("enterprise.status")}>
                      <StatusBadge status={item.status} />
                      {item.status === "returned" && item.returnedReason ? (
                        <p className="desk-reason desk-muted">{item.returnedReason}</p>
                      ) : null}
                    </td>
                    <td>
                      <button
                        type="button"
                        className={item.status === "returned" ? "tb-button tb-button-primary" : "tb-button"}
                        aria-describedby={rowId}
                        onClick={() => onOpen(item)}
                      >
                        <Say
                          k={
                            item.status === "returned"
                              ? "enterprise.amend"
                              : item.status === "not_filed" || item.status === "draft"
                                ? "enterprise.file"
                                : "enterprise.open"
                          }
                        />
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
