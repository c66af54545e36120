import type { ReferenceTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import { outlineIssuer, outlineSource } from "./outline";

const certifications: ReadonlyArray<readonly [id: string, zh: string, en: string]> = [
  ["cmmi", "开发能力成熟度模型集成 (CMMI)", "Capability Maturity Model Integration (CMMI)"],
  ["cmm", "开发能力成熟度模型 (CMM)", "Capability Maturity Model (CMM)"],
  ["pcmm", "人力资源成熟度模型 (PCMM)", "People Capability Maturity Model (PCMM)"],
  ["iso27001", "信息安全管理 (ISO27001/BS7799)", "Information security management (ISO27001/BS7799)"],
  ["iso20000", "IT 服务管理 (ISO20000)", "IT service management (ISO20000)"],
  ["sas70", "服务提供商环境安全性 (SAS70)", "Service provider environment security (SAS70)"],
];

const table: ReferenceTable = {
  id: "gazette-certification-types",
  kind: "reference",
  title: {
    zh: "服务外包企业六类国际资质认证",
    en: "Six types of international qualification certification for service outsourcing enterprises",
  },
  issuer: outlineIssuer,
  source: outlineSource({
    zh: "八、服务外包企业六类国际资质认证",
    en: "part 8: Six types of international qualification certification for service outsourcing enterprises",
  }),
  discrepancies: [
    {
      zh: "原文以一句话列出六项认证，未印成表格；此处每项一行，按原文顺序。",
      en: "The document lists the six certifications in one sentence, not as a table; here each is one row in the printed order.",
    },
    {
      zh: "纲要“一、发展回顾（一）”称六类国际资质认证“包括 CMMI、CMM、PCMM、ISO2001、SAS70、ISO27001”，附录列为 CMMI、CMM、PCMM、ISO27001/BS7799、ISO20000、SAS70：前者有 ISO2001 而无 ISO20000。此处按附录。",
      en: "Part 1 (1) of the outline says the six types of international certification include CMMI, CMM, PCMM, ISO2001, SAS70 and ISO27001; the appendix lists CMMI, CMM, PCMM, ISO27001/BS7799, ISO20000 and SAS70: the first has ISO2001 and no ISO20000. The appendix is followed.",
    },
  ],
  columns: [{ id: "certification", label: { zh: "资质认证", en: "Qualification certification" } }],
  rows: certifications.map(([id, zh, en]) => ({ id, cells: { certification: { zh, en } } })),
};

/** 纲要 附录 八: the six international certifications counted for service outsourcing enterprises. */
export const gazetteCertificationTypes: TableModule = { table };
