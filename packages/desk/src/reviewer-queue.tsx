import type { Text } from "@tianbiao/core";
import { useId, useState } from "react";
import { Bi, ColumnHeads, InputField, Say, SelectField, useLang, when } from "./context";
import { plainText, t } from "./messages";
import { StatusBadge } from "./status-badge";
import { tableOptions, tableTitle } from "./tables";
import type { BulkApproval, FilingFilter, FilingListItem, FilingStatus } from "./types";

const statuses: FilingStatus[] = ["district", "city", "province", "ministry", "returned", "accepted"];

export interface ReviewerQueueProps {
  items: FilingListItem[];
  total: number;
  filter: FilingFilter;
  /** Districts the reviewer may narrow to, by region code. */
  districts?: Array<{ code: string; name: Text }>;
  /** The status the reviewer's own level reviews: only those rows can be approved in bulk. */
  ownStatus?: FilingStatus;
  onFilter: (filter: FilingFilter) => void;
  onOpen: (id: string) => void;
  onApproveMany?: (ids: string[]) => void;
  /** What the last bulk approval did. */
  outcome?: BulkApproval;
  busy?: boolean;
}

/** The filings in a reviewer's region, filterable, with bulk approval of those at its level. */
export function ReviewerQueue({
  items,
  total,
  filter,
  districts = [],
  ownStatus,
  onFilter,
  onOpen,
  onApproveMany,
  outcome,
  busy = false,
}: ReviewerQueueProps) {
  const id = useId();
  const lang = useLang();
  const [selected, setSelected] = useState<string[]>([]);
  const selectable = items.filter((item) => item.status === ownStatus);
  const chosen = selected.filter((s) => selectable.some((item) => item.id === s));
  const names = new Map(items.map((item) => [item.id, item.filer.name]));
  return (
    <section className="desk-panel desk-queue" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <Say k="queue.title" />
      </h2>
      <form
        className="desk-filters"
        aria-label={plainText(t("queue.filters"), lang)}
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const text = (name: string) => String(data.get(name) ?? "").trim() || undefined;
          onFilter({
            table: text("table"),
            period: text("period"),
            status: text("status") as FilingStatus | undefined,
            region: text("region"),
          });
        }}
      >
        <SelectField
          label="queue.table"
          name="table"
          defaultValue={filter.table ?? ""}
          options={tableOptions()}
          any
        />
        <InputField
          label="queue.period"
          name="period"
          defaultValue={filter.period ?? ""}
          placeholder="2024-11"
        />
        <SelectField
          label="queue.status"
          name="status"
          defaultValue={filter.status ?? ""}
          options={statuses.map((status) => ({ value: status, text: t(`status.${status}`) }))}
          any
        />
        <SelectField
          label="queue.district"
          name="region"
          defaultValue={filter.region ?? ""}
          options={districts.map((district) => ({ value: district.code, text: district.name }))}
          any
        />
        <button type="submit" className="tb-button">
          <Say k="queue.apply" />
        </button>
      </form>
      {outcome ? (
        <div className="desk-notice" role="status">
          <p>
            <Say
              k="queue.approvedMany"
              p={{ approved: outcome.approved.length, skipped: outcome.skipped.length }}
            />
          </p>
          {outcome.skipped.length > 0 ? (
            <ul>
              {outcome.skipped.map((skip) => (
                <li key={skip.id}>
                  <Say k="queue.skipped" p={{ name: names.get(skip.id) ?? skip.id, reason: skip.reason }} />
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="desk-empty" data-empty="">
          <Say k="queue.empty" />
        </p>
      ) : (
        <>
          <p>
            <Say k="queue.count" p={{ total }} />
          </p>
          <div className="desk-table-scroll">
            <table className="desk-table desk-stack">
              <thead>
                <tr>
                  {onApproveMany ? (
                    <td>
                      <span className="tb-visually-hidden">
                        <Say k="queue.select" p={{ name: "" }} />
                      </span>
                    </td>
                  ) : null}
                  <ColumnHeads
                    keys={["queue.filer", "queue.table", "queue.period", "queue.status", "queue.received"]}
                  />
                  <td />
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.id} data-filing={item.id}>
                    {onApproveMany ? (
                      <td>
                        {item.status === ownStatus ? (
                          <input
                            type="checkbox"
                            aria-label={plainText(t("queue.select", { name: item.filer.name }), lang)}
                            checked={chosen.includes(item.id)}
                            onChange={(event) =>
                              setSelected((list) =>
                                event.target.checked ? [...list, item.id] : list.filter((s) => s !== item.id),
                              )
                            }
                          />
                        ) : null}
                      </td>
                    ) : null}
                    <th scope="row" id={`submission-${item.id}`}>
                      {item.filer.name}
                      <span className="desk-muted"> {item.filer.regionCode}</span>
                    </th>
                    <td data-label={plainText(t("queue.table"), lang)}>
                      <Bi text={tableTitle(item.table)} />
                    </td>
                    <td data-label={plainText(t("queue.period"), lang)}>{item.period ?? ""}</td>
                    <td data-label={plainText(t("queue.status"), lang)}>
                      <StatusBadge status={item.status} />
                    </td>
                    <td data-label={plainText(t("queue.received"), lang)}>{when(item.receivedAt)}</td>
                    <td>
                      <button
                        type="button"
                        className="tb-button"
                        aria-describedby={`submission-${item.id}`}
                        onClick={() => onOpen(item.id)}
                      >
                        <Say k="queue.open" />
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {onApproveMany && selectable.length > 0 ? (
            <button
              type="button"
              className="tb-button tb-button-primary"
              disabled={busy || chosen.length === 0}
              onClick={() => {
                onApproveMany(chosen);
                setSelected([]);
              }}
            >
              <Say k="queue.approveSelected" p={{ count: chosen.length }} />
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
