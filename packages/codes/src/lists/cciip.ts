import type { CodeEntry, CodeList } from "../types";
import { cciipNotice } from "./sources";

/** 表格1 服务外包八大行业术语定义 of the CCIIP notice: eight industries, each with its definition. */
export const cciipIndustries: CodeList = {
  id: "cciip-industries",
  title: { zh: "服务外包八大行业术语定义", en: "Definitions of the eight service outsourcing industries" },
  version: "2020",
  source: { zh: `${cciipNotice.zh} 表格 1`, en: `${cciipNotice.en}, form 1` },
  entries: [
    {
      code: "finance-insurance",
      label: { zh: "金融和保险", en: "Finance and insurance" },
      definition: {
        zh: "金融信息服务，包括银行、保险和证券等。",
        en: "Financial information services, including banking, insurance, securities and the like.",
      },
    },
    {
      code: "government-education",
      label: { zh: "政府和教育", en: "Government and education" },
      definition: {
        zh: "公共需求服务，包括政府及非盈利组织，包括学校和培训机构等。",
        en: "Public demand services, including government and non-profit organisations, including schools, training institutions and the like.",
      },
    },
    {
      code: "manufacturing",
      label: { zh: "制造", en: "Manufacturing" },
      definition: {
        zh: "生产性服务，包括工业设计、产品研发等其它与制造有关服务。",
        en: "Producer services, including industrial design, product research and development and other manufacturing-related services.",
      },
    },
    {
      code: "retail",
      label: { zh: "零售", en: "Retail" },
      definition: {
        zh: "消费性服务，包括一般零售、杂货零售、餐厅和酒店、专业零售等。",
        en: "Consumer services, including general retail, grocery retail, restaurants and hotels, specialty retail and the like.",
      },
    },
    {
      code: "information-services",
      label: { zh: "信息服务业", en: "Information services" },
      definition: {
        zh: "业务和客户服务；ICT 服务提供商；专业服务、科学服务、技术服务； 房地产； 软件发布等，包括电信和动漫。",
        en: "Business and customer services; ICT service providers; professional, scientific and technical services; real estate; software publishing and the like, including telecommunications and animation.",
      },
    },
    {
      code: "energy",
      label: { zh: "能源", en: "Energy" },
      definition: {
        zh: "生产或传播能源及其他社会必需公共品服务",
        en: "Services producing or distributing energy and other public goods that society needs",
      },
    },
    {
      code: "transportation",
      label: { zh: "交通运输", en: "Transport" },
      definition: {
        zh: "物流服务，包括航空、航海、公路和铁路等。",
        en: "Logistics services, including aviation, shipping, road, rail and the like.",
      },
    },
    {
      code: "healthcare",
      label: { zh: "卫生健康", en: "Health" },
      definition: {
        zh: "医疗服务，包括社区医疗服务、医院服务等。",
        en: "Medical services, including community medical services, hospital services and the like.",
      },
    },
  ],
};

const items = (prefix: string, labels: Array<[zh: string, en: string]>): CodeEntry[] =>
  labels.map(([zh, en], index) => ({ code: `${prefix}.${index + 1}`, label: { zh, en } }));

/**
 * 表格2 服务外包功能领域 of the CCIIP notice, row by row: the 行业类别 checkboxes (codes are the
 * GB/T 4754-2017 门类 letters the names match; 其它 opens a text), then ITO, BPO and KPO, each with
 * its areas and their checkbox items. Headings are not themselves selectable.
 */
