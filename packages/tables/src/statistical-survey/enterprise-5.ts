import { certifications, leafEntries } from "@tianbiao/codes";
import type { FormTable, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { optionsFrom } from "./code-options";
import {
  footerSection,
  headerSection,
  identifierRule,
  scheduleOf,
  seeExplanations,
  surveyApproval,
  surveySource,
} from "./common";
import { enterprise5Fixtures } from "./enterprise-5.fixtures";

const otherCertification = "OTHER";

// 指标解释（五）: the opening paragraph, then 1.–21., one per listed certification, from the code list.
function certificationsHelp(): Text {
  const listed = leafEntries(certifications).filter((entry) => entry.definition !== undefined);
  const headings = certifications.entries.filter((entry) => entry.definition !== undefined);
  const defined = [...headings, ...listed];
  return {
    zh: [
      "企业现有已通过的认证情况：填写企业截至本报表期别内通过的认证情况，可复选，不在上述范围内的可在“其他”栏下增加。",
      ...defined.map((entry, index) => `${index + 1}. ${entry.label.zh}，${entry.definition?.zh}`),
    ].join("\n"),
    en: [
      "Certifications currently held: fill in the certifications the enterprise has obtained up to this reporting " +
        "period; several may be chosen, and one not listed may be added under “other”.",
      ...defined.map((entry, index) => `${index + 1}. ${entry.label.en}: ${entry.definition?.en}`),
    ].join("\n"),
  };
}

const dateHelp: Text = {
  zh: "认证时间：以“YYYY年MM月DD日”的格式填写通过认证的时间。",
  en: "Certification date: the date the certification was obtained, in the form YYYY-MM-DD.",
};

const table: FormTable = {
  id: "enterprise-5",
  kind: "form",
  tableNo: { zh: "服务外包统企业５表", en: "Service outsourcing statistics enterprise table 5" },
  title: {
    zh: "服务外包国际认证情况登记表",
    en: "Service outsourcing international certification record form",
  },
  ...surveyApproval,
  ...scheduleOf("enterprise-5"),
  // 报告期别 年报: one filing per enterprise per year; filing again makes a new revision of it.
  filing: { key: ["reportPeriod"], filerCode: "creditCode" },
  source: surveySource({
    zh: "三、调查表式（一）服务外包企业报表",
    en: "III Survey forms (1) Service outsourcing enterprise tables",
  }),
  notes: [
    { zh: "本表由服务外包企业网上填报。", en: "Service outsourcing enterprises fill in this table online." },
    seeExplanations,
    {
      zh: "编者注：CMM 与 CMM(I) 的等级以单选圆圈印出，每种模型通常只选一个等级；本表不强制此项。",
      en:
        "Editor's note: the CMM and CMM(I) levels are printed as round (single-choice) marks, so usually one level " +
        "per model is chosen; the table does not enforce this.",
    },
  ],
  discrepancies: [
    {
      zh: "表式印“CMM(I)”，指标解释写作“CMM（I）”，城市３表指标解释写作“CMMI”。选项名按表式。",
      en:
        "The form prints “CMM(I)”; the indicator explanations write “CMM（I）” and those of city table 3 “CMMI”. The option " +
        "follows the form.",
    },
    {
      zh: "指标解释称不在范围内的认证“可在‘其他’栏下增加”，表式为“上述范围外的其他认证”选项。按表式，选该项后填写认证名称。",
      en:
        "The indicator explanations say an unlisted certification “may be added under ‘other’”; the form prints the option " +
        "“other certification not listed above”. The form is followed: choosing it opens a text for the name.",
    },
  ],
  sections: [
    headerSection({ precision: "year" }),
    {
      id: "body",
      role: "body",
      fields: [
        {
          id: "certifications",
          kind: "choice",
          code: "501",
          multiple: true,
          label: {
            zh: "企业现有已通过的认证情况（可复选）",
            en: "Certifications currently held by the enterprise (more than one may be chosen)",
          },
          help: certificationsHelp(),
          options: optionsFrom(certifications.entries, false),
          otherValue: otherCertification,
          display: "checkbox",
        },
        {
          id: "newCertifications",
          kind: "rows",
          code: "502",
          label: { zh: "新通过认证情况", en: "Newly obtained certifications" },
          help: {
            zh: "新通过认证情况：填写本报表期内新通过认证的名称。",
            en: "Newly obtained certifications: the names of certifications obtained in this reporting period.",
          },
          columns: [
            {
              id: "name",
              kind: "text",
              label: { zh: "认证名称", en: "Certification name" },
              required: true,
              maxLength: 100,
            },
            {
              id: "date",
              kind: "date",
              precision: "day",
              label: { zh: "认证时间", en: "Certification date" },
              help: dateHelp,
              required: true,
            },
            {
              id: "cost",
              kind: "decimal",
              unit: "万元",
              label: { zh: "认证费用", en: "Certification cost" },
              help: {
                zh: "认证费用：以“万元”为单位填写本企业本报表期内发生的认证直接费用。",
                en: "Certification cost: the direct certification costs the enterprise incurred in this reporting period, in CNY 10,000.",
              },
              min: 0,
              scale: 2,
            },
          ],
        },
        {
          id: "certificationChanges",
          kind: "rows",
          code: "503",
          label: { zh: "认证降级、注销情况", en: "Certification downgrades and cancellations" },
          help: {
            zh: "认证降级、注销情况：填写本报表期内认证降级的名称、时间及降级后认证名称，或者认证注销名称和时间。",
            en:
              "Certification downgrades and cancellations: the name and date of each certification downgraded in " +
              "this reporting period with the certification name after the downgrade, or the name and date of each " +
              "certification cancelled.",
          },
          columns: [
            {
              id: "name",
              kind: "text",
              label: { zh: "降级、注销认证名称", en: "Name of the downgraded or cancelled certification" },
              required: true,
              maxLength: 100,
            },
            {
              id: "date",
              kind: "date",
              precision: "day",
              label: { zh: "降级、注销时间", en: "Date of downgrade or cancellation" },
              required: true,
            },
            {
              id: "nameAfter",
              kind: "text",
              label: { zh: "降级后认证名称", en: "Certification name after the downgrade" },
              maxLength: 100,
            },
          ],
        },
      ],
    },
    footerSection(),
  ],
  rules: [identifierRule],
};

/** 服务外包统企业５表 服务外包国际认证情况登记表. */
export const enterprise5: TableModule = { table, fixtures: enterprise5Fixtures };
