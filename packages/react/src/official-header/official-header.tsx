import type { LangMode, TableIdentity, Text } from "@tianbiao/core";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { type Ui, useUi } from "../field/use-ui";

export interface IdentityItem {
  key: string;
  value: Text;
}

/** 表号 / 制定机关 / 批准机关 / 批准文号 / 有效期至 / 报告期别 and the 报表目录's 报送日期及方式, where printed. */
export function identityItems(table: TableIdentity, ui: Ui): IdentityItem[] {
  const items: IdentityItem[] = [];
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
  return items;
}

export interface OfficialHeaderViewProps {
  title: Text;
  items: IdentityItem[];
  lang: LangMode;
  ui: Ui;
  headingLevel?: 1 | 2 | 3;
  titleId?: string;
}

/** The printed header of any table: its title, then the identity items as the paper lists them. */
export function OfficialHeaderView({
  title,
  items,
  lang,
  ui,
  headingLevel = 1,
  titleId,
}: OfficialHeaderViewProps) {
  const Heading = `h${headingLevel}` as "h1" | "h2" | "h3";
  return (
    <header className="tb-official-header">
      <Heading className="tb-title" id={titleId}>
        <BilingualText text={title} lang={lang} />
      </Heading>
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

export interface OfficialHeaderProps {
  table: TableIdentity;
  lang: LangMode;
}

/** The official header of the form being filled. */
export function OfficialHeader({ table, lang }: OfficialHeaderProps) {
  const ui = useUi();
  return <OfficialHeaderView title={table.title} items={identityItems(table, ui)} lang={lang} ui={ui} />;
}
