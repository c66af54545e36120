import type { FormTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import { city1Fixtures } from "./city-1.fixtures";
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
  id: "city-1",
  kind: "form",
  tableNo: { zh: "服务外包统城市１表", en: "Service outsourcing statistics city table 1" },
  title: {
    zh: "服务外包示范城市企业人员培训情况明细表",
    en: "Service outsourcing demonstration city enterprise staff training detail table",
  },
  ...surveyApproval,
  ...scheduleOf("city-1"),
  // 报告期别: one filing per city per year; filing again makes a new revision of it.
  filing: { key: ["reportPeriod"] },
  source: surveySource({
    zh: "三、调查表式（三）国务院认定的服务外包示范城市报表",
    en: "III Survey forms (3) Tables of the service outsourcing demonstration cities recognised by the State Council",
  }),
  notes: [
    {
      zh: "本表填写服务外包示范城市出资为本市企业提供的相关培训的情况。",
      en: "This table records the training that the service outsourcing demonstration city funds for its enterprises.",
    },
    seeExplanations,
  ],
  discrepancies: [
    {
      zh:
        "报表目录列本表报送单位为“服务外包企业网上填报，示范城市商务主管部门报送”，总说明（七）6 则为示范城市汇总后" +
        "“通过省级商务主管部门向商务部上报”。表头只印单位详细名称（无代码栏），按表式不设统一社会信用代码。",
      en:
        "The catalogue says “service outsourcing enterprises fill in online; the commerce authority of the " +
        "demonstration city reports”, while general note (7) 6 says the city compiles the figures and reports them " +
        "“through the provincial commerce authority to the Ministry of Commerce”. The header prints only the full " +
        "name of the entity (no code boxes), so no unified social credit code is asked for.",
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
          label: { zh: "企业人员培训情况", en: "Enterprise staff training" },
          required: true,
          minRows: 1,
          columnMarks: ["甲", "乙", "丙", "丁", "戊", "1", "2"],
          columns: [
            cityTextColumn("enterpriseName", { zh: "企业名称", en: "Enterprise name" }),
            cityTextColumn("institutionName", { zh: "培训机构名称", en: "Training institution name" }),
            cityTextColumn("content", { zh: "培训内容", en: "Training content" }, 200),
            trainingCategoryColumn(),
            cityTextColumn("location", { zh: "培训地点", en: "Training location" }),
            {
              id: "personHours",
              kind: "integer",
              unit: "人小时",
              label: { zh: "培训人时", en: "Training person-hours" },
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

/** 服务外包统城市１表 服务外包示范城市企业人员培训情况明细表. */
export const city1: TableModule = { table, fixtures: city1Fixtures };
