import type { LangMode, Text } from "@tianbiao/core";

export interface BilingualTextProps {
  text: Text;
  lang: LangMode;
  /** Element for each part; spans by default. */
  className?: string;
}

/**
 * Text in the form's language; in bilingual mode "中文 / English", each part carrying its own
 * `lang` so screen readers switch voice and CJK fonts apply only to the Chinese.
 */
export function BilingualText({ text, lang, className }: BilingualTextProps) {
  if (lang === "zh") return <span className={className}>{text.zh}</span>;
  if (lang === "en") return <span className={className}>{text.en}</span>;
  if (text.zh === text.en) return <span className={className}>{text.zh}</span>;
  return (
    <span className={className ? `${className} tb-bilingual` : "tb-bilingual"}>
      <span lang="zh-CN">{text.zh}</span>
      <span className="tb-bilingual-separator" aria-hidden="true">
        {" / "}
      </span>
      <span lang="en">{text.en}</span>
    </span>
  );
}
