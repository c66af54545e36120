import type { Text } from "@tianbiao/core";
import { gazetteSource } from "./source";

/** The issuers of 商服贸发〔2012〕431号, which published the outline. */
export const outlineIssuer: Text = {
  zh: "中华人民共和国商务部 国家发展和改革委员会",
  en: "Ministry of Commerce of the People's Republic of China; National Development and Reform Commission",
};

/** A source reference into the outline's appendix 附录：名词解释. */
export function outlineSource(part: Text) {
  return gazetteSource({
    zh: `商服贸发〔2012〕431号 中国国际服务外包产业发展规划纲要(2011-2015) 附录：名词解释 ${part.zh}`,
    en: `Shangfumaofa [2012] No. 431 Guideline of China International Service Outsourcing Development Planning (2011-2015), appendix: glossary, ${part.en}`,
  });
}