export const cciipFunctionalAreas: CodeList = {
  id: "cciip-functional-areas",
  title: { zh: "服务外包功能领域", en: "Service outsourcing functional areas" },
  version: "2020",
  source: { zh: `${cciipNotice.zh} 表格 2`, en: `${cciipNotice.en}, form 2` },
  entries: [
    {
      code: "industry",
      label: { zh: "行业类别", en: "Industry category" },
      children: [
        { code: "J", label: { zh: "金融业", en: "Finance" } },
        { code: "C", label: { zh: "制造业", en: "Manufacturing" } },
        { code: "P", label: { zh: "教育", en: "Education" } },
        { code: "B", label: { zh: "采矿业", en: "Mining" } },
        { code: "F", label: { zh: "批发和零售业", en: "Wholesale and retail trades" } },
        {
          code: "D",
          label: {
            zh: "电力、热力、燃气及水生产和供应业",
            en: "Production and supply of electricity, heat, gas and water",
          },
        },
        {
          code: "I",
          label: {
            zh: "信息传输、软件和信息技术服务业",
            en: "Information transmission, software and information technology services",
          },
        },
        { code: "G", label: { zh: "交通运输、仓储和邮政业", en: "Transport, storage and post" } },
        {
          code: "S",
          label: {
            zh: "公共管理、社会保障和社会组织",
            en: "Public management, social security and social organizations",
          },
        },
        { code: "Q", label: { zh: "卫生和社会工作", en: "Health and social work" } },
        {
          code: "M",
          label: { zh: "科学研究和技术服务业", en: "Scientific research and technical services" },
        },
        { code: "R", label: { zh: "文化、体育和娱乐业", en: "Culture, sports and entertainment" } },
        { code: "other", label: { zh: "其它", en: "Other" } },
      ],
    },
    {
      code: "ITO",
      label: { zh: "信息技术外包", en: "Information technology outsourcing" },
      children: [
        {
          code: "ITO.1",
          label: { zh: "软件研发外包", en: "Software research and development outsourcing" },
          children: items("ITO.1", [
            ["软件研发及开发服务", "Software research and development services"],
            ["软件技术服务", "Software technical services"],
            ["其他软件研发外包业务", "Other software research and development outsourcing business"],
          ]),
        },
        {
          code: "ITO.2",
          label: { zh: "信息技术服务外包", en: "Information technology service outsourcing" },
          children: items("ITO.2", [
            ["集成电路和电子电路设计", "Integrated circuit and electronic circuit design"],
            ["测试外包服务", "Testing outsourcing services"],
            ["IT 解决方案", "IT solutions"],
            ["电子商务平台服务", "E-commerce platform services"],
            ["IT 咨询服务", "IT consulting services"],
            ["物联网", "Internet of Things"],
            ["认知算法", "Cognitive algorithms"],
            ["其他信息技术服务外包业务", "Other information technology service outsourcing business"],
          ]),
        },
        {
          code: "ITO.3",
          label: { zh: "运营和维护服务", en: "Operation and maintenance services" },
          children: items("ITO.3", [
            ["信息系统运营和维护服务", "Information system operation and maintenance services"],
            ["基础信息技术运营和维护服务", "Basic information technology operation and maintenance services"],
            ["其他运营和维护服务", "Other operation and maintenance services"],
          ]),
        },
      ],
    },
    {
      code: "BPO",
      label: { zh: "业务流程外包", en: "Business process outsourcing" },
      children: [
        {
          code: "BPO.1",
          label: { zh: "内部管理外包服务", en: "Internal management outsourcing services" },
          children: items("BPO.1", [
            ["人力资源管理服务", "Human resource management services"],
            ["财务与会计管理服务", "Financial and accounting management services"],
            ["其他内部管理外包服务", "Other internal management outsourcing services"],
          ]),
        },
        {
          code: "BPO.2",
          label: { zh: "业务运营外包服务", en: "Business operation outsourcing services" },
          children: items("BPO.2", [
            ["数据处理服务", "Data processing services"],
            ["云计算", "Cloud computing"],
            ["互联网营销推广服务", "Internet marketing and promotion services"],
            ["客户服务", "Customer services"],
            ["大数据", "Big data"],
            ["专业业务外包服务", "Professional business outsourcing services"],
            ["人工智能", "Artificial intelligence"],
            ["其他业务运营外包服务", "Other business operation outsourcing services"],
          ]),
        },
        {
          code: "BPO.3",
          label: { zh: "供应链外包服务", en: "Supply chain outsourcing services" },
          children: items("BPO.3", [
            ["供应链管理服务", "Supply chain management services"],
            ["采购外包服务", "Procurement outsourcing services"],
            ["其他供应链管理服务", "Other supply chain management services"],
          ]),
        },
      ],
    },
    {
      code: "KPO",
      label: { zh: "知识流程外包", en: "Knowledge process outsourcing" },
      children: [
        {
          code: "KPO.1",
          label: { zh: "商务服务外包", en: "Business service outsourcing" },
          children: items("KPO.1", [
            ["知识产权外包服务", "Intellectual property outsourcing services"],
            ["数据分析服务", "Data analysis services"],
            ["管理咨询服务", "Management consulting services"],
            ["检验检测外包服务", "Inspection and testing outsourcing services"],
            ["法律流程外包服务", "Legal process outsourcing services"],
            ["其他商务服务外包", "Other business service outsourcing"],
          ]),
        },
        {
          code: "KPO.2",
          label: { zh: "技术服务外包", en: "Technical service outsourcing" },
          children: items("KPO.2", [
            ["工业设计外包", "Industrial design outsourcing"],
            ["工程技术外包", "Engineering technical outsourcing"],
            ["其他技术服务外包", "Other technical service outsourcing"],
          ]),
        },
        {
          code: "KPO.3",
          label: { zh: "研发服务外包", en: "Research and development service outsourcing" },
          children: items("KPO.3", [
            [
              "医药和生物技术研发外包",
              "Pharmaceutical and biotechnology research and development outsourcing",
            ],
            [
              "动漫及网游技术研发外包",
              "Animation and online game technology research and development outsourcing",
            ],
            ["其他研发服务外包", "Other research and development service outsourcing"],
          ]),
        },
      ],
    },
  ],
};
