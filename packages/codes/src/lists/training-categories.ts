import type { CodeList } from "../types";
import { statisticalSurveySystem } from "./sources";

/** 培训类别 of 城市1表 and 城市2表, with the definitions of 主要指标解释 （七） and （八）, which agree. */
export const trainingCategories: CodeList = {
  id: "training-categories",
  title: { zh: "培训类别", en: "Training category" },
  version: "2022",
  source: {
    zh: `${statisticalSurveySystem.zh} 主要指标解释（七）（八） 培训类别`,
    en: `${statisticalSurveySystem.en}, main indicator explanation (7) and (8), training category`,
  },
  entries: [
    {
      code: "1",
      label: { zh: "人才定制培训", en: "Customised talent training" },
      definition: {
        zh: "指根据服务外包企业承接服务外包业务的需求或服务外包发包商提出的承接其发包业务的需求进行的培训。",
        en: "Refers to training carried out according to the needs of service outsourcing enterprises in taking on service outsourcing business, or to the needs put forward by service outsourcing clients for taking on the business they outsource.",
      },
    },
    {
      code: "2",
      label: { zh: "人才资质培训", en: "Talent qualification training" },
      definition: {
        zh: "指跨国公司服务外包业务从业人才资质的培训。",
        en: "Refers to qualification training for the talent engaged in a multinational company's service outsourcing business.",
      },
    },
    {
      code: "3",
      label: { zh: "国际认证培训", en: "International certification training" },
      definition: {
        zh: "指服务外包企业国际认证知识培训、服务外包企业国际认证人才培训。",
        en: "Refers to training in international certification knowledge for service outsourcing enterprises and training of international certification talent for service outsourcing enterprises.",
      },
    },
    {
      code: "4",
      label: { zh: "储备人才培训", en: "Reserve talent training" },
      definition: {
        zh: "指发展服务外包产业急需的储备人才培训。",
        en: "Refers to training of the reserve talent urgently needed to develop the service outsourcing industry.",
      },
    },
    {
      code: "5",
      label: { zh: "勤工俭学培训", en: "Work-study training" },
      definition: {
        zh: "指服务外包企业为大学生提供的勤工俭学培训。",
        en: "Refers to work-study training that service outsourcing enterprises provide for university students.",
      },
    },
    {
      code: "6",
      label: { zh: "法律培训", en: "Legal training" },
      definition: {
        zh: "指服务外包相关法律、行业标准及相关知识产权培训。",
        en: "Refers to training in the laws, industry standards and related intellectual property relevant to service outsourcing.",
      },
    },
    {
      code: "7",
      label: { zh: "入职培训", en: "Induction training" },
      definition: {
        zh: "指服务外包企业新入职人员岗前业务技能培训。",
        en: "Refers to pre-job business skills training for new recruits of service outsourcing enterprises.",
      },
    },
  ],
};
