import { type Gbt4754Edition, gbt4754Editions } from "@tianbiao/codes";
import { useState } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { plain, useUi } from "../field/use-ui";
import { useFormContext } from "../table-form/form-context";

export interface IndustryPickerProps {
  /** The id of the industry code input this helper sits beside. */
  codeId: string;
  /** The edition of 国民经济行业分类 the code is written in; the 大类 ranges differ between them. */
  edition?: Gbt4754Edition;
}

function twoDigits(division: number): string {
  return String(division).padStart(2, "0");
}

/**
 * A helper beside the 行业代码 boxes: choosing a 门类 of the code's GB/T 4754 edition shows the 大类 range
 * (the first two digits) it allows. It only informs: the code the filer typed is never changed.
 */
export function IndustryPicker({ codeId, edition = "2017" }: IndustryPickerProps) {
  const { lang } = useFormContext();
  const ui = useUi();
  const [section, setSection] = useState("");
  const selectId = `${codeId}-section`;
  const hintId = `${codeId}-section-hint`;
  const { sections, divisionRanges } = gbt4754Editions[edition];
  const entry = sections.entries.find((candidate) => candidate.code === section);
  const range = entry ? divisionRanges[entry.code] : undefined;
  return (
    <div className="tb-industry-picker">
      <label htmlFor={selectId} className="tb-industry-picker-label">
        <BilingualText text={ui("ui.picker.section")} lang={lang} />
      </label>
      <select
        id={selectId}
        className="tb-input tb-select"
        value={section}
        aria-describedby={hintId}
        onChange={(event) => setSection(event.target.value)}
      >
        <option value="">{plain(ui("ui.picker.sectionNone"), lang)}</option>
        {sections.entries.map((candidate) => (
          <option key={candidate.code} value={candidate.code}>
            {`${candidate.code} ${plain(candidate.label, lang)}`}
          </option>
        ))}
      </select>
      <p id={hintId} className="tb-industry-picker-hint">
        <BilingualText text={ui("ui.picker.sectionHint")} lang={lang} />
      </p>
      <output htmlFor={selectId} className="tb-industry-picker-range" aria-live="polite">
        {entry && range ? (
          <>
            <span className="tb-option-code">{entry.code}</span>{" "}
            <BilingualText text={entry.label} lang={lang} />
            <BilingualText
              text={ui("ui.picker.sectionRange", { from: twoDigits(range[0]), to: twoDigits(range[1]) })}
              lang={lang}
            />
          </>
        ) : null}
      </output>
    </div>
  );
}
