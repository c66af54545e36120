import { type GuidanceField, guidanceCatalogue2018 } from "@tianbiao/codes";
import type { ReferenceTable, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { zhengzhouSource } from "./source";

// As the catalogue's opening paragraph names the three categories.
const categories: Record<GuidanceField["category"], Text> = {
  ITO: { zh: "信息技术外包（ITO）", en: "Information technology outsourcing (ITO)" },
  BPO: { zh: "业务流程外包（BPO）", en: "Business process outsourcing (BPO)" },
  KPO: { zh: "知识流程外包（KPO）", en: "Knowledge process outsourcing (KPO)" },
};

const table: ReferenceTable = {
  id: "guidance-catalogue-2018",
  kind: "reference",
  tableNo: { zh: "附件", en: "Annex" },
  title: guidanceCatalogue2018.title,
  issuer: {
    zh: "商务部、财政部、海关总署",
    en: "Ministry of Commerce, Ministry of Finance, General Administration of Customs",
  },
  source: zhengzhouSource({
    zh: "附件：服务外包产业重点发展领域指导目录（2018 年版）",
    en: "Annex: guidance catalogue of key development fields of the service outsourcing industry (2018 edition)",
  }),
  notes: [
    {
      zh: "本目录共涉及 23 个重点发展领域。其中，8 个领域属于信息技术外包（ITO）范畴，6 个领域属于业务流程外包（BPO）范畴，9 个领域属于知识流程外包（KPO）范畴。",
      en: "The catalogue covers 23 key development fields: 8 belong to information technology outsourcing (ITO), 6 to business process outsourcing (BPO) and 9 to knowledge process outsourcing (KPO).",
    },
    {
      zh: "本政策所指的服务外包业务范围按照商务部、财政部、海关总署 2019 年 1 月 10 日联合印发的《服务外包产业重点发展领域指导目录（2018 年版）》执行。",
      en: "The service outsourcing business scope of these measures follows the guidance catalogue of key development fields of the service outsourcing industry (2018 edition), issued jointly by the Ministry of Commerce, the Ministry of Finance and the General Administration of Customs on 10 January 2019.",
    },
  ],
  discrepancies: [
    {
      zh: "二、三 的主要应用领域写作“信息传输、软件和信息技服务业”（缺“术”字），五 写作“建建筑业”（跨页重复“建”字）；照印。",
      en: "Fields 2 and 3 list information transmission, software and information technology services with a character missing, field 5 repeats a character of construction across a page break; kept as printed.",
    },
    {
      zh: "六、网络与信息安全服务 称“等 6 个国民经济行业”，实际只列出 5 个；照印。",
      en: "Field 6, network and information security services, says 6 industries of the national economy but lists 5; kept as printed.",
    },
    {
      zh: "二十三 写作“电力、热力、燃气和水生产和供应业”“科学研究与技术服务业”，其余各条写作“燃气及水”“科学研究和技术服务业”；照印。",
      en: "Field 23 words the electricity, heat, gas and water industry and the scientific research and technical services industry differently from the other fields; kept as printed.",
    },
    {
      zh: "八 的主要业务类型未写个数（“等业务类型”），十三 的主要应用领域未写个数；十二 称“供应链方案设计与物流方案设计服务 2 个业务类型”。照印。",
      en: "Field 8 gives no count of business types, field 13 no count of application sectors; field 12 names supply chain solution design and logistics solution design services as 2 business types in one phrase. Kept as printed.",
    },
    {
      zh: "十一 的定义在种子文本中写作“统一管理 and 调度”，系文本提取把“和”换成了英文单词；此处随种子文本，原件应为“统一管理和调度”。",
      en: "In the seed text the definition of field 11 reads manage and dispatch with the English word and in place of the Chinese conjunction, an artefact of text extraction; the cell follows the seed text.",
    },
    {
      zh: "七 的定义中“获得所需资源，和服务”多一逗号；照印。",
      en: "The definition of field 7 has a stray comma before and services; kept as printed.",
    },
  ],
  columns: [
    { id: "field", label: { zh: "领域", en: "Field" } },
    { id: "category", label: { zh: "范畴", en: "Category" } },
    { id: "definition", label: { zh: "定义和范围", en: "Definition and scope" } },
    { id: "businessTypes", label: { zh: "主要业务类型", en: "Main business types" } },
    { id: "sectors", label: { zh: "主要应用领域", en: "Main application sectors" } },
  ],
  // The 23 fields are typed once, in @tianbiao/codes, in the printed order.
  rows: guidanceCatalogue2018.fields.map((field) => ({
    id: field.code,
    cells: {
      field: field.label,
      category: categories[field.category],
      definition: field.definition,
      businessTypes: field.businessTypes,
      sectors: field.sectors,
    },
  })),
};

/** 附件 服务外包产业重点发展领域指导目录（2018年版）: 23 fields with definitions, business types and sectors. */
export const guidanceCatalogue2018Table: TableModule = { table };
