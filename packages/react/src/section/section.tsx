import type { Section as SectionModel } from "@tianbiao/core";
import { memo } from "react";
import { BilingualText } from "../bilingual-text/bilingual-text";
import { Field } from "../field/field";
import { useShown } from "../form-store/use-shown";
import { useFormContext } from "../table-form/form-context";

// The fields of the first screen keep their render when the rest of their section arrives.
const SectionField = memo(Field);

export interface SectionProps {
  section: SectionModel;
  /** Render only the first this many fields (the first screen of a form); all when absent. */
  fields?: number;
}

/** One section of a table: the official header block, a body part, the footer or a signature block. */
export function Section({ section, fields }: SectionProps) {
  const { lang, idPrefix } = useFormContext();
  const shown = useShown(`#section:${section.id}`);
  if (!shown) return null;
  const role = section.role ?? "body";
  const titleId = `${idPrefix}-section-${section.id}`;
  // Signature and seal blocks repeat titles such as (公 章): a named group, not a landmark, so the
  // page's landmarks stay unique.
  const Element = role === "signature" || role === "stamp" ? "div" : "section";
  return (
    <Element
      className={`tb-section tb-section-${role}`}
      data-section={section.id}
      role={Element === "div" ? "group" : undefined}
      aria-labelledby={section.title ? titleId : undefined}
    >
      {section.title ? (
        <h2 className="tb-section-title" id={titleId}>
          <BilingualText text={section.title} lang={lang} />
        </h2>
      ) : null}
      {section.note ? (
        <p className="tb-section-note">
          <BilingualText text={section.note} lang={lang} />
        </p>
      ) : null}
      <div className="tb-section-fields">
        {(fields === undefined ? section.fields : section.fields.slice(0, fields)).map((field) => (
          <SectionField key={field.id} field={field} path={field.id} />
        ))}
      </div>
    </Element>
  );
}
