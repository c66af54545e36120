import { BilingualText } from "../bilingual-text/bilingual-text";
import { plain, useUi } from "../field/use-ui";
import { useFormContext } from "../table-form/form-context";

export interface DraftOfferProps {
  savedAt: string;
  onRestore: () => void;
  onDiscard: () => void;
}

/** Offers a saved draft back: restore it, or start from what the form has now. */
export function DraftOffer({ savedAt, onRestore, onDiscard }: DraftOfferProps) {
  const { lang } = useFormContext();
  const ui = useUi();
  const time = new Date(savedAt).toLocaleString(lang === "en" ? "en-GB" : "zh-CN");
  return (
    <section className="tb-panel tb-draft-offer" aria-label={plain(ui("ui.draft.offerLabel"), lang)}>
      <p>
        <BilingualText text={ui("ui.draft.offer", { time })} lang={lang} />
      </p>
      <button type="button" className="tb-button tb-button-primary" onClick={onRestore}>
        <BilingualText text={ui("ui.draft.restore")} lang={lang} />
      </button>
      <button type="button" className="tb-button" onClick={onDiscard}>
        <BilingualText text={ui("ui.draft.discard")} lang={lang} />
      </button>
    </section>
  );
}
