import type { ReferenceTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import { catalogueEntries, surveyApproval, surveySource } from "./common";

const table: ReferenceTable = {
  id: "survey-catalogue",
  kind: "reference",
  title: { zh: "报表目录", en: "Catalogue of report forms" },
  ...surveyApproval,
  source: surveySource({ zh: "二、报表目录", en: "II Catalogue of report forms" }),
  notes: [
    {
      zh: "目录分三组：（一）服务外包企业报表；（二）服务外包交易平台报表；（三）国务院认定的服务外包示范城市报表。",
      en:
        "The catalogue has three groups: (1) service outsourcing enterprise tables; (2) service outsourcing " +
        "trading platform table; (3) tables of the service outsourcing demonstration cities recognised by the " +
        "State Council.",
    },
    {
      zh: "原目录另有“页码”一栏，此处略去。",
      en: "The printed catalogue also has a page-number column, left out here.",
    },
  ],
  discrepancies: [
    {
      zh: "目录中表号用半角数字（服务外包统企业1表），各表表头用全角数字（服务外包统企业１表）。各按原文。",
      en:
        "The catalogue writes table numbers with half-width digits (service outsourcing statistics enterprise table " +
        "1), the table headers with full-width digits. Each is kept as printed.",
    },
    {
      zh: "目录称企业4表为“服务外包人力资源变更情况登记表”，表式为“服务外包人力资源情况登记表”。目录按原文。",
      en:
        "The catalogue calls enterprise table 4 “service outsourcing human resources change record form”; the " +
        "form's title is “service outsourcing human resources record form”. The catalogue is kept as printed.",
    },
  ],
  columns: [
    { id: "tableNo", label: { zh: "表号", en: "Table number" } },
    { id: "title", label: { zh: "表名", en: "Table name" } },
    { id: "period", label: { zh: "报告期别", en: "Reporting frequency" } },
    { id: "scope", label: { zh: "统计范围", en: "Statistical scope" } },
    { id: "reporter", label: { zh: "报送单位", en: "Reporting entity" } },
    { id: "deadline", label: { zh: "报送日期及方式", en: "Reporting date and method" } },
  ],
  rows: catalogueEntries.map((entry) => ({
    id: entry.tableId,
    cells: {
      tableNo: entry.tableNo,
      title: entry.title,
      period: entry.periodLabel,
      scope: entry.scope,
      reporter: entry.reporter,
      deadline: entry.deadline,
    },
  })),
};

/** 二、报表目录 of 国统制〔2022〕45号, one row per table. */
export const surveyCatalogue: TableModule = { table };
