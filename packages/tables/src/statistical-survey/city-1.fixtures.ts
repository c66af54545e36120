import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking, longText } from "./fixture-tools";
import {
  lakeshore,
  noEntityName,
  noTrainingRows,
  suzhouBureau,
  suzhouFooter,
  suzhouFooterEnglish,
} from "./shared.fixtures";

const valid: Submission = {
  entityName: suzhouBureau.name,
  reportPeriod: "2024",
  trainings: [
    {
      enterpriseName: "苏州云启信息技术有限公司",
      institutionName: "苏州星湖职业培训学校",
      content: "Java企业级应用开发岗前实训",
      category: "7",
      location: "苏州工业园区",
      personHours: 4800,
      cost: 36.5,
    },
    {
      enterpriseName: "苏州汇联数据服务有限公司",
      institutionName: "苏州市软件行业协会培训中心",
      content: "CMMI过程改进与评估知识培训",
      category: "3",
      location: "苏州市姑苏区",
      personHours: 960,
      cost: 12.8,
    },
    {
      enterpriseName: "苏州汇联数据服务有限公司",
      institutionName: "苏州星湖职业培训学校",
      content: "按日本发包方要求开展的数据标注与质检技能培训",
      category: "1",
      location: "苏州市吴中区",
      personHours: 2400,
      cost: 18,
    },
  ],
  ...suzhouFooter("2025-01-09"),
};

const english: Submission = {
  entityName: suzhouBureau.englishName,
  reportPeriod: "2024",
  trainings: [
    {
      enterpriseName: lakeshore.name,
      institutionName: "Xinghu Vocational Training School",
      content: "Induction training in healthcare claims data processing",
      category: "7",
      location: "Suzhou Industrial Park",
      personHours: 3600,
      cost: 27,
    },
    {
      enterpriseName: lakeshore.name,
      institutionName: "Suzhou Software Industry Association Training Centre",
      content: "HIPAA privacy and data protection rules for US clients",
      category: "6",
      location: "Suzhou Industrial Park",
      personHours: 640,
      cost: 5.6,
    },
  ],
  ...suzhouFooterEnglish("2025-01-08"),
};

/** Sample filings of 服务外包统城市１表. */
export const city1Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    noEntityName(valid),
    noTrainingRows(valid),
    breaking(
      valid,
      "training-without-location",
      { rule: "required", path: "trainings.1.location" },
      { zh: "第2行未填培训地点。", en: "Row 2 has no training location." },
      { "trainings.1.location": undefined },
    ),
    breaking(
      valid,
      "category-8",
      { rule: "option", path: "trainings.0.category" },
      { zh: "第1行培训类别为8，类别只有1–7。", en: "Row 1 has training category 8; the categories are 1–7." },
      { "trainings.0.category": "8" },
    ),
    breaking(
      valid,
      "fractional-person-hours",
      { rule: "integer", path: "trainings.0.personHours" },
      { zh: "第1行培训人时为4800.5。", en: "Row 1 has 4,800.5 training person-hours." },
      { "trainings.0.personHours": 4800.5 },
    ),
    breaking(
      valid,
      "negative-cost",
      { rule: "min", path: "trainings.2.cost" },
      { zh: "第3行培训费用为负数。", en: "Row 3 has a negative training cost." },
      { "trainings.2.cost": -18 },
    ),
    breaking(
      valid,
      "content-too-long",
      { rule: "maxLength", path: "trainings.0.content" },
      { zh: "第1行培训内容超过200个字符。", en: "Row 1 training content is longer than 200 characters." },
      { "trainings.0.content": longText("Java企业级应用开发岗前实训；", 201) },
    ),
    breaking(
      valid,
      "submitted-29-february-2025",
      { rule: "date", path: "submissionDate" },
      {
        zh: "报出日期为不存在的2025年2月29日。",
        en: "The date of submission is 29 February 2025, which does not exist.",
      },
      { submissionDate: "2025-02-29" },
    ),
  ],
};
