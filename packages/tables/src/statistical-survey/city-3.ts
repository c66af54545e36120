import type { FormTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import { city3Fixtures } from "./city-3.fixtures";
import {
  cityHeaderSection,
  cityTextColumn,
  costColumn,
  footerSection,
  scheduleOf,
  seeExplanations,
  surveyApproval,
  surveySource,
} from "./common";

const table: FormTable = {
  id: "city-3",
  kind: "form",
  tableNo: { zh: "服务外包统城市３表", en: "Service outsourcing statistics city table 3" },
  title: {
    zh: "服务外包示范城市企业认证情况明细表",
    en: "Service outsourcing demonstration city enterprise certification detail table",
  },
  ...surveyApproval,
  ...scheduleOf("city-3"),
  // 报告期别: one filing per city per year; filing again makes a new revision of it.
  filing: { key: ["reportPeriod"] },
  source: surveySource({
    zh: "三、调查表式（三）国务院认定的服务外包示范城市报表",
    en: "III Survey forms (3) Tables of the service outsourcing demonstration cities recognised by the State Council",
  }),
  notes: [
    {
      zh: "本表填写服务外包示范城市提供资金支持本市企业进行的相关认证的情况。",
      en:
        "This table records the certifications of the city's enterprises that the service outsourcing demonstration " +
        "city funds.",
    },
    seeExplanations,
  ],
  discrepancies: [
    {
      zh:
        "报表目录列本表由“服务外包企业网上填报，示范城市商务主管部门报送”，总说明（七）6 为示范城市汇总后通过省级商务" +
        "主管部门上报。表头只印单位详细名称（无代码栏），按表式不设统一社会信用代码。",
      en:
        "The catalogue says “service outsourcing enterprises fill in online; the commerce authority of the " +
        "demonstration city reports”, while general note (7) 6 says the city compiles and reports through the " +
        "provincial commerce authority. The header prints only the full name of the entity (no code boxes), so no " +
        "unified social credit code is asked for.",
    },
  ],
  sections: [
    cityHeaderSection(),
    {
      id: "body",
      role: "body",
      fields: [
        {
          id: "certifications",
          kind: "rows",
          label: { zh: "企业认证情况", en: "Enterprise certifications" },
          required: true,
          minRows: 1,
          columnMarks: ["甲", "乙", "丙", "1"],
          columns: [
            cityTextColumn("enterpriseName", { zh: "企业名称", en: "Enterprise name" }),
            {
              ...cityTextColumn("certificationName", { zh: "认证名称", en: "Certification name" }),
              help: {
                zh:
                  "认证名称：填写企业本报表期通过认证的名称，包括但不限于CMM，CMMI，PCMM，ISO27001，BS7799，ISO20000，" +
                  "SOC1，AAALAC，GLP，ITIL，COPC，SWIFT，ISO9001，ISO22301，ISO14001，ISO50001，OHSAS18001，CC-CMM，" +
                  "PCIDSS，ISO17025，ITSS，ISO26262等。",
                en:
                  "Certification name: the names of the certifications the enterprise obtained in this reporting " +
                  "period, including but not limited to CMM, CMMI, PCMM, ISO27001, BS7799, ISO20000, SOC1, AAALAC, " +
                  "GLP, ITIL, COPC, SWIFT, ISO9001, ISO22301, ISO14001, ISO50001, OHSAS18001, CC-CMM, PCIDSS, " +
                  "ISO17025, ITSS and ISO26262.",
              },
            },
            {
              id: "certificationDate",
              kind: "date",
              precision: "day",
              label: { zh: "认证时间（年-月-日）", en: "Certification date (year-month-day)" },
              required: true,
            },
            costColumn({ zh: "认证费用", en: "Certification cost" }),
          ],
        },
      ],
    },
    footerSection(),
  ],
  rules: [],
};

/** 服务外包统城市３表 服务外包示范城市企业认证情况明细表. */
export const city3: TableModule = { table, fixtures: city3Fixtures };
