import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking } from "./fixture-tools";
import {
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
      institutionName: "苏州星湖职业培训学校",
      content: "服务外包储备人才软件测试技能培训",
      category: "4",
      location: "苏州工业园区",
      trainees: 120,
      cost: 42,
    },
    {
      institutionName: "苏州市软件行业协会培训中心",
      content: "高校学生勤工俭学数据处理实训",
      category: "5",
      location: "苏州市相城区",
      trainees: 85,
      cost: 15.3,
    },
  ],
  ...suzhouFooter("2025-01-09"),
};

const english: Submission = {
  entityName: suzhouBureau.englishName,
  reportPeriod: "2024",
  trainings: [
    {
      institutionName: "Xinghu Vocational Training School",
      content: "Software testing skills for the service outsourcing talent pool",
      category: "4",
      location: "Suzhou Industrial Park",
      trainees: 120,
      cost: 42,
    },
    {
      institutionName: "Suzhou Software Industry Association Training Centre",
      content: "ITIL Foundation qualification training",
      category: "2",
      location: "Gusu District, Suzhou",
      trainees: 48,
      cost: 9.6,
    },
  ],
  ...suzhouFooterEnglish("2025-01-08"),
};

/** Sample filings of 服务外包统城市２表. */
export const city2Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    noEntityName(valid),
    noTrainingRows(valid),
    breaking(
      valid,
      "training-without-institution",
      { rule: "required", path: "trainings.0.institutionName" },
      { zh: "第1行未填培训机构名称。", en: "Row 1 has no training institution name." },
      { "trainings.0.institutionName": undefined },
    ),
    breaking(
      valid,
      "category-in-words",
      { rule: "option", path: "trainings.1.category" },
      {
        zh: "第2行培训类别填了文字“实训”，应选1–7之一。",
        en: "Row 2 gives the training category as the word “实训” (practical training) instead of one of 1–7.",
      },
      { "trainings.1.category": "实训" },
    ),
    breaking(
      valid,
      "fractional-trainees",
      { rule: "integer", path: "trainings.0.trainees" },
      { zh: "第1行培训人数为120.5人。", en: "Row 1 has 120.5 trainees." },
      { "trainings.0.trainees": 120.5 },
    ),
    breaking(
      valid,
      "cost-three-places",
      { rule: "scale", path: "trainings.1.cost" },
      {
        zh: "第2行培训费用有3位小数（万元保留2位）。",
        en: "Row 2 training cost has 3 decimal places (at most 2).",
      },
      { "trainings.1.cost": 15.325 },
    ),
  ],
};
