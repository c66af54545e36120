import type { ReferenceTable, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { zhengzhouSource } from "./source";
import { enterpriseYearlyCapText, type SubsidyRule, subsidyMeasures, subsidyRules } from "./subsidy-rules";

type Row = ReferenceTable["rows"][number];

const ruleCells = (rule: SubsidyRule, measure: Text): Record<string, Text> => {
  const cells: Record<string, Text> = { measure, conditions: rule.conditions };
  if (rule.rateText) cells.rate = rule.rateText;
  if (rule.capText) cells.cap = rule.capText;
  if (rule.text) cells.text = rule.text;
  return cells;
};

// A measure with one rule is one row; a measure split into sub-items or cases is a heading row
// (with its paragraph, when it has one) followed by one row per rule.
const rows: Row[] = subsidyMeasures.flatMap((measure, index): Row[] => {
  const heading: Text = {
    zh: `${measure.item}${measure.title.zh}`,
    en: `(${index + 1}) ${measure.title.en}`,
  };
  const rules = subsidyRules.filter((rule) => rule.measure === measure.item);
  const [only] = rules;
  if (rules.length === 1 && only && !only.part) {
    const cells = ruleCells(only, heading);
    if (measure.text) cells.text = measure.text;
    return [{ id: only.id, level: 0, cells }];
  }
  const head: Row = { id: `measure${index + 1}`, level: 0, cells: { measure: heading } };
  if (measure.text) head.cells.text = measure.text;
  return [
    head,
    ...rules.map((rule) => ({ id: rule.id, level: 1, cells: ruleCells(rule, rule.part ?? heading) })),
  ];
});

const table: ReferenceTable = {
  id: "zhengzhou-subsidy-measures",
  kind: "reference",
  title: { zh: "支持方向和标准", en: "Support directions and standards" },
  issuer: { zh: "郑州市人民政府办公厅", en: "General Office of the Zhengzhou Municipal People's Government" },
  source: zhengzhouSource({ zh: "三、支持方向和标准", en: "Part 3: Support directions and standards" }),
  notes: [
    {
      zh: "在郑州市行政区域内依法设立的独立法人企业或在郑纳税的法人企业分支机构，产权清晰，依法经营，依法纳税，具备健全的财务管理制度，财务管理规范。企业在商务部“服务外包业务管理和统计系统”中注册并及时填报服务外包合同签约及执行等相关业务信息。",
      en: "Eligible applicants are independent legal-person enterprises lawfully established in Zhengzhou, or branches of legal-person enterprises paying tax in Zhengzhou, with clear property rights, lawful operation and tax payment, and sound, well-run financial management. The enterprise registers in the MOFCOM service outsourcing business management and statistics system and reports its service outsourcing contracts signed and executed in good time.",
    },
    {
      zh: "企业承接服务外包合同执行额依据企业在商务部“服务外包业务管理和统计系统”当年填报情况，经专家组评审、第三方财务审计等程序综合确定。",
      en: "An enterprise's service outsourcing contract executed amount is determined from what it reported for the year in the MOFCOM service outsourcing business management and statistics system, after expert review, third-party financial audit and other procedures.",
    },
    enterpriseYearlyCapText,
    {
      zh: "本政策涉及的奖补支持资金实施细则，由市商务局会同市财政局另行制定，以市商务局解释为准。",
      en: "Implementing rules for the awards and subsidies are drawn up separately by the Municipal Bureau of Commerce with the Municipal Finance Bureau; the Municipal Bureau of Commerce interprets them.",
    },
  ],
  discrepancies: [
    {
      zh: "原文以段落印出各项措施，未印成表格；列标题取自原文用词（支持方向、比例、最高、申报资格、政策措施），各格为原文摘句。",
      en: "The document prints the measures as paragraphs, not as a table; the column headings are words of the document (support direction, rate, maximum, eligibility, policy measure) and each cell quotes the document.",
    },
    {
      zh: "（二）按以美元计算的合同执行额的 10% 奖励，封顶却以人民币（200 万元）表述，未写汇率；（一）规定按业务执行年度中间价折算人民币，估算时按同一办法折算。",
      en: "Measure (2) pays 10% of a contract executed amount counted in US dollars but caps it in CNY (2 million) without naming an exchange rate; measure (1) converts at the central parity exchange rate of the year of execution, and an estimate converts the same way.",
    },
    {
      zh: "（八）2 的“10—30 万元资金奖励”未说明按每家引进企业还是按园区计；“每个园区最高奖励 30 万元”紧随外商投资一句，此处只用于该句。",
      en: "Measure (8) 2 does not say whether the CNY 100,000 to 300,000 award is per enterprise brought in or per park; the cap of CNY 300,000 per park follows the foreign investment clause and is applied to that clause only.",
    },
    {
      zh: "（八）的标题及 1、2 称“服务外包示范园区”，3 称“服务外包重点园区”；照印。",
      en: "The heading of measure (8) and its items 1 and 2 say service outsourcing demonstration park, item 3 says key service outsourcing park; kept as printed.",
    },
    {
      zh: "（七）4 “补贴总额最高为 50 万元”未写期限，按总额（非每年）处理。",
      en: "Measure (7) 4 caps the subsidy at CNY 500,000 in total with no period; it is treated as a total, not a yearly cap.",
    },
    {
      zh: "本文件称商务部等 8 部门《关于推动服务外包加快转型升级的指导意见》文号为“商服贸发〔2020〕12 号”，商办服贸函〔2021〕360号 称同一文件为“商办服贸函〔2020〕105号”。此处照印。",
      en: "This notice gives the number of the eight departments' guiding opinions on speeding up the transformation and upgrading of service outsourcing as Shangfumaofa [2020] No. 12, while Shangban Fumaohan [2021] No. 360 gives Shangban Fumaohan [2020] No. 105 for the same document. Kept as printed.",
    },
  ],
  columns: [
    { id: "measure", label: { zh: "支持方向", en: "Support direction" } },
    { id: "rate", label: { zh: "比例", en: "Rate" } },
    { id: "cap", label: { zh: "最高", en: "Maximum" } },
    { id: "conditions", label: { zh: "申报资格", en: "Eligibility" } },
    { id: "text", label: { zh: "政策措施", en: "Policy measure" } },
  ],
  rows,
};

/** 郑政办〔2020〕58号 三、支持方向和标准: one row per support measure, the typed data in subsidy-rules. */
export const zhengzhouSubsidyMeasures: TableModule = { table };
