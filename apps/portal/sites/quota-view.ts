import type { Text } from "@tianbiao/core";
import { bilingual, h, replaceChildren } from "./dom";
import type { QuotaStatement } from "./henan-quota";
import { siteMessage } from "./site-messages";

const row = (term: Text, ...value: (Node | string)[]) =>
  h("div", {}, h("dt", {}, bilingual(term)), h("dd", {}, ...value));

/** Shows a province's quota: the computed figures, then the notice's words, footnote and source. */
export function renderQuotaStatement(container: HTMLElement, statement: QuotaStatement): void {
  const { wording } = statement;
  const end: Text = { zh: "。", en: "." };
  replaceChildren(
    container,
    h(
      "dl",
      { class: "quota-figures" },
      row(siteMessage("quotaProvince"), bilingual(statement.province)),
      row(siteMessage("quotaTier"), bilingual(wording.range)),
      row(
        siteMessage("quotaCount"),
        h("strong", {}, bilingual(siteMessage("quotaCountValue", { quota: statement.quota }))),
      ),
    ),
    h(
      "figure",
      { class: "quota-words" },
      h(
        "blockquote",
        {},
        h("p", {}, bilingual({ zh: wording.sentence.zh + end.zh, en: wording.sentence.en + end.en })),
        wording.note ? h("p", { class: "quota-note" }, bilingual(wording.note)) : null,
      ),
      h("figcaption", {}, bilingual(siteMessage("quotaSource")), " ", bilingual(statement.source)),
    ),
  );
}
