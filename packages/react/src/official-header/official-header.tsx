import type { LangMode, TableIdentity } from "@tianbiao/core";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { useUi } from "../field/use-ui";

export interface OfficialHeaderProps {
  table: TableIdentity;
  lang: LangMode;
}

/**
 * The printed header: title, and 表号 / 制定机关 / 批准机关 / 批准文号 / 有效期至 / 报告期别 and the
 * 报表目录's 报送日期及方式 where the table has them.
 */
export function OfficialHeader({ table, lang }: OfficialHeaderProps) {
  const ui = useUi();
  const items: Array<{ key: string; value: { zh: string; en: string } }> = [];
  if (table.tableNo) items.push({ key: "ui.header.tableNo", value: table.tableNo });
  if (table.issuer) items.push({ key: "ui.header.issuer", value: table.issuer });
  if (table.approver) items.push({ key: "ui.header.approver", value: table.approver });
  if (table.approvalNo) items.push({ key: "ui.header.approvalNo", value: table.approvalNo });
  if (table.validUntil) {
    const [year, month] = table.validUntil.split("-");
    items.push({ key: "ui.header.validUntil", value: ui("ui.header.yearMonth", { year, month }) });
  }
  if (table.period) items.push({ key: "ui.header.periodKind", value: ui(`ui.period.${table.period}`) });
  if (table.deadline) items.push({ key: "ui.header.deadline", value: table.deadline });
  return (
    <header className="tb-official-header">
      <h1 className="tb-title">
        <BilingualText text={table.title} lang={lang} />
      </h1>
      {items.length > 0 ? (
        <dl className="tb-identity">
          {items.map((item) => (
            <div key={item.key} className="tb-identity-item">
              <dt>
                <BilingualText text={ui(item.key)} lang={lang} />
              </dt>
              <dd>
                <BilingualText text={item.value} lang={lang} />
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </header>
  );
}
