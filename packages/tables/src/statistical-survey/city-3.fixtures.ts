import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking } from "./fixture-tools";
import { lakeshore, noEntityName, suzhouBureau, suzhouFooter, suzhouFooterEnglish } from "./shared.fixtures";

const valid: Submission = {
  entityName: suzhouBureau.name,
  reportPeriod: "2024",
  certifications: [
    {
      enterpriseName: "苏州云启信息技术有限公司",
      certificationName: "CMMI",
      certificationDate: "2024-05-20",
      cost: 28,
    },
    {
      enterpriseName: "苏州汇联数据服务有限公司",
      certificationName: "ISO27001",
      certificationDate: "2024-08-09",
      cost: 6.5,
    },
  ],
  ...suzhouFooter("2025-01-09"),
};

const english: Submission = {
  entityName: suzhouBureau.englishName,
  reportPeriod: "2024",
  certifications: [
    {
      enterpriseName: lakeshore.name,
      certificationName: "COPC CX Standard",
      certificationDate: "2024-07-12",
      cost: 22.4,
    },
  ],
  ...suzhouFooterEnglish("2025-01-08"),
};

/** Sample filings of 服务外包统城市３表. */
export const city3Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    noEntityName(valid),
    breaking(
      valid,
      "no-certification-rows",
      { rule: "required", path: "certifications" },
      { zh: "未填任何认证情况。", en: "No certification is listed." },
      { certifications: [] },
    ),
    breaking(
      valid,
      "certification-without-name",
      { rule: "required", path: "certifications.1.certificationName" },
      { zh: "第2行未填认证名称。", en: "Row 2 has no certification name." },
      { "certifications.1.certificationName": undefined },
    ),
    breaking(
      valid,
      "certification-date-as-month",
      { rule: "date", path: "certifications.0.certificationDate" },
      {
        zh: "第1行认证时间只填到月（应为年-月-日）。",
        en: "Row 1 certification date gives only the month (year-month-day is required).",
      },
      { "certifications.0.certificationDate": "2024-05" },
    ),
    breaking(
      valid,
      "negative-cost",
      { rule: "min", path: "certifications.1.cost" },
      { zh: "第2行认证费用为负数。", en: "Row 2 has a negative certification cost." },
      { "certifications.1.cost": -6.5 },
    ),
  ],
};
