import type { FormTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import { city2Fixtures } from "./city-2.fixtures";
import {
  cityHeaderSection,
  cityTextColumn,
  costColumn,
  footerSection,
  scheduleOf,
  seeExplanations,
  surveyApproval,
  surveySource,
  trainingCategoryColumn,
} from "./common";

const table: FormTable = {
  id: "city-2",
  kind: "form",
  tableNo: { zh: "服务外包统城市２表", en: "Service outsourcing statistics city table 2" },
  title: {
    zh: "服务外包示范城市培训机构人员培训情况明细表",
    en: "Service outsourcing demonstration city training institution staff training detail table",
  },
  ...surveyApproval,
  ...scheduleOf("city-2"),
  // 报告期别: one filing per city per year; filing again makes a new revision of it.
  filing: { key: ["reportPeriod"] },
  source: surveySource({
    zh: "三、调查表式（三）国务院认定的服务外包示范城市报表",
    en: "III Survey forms (3) Tables of the service outsourcing demonstration cities recognised by the State Council",
  }),
  notes: [
    {
      zh: "本表填写服务外包示范城市出资为本市内企业提供的相关培训的情况。",
      en:
        "This table records the training that the service outsourcing demonstration city funds for enterprises " +
        "within the city.",
    },
    seeExplanations,
  ],
  discrepancies: [
    {
      zh:
        "表名为培训机构人员培训情况，说明却写“出资为本市内企业提供的相关培训”。按表式栏目（培训机构名称、培训人数）" +
        "设字段。",
      en:
        "The title is about training by training institutions, while the note speaks of “training funded for " +
        "enterprises within the city”. The fields follow the form's columns (training institution name, number of " +
        "trainees).",
    },
    {
      zh:
        "报表目录列本表由“培训机构网上填报，示范城市商务主管部门报送”，总说明（七）6 为示范城市汇总后通过省级商务主管部门" +
        "上报。表头只印单位详细名称（无代码栏），按表式不设统一社会信用代码。",
      en:
        "The catalogue says “training institutions fill in online; the commerce authority of the demonstration city " +
        "reports”, while general note (7) 6 says the city compiles and reports through the provincial commerce " +
        "authority. The header prints only the full name of the entity (no code boxes), so no unified social credit " +
        "code is asked for.",
    },
  ],
  sections: [
    cityHeaderSection(),
    {
      id: "body",
      role: "body",
      fields: [
        {
          id: "trainings",
          kind: "rows",
          label: { zh: "培训机构人员培训情况", en: "Training by training institutions" },
          required: true,
          minRows: 1,
          columnMarks: ["甲", "乙", "丙", "丁", "1", "2"],
          columns: [
            cityTextColumn("institutionName", { zh: "培训机构名称", en: "Training institution name" }),
            cityTextColumn("content", { zh: "培训内容", en: "Training content" }, 200),
            trainingCategoryColumn(),
            cityTextColumn("location", { zh: "培训地点", en: "Training location" }),
            {
              id: "trainees",
              kind: "integer",
              unit: "人",
              label: { zh: "培训人数", en: "Number of trainees" },
              required: true,
              min: 0,
            },
            costColumn({ zh: "培训费用", en: "Training cost" }),
          ],
        },
      ],
    },
    footerSection(),
  ],
  rules: [],
};

/** 服务外包统城市２表 服务外包示范城市培训机构人员培训情况明细表. */
export const city2: TableModule = { table, fixtures: city2Fixtures };
