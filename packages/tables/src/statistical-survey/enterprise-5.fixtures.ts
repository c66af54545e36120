import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking, headerBreakages, longText } from "./fixture-tools";
import { lakeshore, lakeshoreFooter, yunfan, yunfanFooter } from "./shared.fixtures";

const valid: Submission = {
  creditCode: yunfan.creditCode,
  entityName: yunfan.name,
  reportPeriod: "2024",
  certifications: ["CMMI-3", "ISO27001/BS7799", "ISO9001", "ITSS"],
  newCertifications: [
    { name: "ISO27001/BS7799 信息安全管理体系认证", date: "2024-06-18", cost: 8.6 },
    { name: "ITSS 信息技术服务运行维护标准符合性证书（三级）", date: "2024-09-03", cost: 12.5 },
  ],
  certificationChanges: [{ name: "ISO20000 信息技术服务管理体系认证", date: "2024-10-31" }],
  ...yunfanFooter("2025-01-08"),
};

const english: Submission = {
  creditCode: lakeshore.creditCode,
  entityName: lakeshore.name,
  reportPeriod: "2024",
  certifications: ["CMMI-3", "ISO27001/BS7799", "ISO9001", "COPC", "OTHER"],
  certificationsOther: "HITRUST CSF",
  newCertifications: [{ name: "HITRUST CSF r2 certification", date: "2024-08-22", cost: 35 }],
  certificationChanges: [
    {
      name: "CMMI for Services, maturity level 5",
      date: "2024-04-30",
      nameAfter: "CMMI for Services, maturity level 3",
    },
  ],
  ...lakeshoreFooter("2025-01-06"),
};

/** Sample filings of 服务外包统企业５表. */
export const enterprise5Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    ...headerBreakages(valid, yunfan.creditCodeBadCheck),
    breaking(
      valid,
      "no-head-of-entity",
      { rule: "required", path: "headOfEntity" },
      { zh: "单位负责人未填。", en: "The head of the entity is missing." },
      { headOfEntity: undefined },
    ),
    breaking(
      valid,
      "cancellation-without-date",
      { rule: "required", path: "certificationChanges.0.date" },
      { zh: "503 注销的认证未填注销时间。", en: "503 the cancelled certification has no date." },
      { "certificationChanges.0.date": undefined },
    ),
    breaking(
      valid,
      "certification-date-31-june",
      { rule: "date", path: "newCertifications.0.date" },
      {
        zh: "502 认证时间为不存在的6月31日。",
        en: "502 certification date is 31 June, which does not exist.",
      },
      { "newCertifications.0.date": "2024-06-31" },
    ),
    breaking(
      valid,
      "certification-name-too-long",
      { rule: "maxLength", path: "newCertifications.0.name" },
      { zh: "502 认证名称超过100个字符。", en: "502 certification name is longer than 100 characters." },
      { "newCertifications.0.name": longText("ISO27001/BS7799 信息安全管理体系认证；", 101) },
    ),
    breaking(
      valid,
      "negative-certification-cost",
      { rule: "min", path: "newCertifications.1.cost" },
      { zh: "502 认证费用为负数。", en: "502 certification cost is negative." },
      { "newCertifications.1.cost": -12.5 },
    ),
    breaking(
      valid,
      "model-heading-chosen",
      { rule: "option", path: "certifications" },
      {
        zh: "501 勾选了“CMM”标题本身，应勾选其下的等级。",
        en: "501 ticks the “CMM” heading itself; one of the levels under it must be ticked.",
      },
      { certifications: ["CMM", "CMMI-3", "ISO27001/BS7799", "ISO9001", "ITSS"] },
    ),
    breaking(
      valid,
      "other-certification-unnamed",
      { rule: "otherText", path: "certifications" },
      {
        zh: "501 勾选了“上述范围外的其他认证”，但未填写认证名称。",
        en: "501 ticks “other certification not listed above” but does not name it.",
      },
      { certifications: ["CMMI-3", "ISO27001/BS7799", "ISO9001", "ITSS", "OTHER"] },
    ),
  ],
};
