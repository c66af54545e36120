import { type CodeEntry, cciipFunctionalAreas } from "@tianbiao/codes";
import type { ChoiceField, ChoiceOption, Field, FormTable, Submission, TableFixtures } from "@tianbiao/core";
import type { TableModule } from "../types";
import { cciipIssuer, cciipSource, recommendationCriteria } from "./source";

// The list is typed once, in @tianbiao/codes; this file only lays it out as a form.
const entry = (code: string): CodeEntry => {
  const found = cciipFunctionalAreas.entries.find((e) => e.code === code);
  if (!found) throw new Error(`cciipFunctionalAreas has no entry ${code}`);
  return found;
};

const option = (e: CodeEntry): ChoiceOption => ({ value: e.code, label: e.label });

const industry = entry("industry");

const industryField: ChoiceField = {
  id: "industryCategories",
  kind: "choice",
  label: industry.label,
  multiple: true,
  display: "checkbox",
  otherValue: "other",
  required: true,
  options: (industry.children ?? []).map(option),
};

/** Field ids of the areas, in printed order under ITO, BPO and KPO. */
const areaIds: Record<string, string> = {
  "ITO.1": "softwareDevelopment",
  "ITO.2": "itServices",
  "ITO.3": "operations",
  "BPO.1": "internalManagement",
  "BPO.2": "businessOperations",
  "BPO.3": "supplyChain",
  "KPO.1": "businessServices",
  "KPO.2": "technicalServices",
  "KPO.3": "researchAndDevelopment",
};

// Each group is labelled as printed at the head of its rows: 信息技术外包 (ITO).
const areaGroup = (code: "ITO" | "BPO" | "KPO", id: string): Field => {
  const group = entry(code);
  return {
    id,
    kind: "group",
    label: { zh: `${group.label.zh} (${code})`, en: `${group.label.en} (${code})` },
    fields: (group.children ?? []).map((area) => {
      const areaId = areaIds[area.code];
      if (!areaId) throw new Error(`no field id for area ${area.code}`);
      return {
        id: areaId,
        kind: "choice",
        label: area.label,
        multiple: true,
        display: "checkbox",
        options: (area.children ?? []).map(option),
      };
    }),
  };
};

const table: FormTable = {
  id: "cciip-functional-areas",
  kind: "form",
  tableNo: { zh: "表格 2", en: "Form 2" },
  title: { zh: "服务外包功能领域", en: "Service outsourcing functional areas" },
  issuer: cciipIssuer,
  period: "once",
  deadline: {
    zh: "申报单位须填写基本信息表、加盖公章，报送当地商务主管部门批准，并于7月15日前将申报材料发送至我会。",
    en: "Applicants fill in the basic information form, affix their official seal, submit it to the local commerce authority for approval, and send the application materials to the Council by 15 July.",
  },
  source: cciipSource({
    zh: "附件 推荐及申报说明 表格 2",
    en: "Annex: recommendation and application notes, form 2",
  }),
  notes: recommendationCriteria,
  discrepancies: [
    {
      zh: "表格2 未印申报单位名称或统一社会信用代码等身份栏；通知要求申报单位另行在申报系统填写《企业基本信息表》并加盖公章。本表不增设身份字段，提交时须与该信息表一并报送，由宿主页面关联申报单位。",
      en: "Form 2 prints no box for the applicant's identity (name, unified social credit code); the notice has the applicant fill in the enterprise basic information form in the online system and seal it. No identity field is added here: submit this form together with that information form, and let the host page link it to the applicant.",
    },
    {
      zh: "表格1 定义“八大行业”（金融和保险、政府和教育、制造、零售、信息服务业、能源、交通运输、卫生健康），表格2 的“行业类别”却列出 12 个国民经济行业门类加“其它”，两者不对应。此处按表格2 所印选项。",
      en: "Form 1 defines eight industries (finance and insurance, government and education, manufacturing, retail, information services, energy, transport, health), while the industry category row of Form 2 lists 12 sections of the national industry classification plus other; the two do not match. The options follow Form 2 as printed.",
    },
    {
      zh: "表格2 未说明各栏是否必填。此处要求至少勾选一项行业类别，并在 ITO、BPO、KPO 中至少勾选一项功能领域；勾选“其它”须填写其内容。",
      en: "Form 2 does not say which rows must be filled. Here at least one industry category and at least one functional area under ITO, BPO or KPO must be ticked; ticking other requires its text.",
    },
  ],
  sections: [
    { id: "industry", fields: [industryField] },
    {
      id: "functionalAreas",
      fields: [areaGroup("ITO", "ito"), areaGroup("BPO", "bpo"), areaGroup("KPO", "kpo")],
    },
  ],
  rules: [
    {
      id: "functionalAreaRequired",
      kind: "requireOne",
      severity: "error",
      targets: ["ito", "bpo", "kpo"],
      at: "ito",
    },
  ],
};

const valid: Submission = {
  industryCategories: ["C", "I"],
  ito: { softwareDevelopment: ["ITO.1.1", "ITO.1.2"], itServices: ["ITO.2.3", "ITO.2.6"] },
  bpo: { businessOperations: ["BPO.2.2", "BPO.2.5"] },
};

const english: Submission = {
  industryCategories: ["J", "other"],
  industryCategoriesOther: "Reinsurance and asset management",
  bpo: { internalManagement: ["BPO.1.2"], businessOperations: ["BPO.2.1", "BPO.2.4"] },
  kpo: { businessServices: ["KPO.1.2", "KPO.1.5"] },
};

const fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    {
      name: "no-functional-area",
      description: {
        zh: "只勾选了行业类别，ITO、BPO、KPO 均未勾选",
        en: "Only the industry category row is ticked, no functional area under ITO, BPO or KPO",
      },
      expect: { rule: "functionalAreaRequired", path: "ito" },
      value: { industryCategories: ["C", "I"] },
    },
    {
      name: "no-industry-category",
      description: { zh: "未勾选行业类别", en: "No industry category is ticked" },
      expect: { rule: "required", path: "industryCategories" },
      value: { ito: valid.ito, bpo: valid.bpo },
    },
    {
      name: "other-industry-without-text",
      description: { zh: "勾选了“其它”但未填写内容", en: "Other is ticked but not filled in" },
      expect: { rule: "otherText", path: "industryCategories" },
      value: { ...english, industryCategoriesOther: "" },
    },
    {
      name: "item-of-another-area",
      description: {
        zh: "软件研发外包一栏勾选了属于信息技术服务外包的项目",
        en: "The software research and development outsourcing row holds an item of the information technology service outsourcing row",
      },
      expect: { rule: "option", path: "ito.softwareDevelopment" },
      value: { ...valid, ito: { softwareDevelopment: ["ITO.2.1"] } },
    },
  ],
};

/** 表格2 服务外包功能领域: the CCIIP checkbox form of industries and ITO/BPO/KPO functional areas. */
export const cciipFunctionalAreasTable: TableModule = { table, fixtures };
