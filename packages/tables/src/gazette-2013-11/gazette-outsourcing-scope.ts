import type { ReferenceTable, Text } from "@tianbiao/core";
import type { TableModule } from "../types";
import { outlineIssuer, outlineSource } from "./outline";

type Row = ReferenceTable["rows"][number];

const heading = (id: string, level: number, category: Text): Row => ({ id, level, cells: { category } });
const entry = (id: string, level: number, category: Text, scope: Text): Row => ({
  id,
  level,
  cells: { category, scope },
});

const table: ReferenceTable = {
  id: "gazette-outsourcing-scope",
  kind: "reference",
  title: {
    zh: "国际服务外包主要业务范围",
    en: "Main business scope of international service outsourcing",
  },
  issuer: outlineIssuer,
  source: outlineSource({
    zh: "六、国际服务外包主要业务范围",
    en: "part 6: Main business scope of international service outsourcing",
  }),
  notes: [
    {
      zh: "英文为 Information Technology Outsourcing，简写ITO，指企业向外部寻求并获得包括全部或部分信息技术类的服务。服务内容包括软件研发及外包、信息技术研发服务外包、信息系统运营维护外包。",
      en: "Information technology outsourcing (ITO): an enterprise seeks and obtains from outside services of an information technology nature, in whole or in part. It covers software research and development and outsourcing, information technology research and development service outsourcing, and information system operation and maintenance outsourcing.",
    },
    {
      zh: "英文为 Business Process Outsourcing, 简写 BPO, 指企业将自身基于信息技术的业务流程委托给专业化服务提供商, 由其按照服务协议要求进行管理、运营和维护服务等。服务内容包括企业内部管理服务、企业业务运作服务、供应链管理服务等。",
      en: "Business process outsourcing (BPO): an enterprise entrusts its IT-based business processes to a specialised service provider, which manages, operates and maintains them as the service agreement requires. It covers enterprise internal management services, enterprise business operation services, supply chain management services, etc.",
    },
    {
      zh: "英文为 Knowledge Process Outsourcing, 简写 KPO, 属于 BPO 的高端层次, 指位于发包商流程价值链高端的高知识含量的外包业务。具体包括知识产权研究、医药和生物技术研发和测试、产品技术研发、工业设计、分析学和数据挖掘、动漫及网游设计研发、教育课件研发、工程设计等领域。",
      en: "Knowledge process outsourcing (KPO): the high end of BPO, outsourced work of high knowledge content at the top of the client's process value chain. It covers intellectual property research, pharmaceutical and biotechnology research, development and testing, product technology research and development, industrial design, analytics and data mining, animation and online game design and development, educational courseware development, engineering design and similar fields.",
    },
  ],
  discrepancies: [
    {
      zh: "此表在原文中分五个小表印出（ITO 三个、BPO 一个、KPO 一个），此处合为一表，以标题行分组，层级照印。",
      en: "The document prints this as five small tables (three for ITO, one for BPO, one for KPO); they are joined here as one table grouped by heading rows, with the printed nesting.",
    },
    {
      zh: "KPO 小表只印“适用范围”一栏，没有“类别”；此处该行“类别”留空。",
      en: "The KPO table prints only the scope column and no category; the category cell of that row is left empty.",
    },
    {
      zh: "名词解释“三、信息技术外包”称服务内容包括“信息技术研发服务外包”，表中小标题为“信息技术研发外包”；小标题照印。",
      en: "Glossary item 3, information technology outsourcing, lists information technology research and development service outsourcing, the table's sub-heading reads information technology research and development outsourcing; the sub-heading is kept as printed.",
    },
    {
      zh: "“软件研发及开发服务”的适用范围中“系统软件开发软件测试等”两项之间缺顿号；照印。",
      en: "In the scope of software research and development services, the comma between system software development and software testing is missing; kept as printed.",
    },
  ],
  columns: [
    { id: "category", label: { zh: "类别", en: "Category" } },
    { id: "scope", label: { zh: "适用范围", en: "Scope" } },
  ],
  rows: [
    heading("ito", 0, {
      zh: "信息技术外包服务 (ITO)",
      en: "Information technology outsourcing services (ITO)",
    }),
    heading("itoSoftware", 1, {
      zh: "软件研发及外包",
      en: "Software research and development and outsourcing",
    }),
    entry(
      "softwareDevelopment",
      2,
      { zh: "软件研发及开发服务", en: "Software research and development services" },
      {
        zh: "用于金融、政府、教育、制造业、零售、服务、能源、物流和交通、媒体、电信、公共事业和医疗卫生等行业, 为用户的运营/生产/供应链/客户关系/人力资源和财务管理、计算机辅助设计/工程等业务进行软件开发, 定制软件开发, 嵌入式软件、套装软件开发, 系统软件开发软件测试等",
        en: "For industries such as finance, government, education, manufacturing, retail, services, energy, logistics and transport, media, telecommunications, public utilities and health care: software development for users' operations, production, supply chain, customer relations, human resources and financial management, computer-aided design and engineering; custom software development; embedded and packaged software development; system software development, software testing, etc.",
      },
    ),
    entry(
      "softwareTechnicalServices",
      2,
      { zh: "软件技术服务", en: "Software technical services" },
      {
        zh: "软件咨询、维护、培训、测试等技术性服务",
        en: "Technical services such as software consulting, maintenance, training and testing",
      },
    ),
    heading("itoResearch", 1, {
      zh: "信息技术研发外包",
      en: "Information technology research and development outsourcing",
    }),
    entry(
      "integratedCircuitDesign",
      2,
      { zh: "集成电路设计", en: "Integrated circuit design" },
      {
        zh: "集成电路产品设计以及相关技术支持服务等",
        en: "Integrated circuit product design and related technical support services, etc.",
      },
    ),
    entry(
      "ecommercePlatforms",
      2,
      { zh: "提供电子商务平台", en: "Provision of e-commerce platforms" },
      { zh: "为电子贸易服务提供信息平台等", en: "Information platforms for electronic trade services, etc." },
    ),
    entry(
      "testingPlatforms",
      2,
      { zh: "测试平台", en: "Testing platforms" },
      {
        zh: "为软件和集成电路的开发运用提供测试平台",
        en: "Testing platforms for the development and application of software and integrated circuits",
      },
    ),
    heading("itoOperations", 1, {
      zh: "信息系统运营维护外包",
      en: "Information system operation and maintenance outsourcing",
    }),
    entry(
      "informationSystemOperations",
      2,
      { zh: "信息系统运营和维护服务", en: "Information system operation and maintenance services" },
      {
        zh: "客户内部信息系统集成、网络管理、桌面管理与维护服务；信息工程、地理信息系统、远程维护等信息系统应用服务",
        en: "Integration of clients' internal information systems, network management, desktop management and maintenance services; information system application services such as information engineering, geographic information systems and remote maintenance",
      },
    ),
    entry(
      "basicInformationTechnology",
      2,
      { zh: "基础信息技术服务", en: "Basic information technology services" },
      {
        zh: "基础信息技术管理平台整合等基础信息技术服务（IT 基础设施管理、数据中心、托管中心、安全服务、通讯服务等）",
        en: "Basic information technology services such as the integration of basic information technology management platforms (IT infrastructure management, data centres, hosting centres, security services, communication services, etc.)",
      },
    ),
    heading("bpo", 0, {
      zh: "技术性业务流程外包服务（BPO）",
      en: "Technical business process outsourcing services (BPO)",
    }),
    entry(
      "processDesign",
      1,
      { zh: "企业业务流程设计服务", en: "Enterprise business process design services" },
      {
        zh: "为客户企业提供内部管理、业务运作等流程设计服务",
        en: "Process design services for client enterprises' internal management, business operations, etc.",
      },
    ),
    entry(
      "internalManagementDatabase",
      1,
      { zh: "企业内部管理数据库服务", en: "Enterprise internal management database services" },
      {
        zh: "为客户企业提供后台管理、人力资源管理、财务、审计与税务管理、金融支付服务、医疗数据及其他内部管理业务的数据分析、数据挖掘、数据管理、数据使用的服务；承接客户专业数据处理、分析和整合服务",
        en: "Data analysis, data mining, data management and data use services for client enterprises' back-office management, human resources management, finance, audit and tax management, financial payment services, medical data and other internal management business; undertaking clients' specialised data processing, analysis and integration services",
      },
    ),
    entry(
      "operationsDatabase",
      1,
      { zh: "企业运营数据库服务", en: "Enterprise operations database services" },
      {
        zh: "为客户企业提供技术研发服务、为企业经营、销售、产品售后服务提供的应用客户分析、数据库管理等服务。主要包括金融服务业务、政务与教育业务、制造业务和生命科学、零售和批发与运输业务、卫生保健业务、通讯与公共事业业务、呼叫中心等",
        en: "Technology research and development services for client enterprises, and applied customer analysis, database management and other services for enterprises' operations, sales and after-sales service. Mainly covers financial services, government and education, manufacturing and life sciences, retail, wholesale and transport, health care, communications and public utilities, call centres, etc.",
      },
    ),
    entry(
      "supplyChainDatabase",
      1,
      { zh: "企业供应链管理数据库服务", en: "Enterprise supply chain management database services" },
      {
        zh: "为客户提供采购、物流的整体方案设计及数据库服务",
        en: "Overall procurement and logistics solution design and database services for clients",
      },
    ),
    heading("kpo", 0, {
      zh: "技术性知识流程外包 (KPO)",
      en: "Technical knowledge process outsourcing (KPO)",
    }),
    {
      id: "kpoScope",
      level: 1,
      cells: {
        scope: {
          zh: "知识产权研究、医药和生物技术研发和测试、产品技术研发、工业设计、分析学和数据挖掘、动漫及网游设计研发、教育课件研发、工程设计等领域",
          en: "Fields such as intellectual property research, pharmaceutical and biotechnology research, development and testing, product technology research and development, industrial design, analytics and data mining, animation and online game design and development, educational courseware development, and engineering design",
        },
      },
    },
  ],
};

/** 纲要 附录 六、国际服务外包主要业务范围: the ITO, BPO and KPO business scope tables. */
export const gazetteOutsourcingScope: TableModule = { table };
