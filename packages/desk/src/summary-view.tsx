import type { Text } from "@tianbiao/core";
import { useId } from "react";
import { Bi, Say } from "./context";
import { t } from "./messages";
import { fieldsNamed } from "./named-fields";
import { formatNumber, SummaryChart } from "./summary-chart";
import { formTable, tableTitle } from "./tables";
import type { Summary, SummaryIndicator, SummaryRow } from "./types";

export interface SummaryViewProps {
  summary: Summary;
  /** Narrow to a region (a row's code), or back up to its parent. */
  onRegion: (regionCode: string) => void;
  /** Addresses of the .xlsx downloads. */
  downloads?: { summary: string; filings?: string };
}

const countKeys = ["filed", "due", "overdue", "returned"] as const;

/** The unit as the desk shows it: 万美元 is "USD 10,000" in English. */
function unitText(unit: string | null): Text | undefined {
  if (!unit) return undefined;
  const english: Record<string, string> = {
    万美元: "USD 10,000",
    人: "persons",
    人次: "person-times",
    个: "items",
  };
  return { zh: unit, en: english[unit] ?? unit };
}

/**
 * 汇总 of a table and period: sums by district → city → province with the filing counts, each region a
 * link that narrows to it; charts of the regions inside the scope, each with its data table beside it.
 */
export function SummaryView({ summary, onRegion, downloads }: SummaryViewProps) {
  const id = useId();
  const main = summary.indicators.filter((indicator) => indicator.of === undefined);
  const scope = summary.rows.find((row) => row.regionCode === summary.scope.regionCode) ?? summary.rows[0];
  const children = summary.rows.filter((row) => row.parent === summary.scope.regionCode);
  const parent = scope?.parent ?? null;
  const parentRow = parent === null ? undefined : summary.rows.find((row) => row.regionCode === parent);
  const first = main[0];
  const table = formTable(summary.table);
  const breakdowns = first ? groupBreakdowns(summary.indicators, first.code) : [];
  const choiceLabel = (code: string): Text =>
    (table ? fieldsNamed(table, code).find((field) => field.code === code)?.label : undefined) ?? {
      zh: code,
      en: code,
    };
  return (
    <section className="desk-panel desk-summary" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        <Bi text={tableTitle(summary.table)} />
      </h2>
      <p className="desk-summary-scope">
        <Say k="summary.heading" p={{ period: summary.period, region: summary.scope.name }} />
      </p>
      {downloads ? (
        <p className="desk-buttons">
          <a className="tb-button" href={downloads.summary} download>
            <Say k="summary.download" />
          </a>
          {downloads.filings ? (
            <a className="tb-button" href={downloads.filings} download>
              <Say k="summary.downloadFilings" />
            </a>
          ) : null}
        </p>
      ) : null}
      {parent !== null ? (
        <p>
          <button type="button" className="tb-link-button" onClick={() => onRegion(parent)}>
            <Say k="summary.up" p={{ region: parentRow?.name ?? { zh: parent, en: parent } }} />
          </button>
        </p>
      ) : null}
      <div className="desk-table-scroll">
        <table className="desk-table desk-summary-table">
          <caption>
            <Say k="summary.sumsTable" />
          </caption>
          <thead>
            <tr>
              <th scope="col">
                <Say k="summary.region" />
              </th>
              {main.map((indicator) => (
                <th key={indicator.code} scope="col" className="desk-number">
                  <span className="tb-field-code">{indicator.code}</span> <Bi text={indicator.label} />
                  {indicator.unit ? (
                    <span className="desk-muted">
                      {" "}
                      (<Bi text={unitText(indicator.unit) as Text} />)
                    </span>
                  ) : null}
                </th>
              ))}
              {countKeys.map((key) => (
                <th key={key} scope="col" className="desk-number">
                  <Say k={`summary.${key}`} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {summary.rows.map((row) => (
              <tr key={row.regionCode || "all"} data-region={row.regionCode} data-depth={row.depth}>
                <th scope="row" className={`desk-depth-${Math.min(row.depth, 3)}`}>
                  {row.regionCode === summary.scope.regionCode ? (
                    <Bi text={row.name} />
                  ) : (
                    <button type="button" className="tb-link-button" onClick={() => onRegion(row.regionCode)}>
                      <Bi text={row.name} />
                    </button>
                  )}
                </th>
                {main.map((indicator) => (
                  <td key={indicator.code} className="desk-number">
                    {formatNumber(row.sums[indicator.code] ?? 0)}
                  </td>
                ))}
                {countKeys.map((key) => (
                  <td key={key} className="desk-number" data-count={key}>
                    {row.counts[key]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {children.length > 0 ? (
        <div className="desk-charts">
          {first ? (
            <SummaryChart
              title={t("summary.sums", { indicator: first.label })}
              categories={children.map((row) => row.name)}
              series={[{ name: first.label, values: children.map((row) => row.sums[first.code] ?? 0) }]}
              unit={unitText(first.unit)}
            />
          ) : null}
          <SummaryChart
            title={t("summary.counts")}
            categories={children.map((row) => row.name)}
            series={countKeys.map((key) => ({
              name: t(`summary.${key}`),
              values: children.map((row: SummaryRow) => row.counts[key]),
            }))}
          />
          {first && scope
            ? breakdowns.map((group) => (
                <SummaryChart
                  key={group.by.code ?? group.by.field}
                  title={t("summary.by", { indicator: first.label, by: choiceLabel(group.label.zh) })}
                  categories={group.items.map((item) => item.by?.label ?? item.label)}
                  series={[
                    { name: first.label, values: group.items.map((item) => scope.sums[item.code] ?? 0) },
                  ]}
                  unit={unitText(first.unit)}
                />
              ))
            : null}
        </div>
      ) : null}
    </section>
  );
}

/**
 * The breakdowns of an indicator, one group per choice it is broken down by (合同性质, 业务类型), the
 * top level of each only: a code like 206@209:I11 (a leaf under I1) stays in the table's export.
 */
function groupBreakdowns(indicators: SummaryIndicator[], of: string) {
  const groups = new Map<
    string,
    { by: { field: string; code: string | null }; label: Text; items: SummaryIndicator[] }
  >();
  for (const indicator of indicators) {
    if (indicator.of !== of || !indicator.by) continue;
    const key = indicator.by.code ?? indicator.by.field;
    const group = groups.get(key) ?? {
      by: indicator.by,
      label: { zh: indicator.by.code ?? indicator.by.field, en: indicator.by.code ?? indicator.by.field },
      items: [],
    };
    group.items.push(indicator);
    groups.set(key, group);
  }
  // Only the first level of a hierarchical choice (ITO, BPO, KPO; not I11): the shortest values.
  return [...groups.values()].map((group) => {
    const shortest = Math.min(...group.items.map((item) => item.by?.value.length ?? 0));
    return { ...group, items: group.items.filter((item) => (item.by?.value.length ?? 0) === shortest) };
  });
}
