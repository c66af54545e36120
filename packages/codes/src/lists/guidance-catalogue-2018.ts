import type { Text } from "../types";
import { zhengzhouMeasures } from "./sources";

/** One of the 23 重点发展领域 of the 2018 guidance catalogue. */
export interface GuidanceField {
  /** Two-digit order of the field as printed (一 → "01" … 二十三 → "23"). */
  code: string;
  label: Text;
  category: "ITO" | "BPO" | "KPO";
  /** 定义和范围 */
  definition: Text;
  /** 主要业务类型 */
  businessTypes: Text;
  /** 主要应用领域 */
  sectors: Text;
}

/** The guidance catalogue with its 23 fields: 8 ITO, 6 BPO and 9 KPO. */
export interface GuidanceCatalogue {
  id: string;
  title: Text;
  version: string;
  source: Text;
  fields: GuidanceField[];
}

/**
 * 服务外包产业重点发展领域指导目录（2018年版）, as annexed to 郑政办〔2020〕58号. The text keeps the
 * annex as printed, including its slips (see the package README).
 */
export const guidanceCatalogue2018: GuidanceCatalogue = {
  id: "guidance-catalogue-2018",
  title: {
    zh: "服务外包产业重点发展领域指导目录（2018 年版）",
    en: "Guidance catalogue of key development fields of the service outsourcing industry (2018 edition)",
  },
  version: "2018",
  source: zhengzhouMeasures,
  fields: [
    {
      code: "01",
      label: { zh: "软件研发服务", en: "Software research and development services" },
      category: "ITO",
      definition: {
        zh: "软件研发服务是指根据客户需求研发软件系统或软件产品，并提供需求分析、软件咨询、设计开发、维护和培训等相关服务。软件研发服务属于信息技术外包（ITO）。",
        en: "Software research and development services are the research and development of software systems or software products according to customer needs, together with related services such as requirements analysis, software consulting, design and development, maintenance and training. Software research and development services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括定制软件研发、嵌入式软件研发、套装软件研发、系统软件研发、软件咨询、软件维护、软件培训、软件测试等 8 个业务类型。",
        en: "Mainly 8 business types: customised software development, embedded software development, packaged software development, system software development, software consulting, software maintenance, software training and software testing.",
      },
      sectors: {
        zh: "重点应用于金融业，制造业，信息传输、软件和信息技术服务业，交通运输、仓储和邮政业，批发和零售业，卫生和社会工作，教育，科学研究和技术服务业，采矿业，电力、热力、燃气及水生产和供应业，文化、体育和娱乐业，建筑业，住宿和餐饮业，房地产业，租赁和商务服务业，公共管理、社会保障和社会组织，居民服务、修理和其他服务业，水利、环境和公共设施管理业等 18 个国民经济行业。",
        en: "Mainly applied in 18 industries of the national economy: finance; manufacturing; information transmission, software and information technology services; transport, storage and post; wholesale and retail trades; health and social work; education; scientific research and technical services; mining; production and supply of electricity, heat, gas and water; culture, sports and entertainment; construction; accommodation and catering; real estate; leasing and business services; public management, social security and social organizations; resident services, repair and other services; management of water conservancy, environment and public facilities.",
      },
    },
    {
      code: "02",
      label: {
        zh: "集成电路和电子电路设计服务",
        en: "Integrated circuit and electronic circuit design services",
      },
      category: "ITO",
      definition: {
        zh: "集成电路和电子电路设计服务是指集成电路产品和电子电路产品的设计及相关技术支持服务。集成电路和电子电路设计服务属于信息技术外包（ITO）。",
        en: "Integrated circuit and electronic circuit design services are the design of integrated circuit products and electronic circuit products and related technical support services. Integrated circuit and electronic circuit design services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括集成电路产品设计及相关技术支持服务、电子电路产品设计及相关技术支持服务 2 个业务类型。",
        en: "Mainly 2 business types: integrated circuit product design and related technical support services, and electronic circuit product design and related technical support services.",
      },
      sectors: {
        zh: "重点应用于制造业，信息传输、软件和信息技服务业 2 个国民经济行业。",
        en: "Mainly applied in 2 industries of the national economy: manufacturing; information transmission, software and information technology services.",
      },
    },
    {
      code: "03",
      label: { zh: "电子商务平台服务", en: "E-commerce platform services" },
      category: "ITO",
      definition: {
        zh: "电子商务平台服务是指为客户搭建电子商务平台（包括众包平台）并提供相关技术支持，包括电子商务平台的规划、开发、测试、维护及运营服务。电子商务平台服务属于信息技术外包（ITO）。",
        en: "E-commerce platform services are building e-commerce platforms (including crowdsourcing platforms) for customers and providing related technical support, including the planning, development, testing, maintenance and operation of e-commerce platforms. E-commerce platform services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括电子商务平台开发、电子商务平台代运维 2 个业务类型。",
        en: "Mainly 2 business types: e-commerce platform development, and outsourced e-commerce platform operation and maintenance.",
      },
      sectors: {
        zh: "重点应用于制造业，信息传输、软件和信息技服务业，批发和零售业，农、林、牧、渔业，租赁和商务服务业，交通运输、仓储和邮政业等 6 个国民经济行业。",
        en: "Mainly applied in 6 industries of the national economy: manufacturing; information transmission, software and information technology services; wholesale and retail trades; agriculture, forestry, animal husbandry and fishery; leasing and business services; transport, storage and post.",
      },
    },
    {
      code: "04",
      label: { zh: "信息技术解决方案服务", en: "Information technology solution services" },
      category: "ITO",
      definition: {
        zh: "信息技术解决方案服务是指为客户提供信息技术相关咨询及整套专业解决方案服务，特别为满足客户对信息技术的需求，为其提供包含从方案咨询、设计、执行、测试、实施等整套业务流程内容。信息技术解决方案服务属于信息技术外包（ITO）。",
        en: "Information technology solution services are information-technology-related consulting and complete professional solution services for customers, in particular, to meet customers' information technology needs, providing a complete business process from solution consulting, design, execution and testing to implementation. Information technology solution services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括信息技术战略咨询、设备软件分析优化咨询、信息化解决方案等 3 个业务类型。",
        en: "Mainly 3 business types: information technology strategy consulting, equipment and software analysis and optimisation consulting, and informatisation solutions.",
      },
      sectors: {
        zh: "重点应用于金融业，制造业，信息传输、软件和信息技术服务业，交通运输、仓储和邮政业，批发和零售业，卫生和社会工作，教育，科学研究和技术服务业，采矿业，电力、热力、燃气及水生产和供应业，文化、体育和娱乐业，建筑业，住宿和餐饮业，房地产业，租赁和商务服务业，公共管理、社会保障和社会组织，居民服务、修理和其他服务业，水利、环境和公共设施管理业等 18 个国民经济行业。",
        en: "Mainly applied in 18 industries of the national economy: finance; manufacturing; information transmission, software and information technology services; transport, storage and post; wholesale and retail trades; health and social work; education; scientific research and technical services; mining; production and supply of electricity, heat, gas and water; culture, sports and entertainment; construction; accommodation and catering; real estate; leasing and business services; public management, social security and social organizations; resident services, repair and other services; management of water conservancy, environment and public facilities.",
      },
    },
    {
      code: "05",
      label: {
        zh: "信息技术运营和维护服务",
        en: "Information technology operation and maintenance services",
      },
      category: "ITO",
      definition: {
        zh: "信息技术运营和维护服务是指为客户提供信息技术基础设施、基础信息技术和信息系统等运行实施和管理维护的服务。信息技术运营和维护服务属于信息技术外包（ITO）。",
        en: "Information technology operation and maintenance services are services for the operation, implementation, management and maintenance of customers' information technology infrastructure, basic information technology, information systems and the like. Information technology operation and maintenance services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括信息技术基础设施管理、托管服务、数字内容服务、桌面管理与维护、信息系统应用服务等 5 个业务类型。",
        en: "Mainly 5 business types: information technology infrastructure management, hosting services, digital content services, desktop management and maintenance, and information system application services.",
      },
      sectors: {
        zh: "重点应用于金融业，制造业，信息传输、软件和信息技术服务业，交通运输、仓储和邮政业，批发和零售业，卫生和社会工作，教育，科学研究和技术服务业，采矿业，电力、热力、燃气及水生产和供应业，文化、体育和娱乐业，建建筑业，住宿和餐饮业，房地产业，租赁和商务服务业，公共管理、社会保障和社会组织，居民服务、修理和其他服务业，水利、环境和公共设施管理业等 18 个国民经济行业。",
        en: "Mainly applied in 18 industries of the national economy: finance; manufacturing; information transmission, software and information technology services; transport, storage and post; wholesale and retail trades; health and social work; education; scientific research and technical services; mining; production and supply of electricity, heat, gas and water; culture, sports and entertainment; construction; accommodation and catering; real estate; leasing and business services; public management, social security and social organizations; resident services, repair and other services; management of water conservancy, environment and public facilities.",
      },
    },
    {
      code: "06",
      label: { zh: "网络与信息安全服务", en: "Network and information security services" },
      category: "ITO",
      definition: {
        zh: "网络与信息安全服务是指服务提供商为政府、企业等机构客户的信息基础设施、业务系统、应用系统等提供网络与信息安全管理、运行、咨询与技术支持等服务。网络与信息安全服务属于信息技术外包（ITO）。",
        en: "Network and information security services are network and information security management, operation, consulting, technical support and similar services provided by a service provider for the information infrastructure, business systems, application systems and the like of institutional customers such as governments and enterprises. Network and information security services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括网络与信息安全咨询、风险评估、安全集成、安全运维、应急处理、灾难恢复、安全培训、安全测评、安全监理和安全审计等 10 个业务类型。",
        en: "Mainly 10 business types: network and information security consulting, risk assessment, security integration, security operation and maintenance, emergency response, disaster recovery, security training, security testing and evaluation, security supervision and security audit.",
      },
      sectors: {
        zh: "重点应用在金融业，电力、热力、燃气及水生产和供应业，公共管理、社会保障和社会组织，信息传输、软件和信息技术服务业，制造业等 6 个国民经济行业。",
        en: "Mainly applied in 6 industries of the national economy: finance; production and supply of electricity, heat, gas and water; public management, social security and social organizations; information transmission, software and information technology services; manufacturing.",
      },
    },
    {
      code: "07",
      label: { zh: "云计算服务", en: "Cloud computing services" },
      category: "ITO",
      definition: {
        zh: "云计算服务是将大量用网络连接的计算资源统一管理和调度，构成计算资源池向用户提供按需服务，包括提供云主机、云空间、云开发、云测试和综合类服务产品，用户通过网络以按需、易扩展的方式获得所需资源，和服务。随着云计算应用的加快发展，基于云计算等新一代信息技术的专业服务提供商将为客户提供公有云、私有云和混合云等服务。云计算服务属于信息技术外包（ITO）。",
        en: "Cloud computing services manage and schedule large amounts of network-connected computing resources in a unified way, forming a computing resource pool that provides on-demand services to users, including cloud hosting, cloud space, cloud development, cloud testing and comprehensive service products; users obtain the resources and services they need over the network in an on-demand, easily scalable way. As cloud computing applications develop faster, professional service providers based on cloud computing and other new-generation information technologies will provide customers with public cloud, private cloud, hybrid cloud and similar services. Cloud computing services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括软件即服务（Software— as — a — Service, SaaS）、平台即服务（Platform — as — a — Service, PaaS）以及基础设施即服务（Infrastructure — as — a — Service, IaaS）等 3 个业务类型。",
        en: "Mainly 3 business types: software as a service (Software-as-a-Service, SaaS), platform as a service (Platform-as-a-Service, PaaS) and infrastructure as a service (Infrastructure-as-a-Service, IaaS).",
      },
      sectors: {
        zh: "重点应用于信息传输、软件和信息技术服务业，制造业，金融业，批发和零售业，交通运输、仓储和邮政业等 5 个国民经济行业。",
        en: "Mainly applied in 5 industries of the national economy: information transmission, software and information technology services; manufacturing; finance; wholesale and retail trades; transport, storage and post.",
      },
    },
    {
      code: "08",
      label: { zh: "人工智能服务", en: "Artificial intelligence services" },
      category: "ITO",
      definition: {
        zh: "人工智能服务是指利用机器人、语言识别、图像识别、人脸识别、自然语言处理、视频分析、无人驾驶、专家系统等各类应用技术为传统企业提供人工智能、机器学习等技术咨询及整套专业解决方案服务。人工智能服务属于信息技术外包（ITO）。",
        en: "Artificial intelligence services use application technologies of all kinds, such as robotics, speech recognition, image recognition, face recognition, natural language processing, video analysis, autonomous driving and expert systems, to provide traditional enterprises with technical consulting and complete professional solution services in artificial intelligence, machine learning and the like. Artificial intelligence services belong to information technology outsourcing (ITO).",
      },
      businessTypes: {
        zh: "主要包括智能语音服务、自动识别服务、人工智能引擎平台服务、制造流程智能化服务、智能交通服务、智能安防服务、智能环卫服务、智能家居服务、多种人工智能技术融合服务等业务类型。",
        en: "Mainly business types such as intelligent voice services, automatic identification services, artificial intelligence engine platform services, intelligent manufacturing process services, intelligent transport services, intelligent security services, intelligent sanitation services, smart home services and services combining several artificial intelligence technologies.",
      },
      sectors: {
        zh: "重点应用于金融业，制造业，信息传输、软件和信息技术服务业，交通运输、仓储和邮政业，批发和零售业，卫生和社会工作，科学研究和技术服务业，采矿业，电力、热力、燃气及水生产和供应业，文化、体育和娱乐业，建筑业，住宿和餐饮业，房地产业，租赁和商务服务业，公共管理、社会保障和社会组织，居民服务、修理和其他服务业，水利、环境和公共设施管理业等 17 个国民经济行业。",
        en: "Mainly applied in 17 industries of the national economy: finance; manufacturing; information transmission, software and information technology services; transport, storage and post; wholesale and retail trades; health and social work; scientific research and technical services; mining; production and supply of electricity, heat, gas and water; culture, sports and entertainment; construction; accommodation and catering; real estate; leasing and business services; public management, social security and social organizations; resident services, repair and other services; management of water conservancy, environment and public facilities.",
      },
    },
    {
      code: "09",
      label: { zh: "内部管理服务", en: "Internal management services" },
      category: "BPO",
      definition: {
        zh: "内部管理服务是指提供企业内部管理环节（价值链辅链环节）的外包服务，含流程设计及相关服务。内部管理服务属于业务流程外包（BPO）。",
        en: "Internal management services are outsourcing services for an enterprise's internal management links (the supporting links of the value chain), including process design and related services. Internal management services belong to business process outsourcing (BPO).",
      },
      businessTypes: {
        zh: "主要包括人力资源管理服务、财务与会计管理、法律流程服务等 3 个业务类型。",
        en: "Mainly 3 business types: human resource management services, financial and accounting management, and legal process services.",
      },
      sectors: {
        zh: "重点应用于金融业，制造业，信息传输、软件和信息技术服务业，交通运输、仓储和邮政业，批发和零售业，卫生和社会工作，教育，科学研究和技术服务业，采矿业，电力、热力、燃气及水生产和供应业，文化、体育和娱乐业，建筑业，住宿和餐饮业，房地产业，租赁和商务服务业，农、林、牧、渔业，公共管理、社会保障和社会组织，居民服务、修理和其他服务业，水利、环境和公共设施管理业，国际组织等 20 个国民经济行业。",
        en: "Mainly applied in 20 industries of the national economy: finance; manufacturing; information transmission, software and information technology services; transport, storage and post; wholesale and retail trades; health and social work; education; scientific research and technical services; mining; production and supply of electricity, heat, gas and water; culture, sports and entertainment; construction; accommodation and catering; real estate; leasing and business services; agriculture, forestry, animal husbandry and fishery; public management, social security and social organizations; resident services, repair and other services; management of water conservancy, environment and public facilities; international organizations.",
      },
    },
    {
      code: "10",
      label: { zh: "互联网营销推广服务", en: "Internet marketing and promotion services" },
      category: "BPO",
      definition: {
        zh: "互联网营销推广服务是指借助互联网、移动互联网平台为客户优化营销推广渠道，从而辅助客户实现营销目标，包括营销方案设计、互联网媒体筛选、传播内容策划及效果监测等，但不包括电子商务平台的开发建设运营、产品的授权销售、数字内容等服务。互联网营销推广服务属于业务流程外包(BPO)。",
        en: "Internet marketing and promotion services optimise marketing and promotion channels for customers by means of internet and mobile internet platforms, helping customers reach their marketing goals, including marketing plan design, internet media selection, communication content planning and effect monitoring, but excluding the development, construction and operation of e-commerce platforms, licensed product sales, digital content and similar services. Internet marketing and promotion services belong to business process outsourcing (BPO).",
      },
      businessTypes: {
        zh: "主要包括互联网营销方案设计、传播内容策划及效果监测、互联网媒体等 3 个业务类型。",
        en: "Mainly 3 business types: internet marketing plan design, communication content planning and effect monitoring, and internet media.",
      },
      sectors: {
        zh: "重点应用于金融业，制造业，信息传输、软件和信息技术服务业，交通运输、仓储和邮政业，批发和零售业等 5 个国民经济行业。",
        en: "Mainly applied in 5 industries of the national economy: finance; manufacturing; information transmission, software and information technology services; transport, storage and post; wholesale and retail trades.",
      },
    },
    {
      code: "11",
      label: { zh: "呼叫中心服务", en: "Call centre services" },
      category: "BPO",
      definition: {
        zh: "呼叫中心服务是指将通信、金融、先进制造业、互联网等产业的语音、在线等客户服务业务，以外包的形式交付给市场化的企业运营管理，与发包方一起对用户服务资源统一管理 and 调度，构成一个包括服务、营销、咨询等一体化的语音、在线等全媒体服务形式，向用户提供全方位的按需服务。呼叫中心服务属于业务流程外包（BPO）。",
        en: "Call centre services hand over voice, online and other customer service operations of industries such as telecommunications, finance, advanced manufacturing and the internet, in outsourced form, to market-based enterprises for operation and management, which manage and schedule user service resources together with the outsourcing party, forming an integrated omni-media service of voice, online and other channels covering service, marketing and consulting, and providing users with all-round on-demand services. Call centre services belong to business process outsourcing (BPO).",
      },
      businessTypes: {
        zh: "主要包括语音服务、在线服务、智能客服等 3 个业务类型。",
        en: "Mainly 3 business types: voice services, online services and intelligent customer service.",
      },
      sectors: {
        zh: "重点应用在信息传输、软件和信息技术服务业，制造业，金融业，批发和零售业，交通运输、仓储和邮政业，电力、热力、燃气及水生产和供应业，住宿和餐饮业，居民服务、修理和其他服务业等 8 个国民经济行业。",
        en: "Mainly applied in 8 industries of the national economy: information transmission, software and information technology services; manufacturing; finance; wholesale and retail trades; transport, storage and post; production and supply of electricity, heat, gas and water; accommodation and catering; resident services, repair and other services.",
      },
    },
    {
      code: "12",
      label: { zh: "供应链管理服务", en: "Supply chain management services" },
      category: "BPO",
      definition: {
        zh: "供应链管理服务是指为客户提供供应链方案设计与物流方案设计服务，包括对整个供应链系统进行计划、协调、操作、控制和优化的各种服务。供应链管理服务属于业务流程外包（BPO）。",
        en: "Supply chain management services are supply chain solution design and logistics solution design services for customers, including all kinds of services for planning, coordinating, operating, controlling and optimising the whole supply chain system. Supply chain management services belong to business process outsourcing (BPO).",
      },
      businessTypes: {
        zh: "主要包括供应链方案设计与物流方案设计服务 2 个业务类型。",
        en: "Mainly 2 business types: supply chain solution design and logistics solution design services.",
      },
      sectors: {
        zh: "重点应用于制造业，批发和零售业，交通运输、仓储和邮政业，电力、热力、燃气及水生产和供应业，公共管理、社会保障和社会组织等 5 个国民经济行业。",
        en: "Mainly applied in 5 industries of the national economy: manufacturing; wholesale and retail trades; transport, storage and post; production and supply of electricity, heat, gas and water; public management, social security and social organizations.",
      },
    },
    {
      code: "13",
      label: { zh: "金融后台服务", en: "Financial back-office services" },
      category: "BPO",
      definition: {
        zh: "金融后台服务是指金融机构将与直接经营活动相对分离，并为前台业务提供支撑的功能模块和服务业务。金融后台服务属于业务流程外包（BPO）。",
        en: "Financial back-office services are the functional modules and service operations that financial institutions separate from their direct business activities and that support front-office business. Financial back-office services belong to business process outsourcing (BPO).",
      },
      businessTypes: {
        zh: "主要包括清算服务、银行卡服务、档案管理服务、客户服务、定损理赔服务等 5 个业务类型。",
        en: "Mainly 5 business types: clearing services, bank card services, records management services, customer services, and loss assessment and claims services.",
      },
      sectors: { zh: "重点应用于金融业。", en: "Mainly applied in finance." },
    },
    {
      code: "14",
      label: { zh: "维修维护服务", en: "Repair and maintenance services" },
      category: "BPO",
      definition: {
        zh: "维修维护服务指服务提供商为客户提供轮船、飞机、高铁、工程机械、医疗设备等专用设备的维修、保养和改造服务，以保障设备的正常运转和使用，提升设备价值和用户体验。但不包括手机等消费产品的维修服务。维修维护服务属于业务流程外包（BPO）。",
        en: "Repair and maintenance services are repair, upkeep and modification services provided by a service provider for customers' special-purpose equipment such as ships, aircraft, high-speed trains, construction machinery and medical equipment, so as to keep the equipment running and usable and raise its value and the user experience; repair services for consumer products such as mobile phones are excluded. Repair and maintenance services belong to business process outsourcing (BPO).",
      },
      businessTypes: {
        zh: "主要包括交通工具维修维护服务、工程机械维修维护服务、医疗设备维修维护服务等 3 个业务类型。",
        en: "Mainly 3 business types: transport equipment repair and maintenance services, construction machinery repair and maintenance services, and medical equipment repair and maintenance services.",
      },
      sectors: {
        zh: "重点面向制造业，交通运输、仓储和邮政业，卫生和社会工作，科学研究和技术服务业，采矿业，电力、热力、燃气及水生产和供应业等 6 个国民经济行业。",
        en: "Mainly serving 6 industries of the national economy: manufacturing; transport, storage and post; health and social work; scientific research and technical services; mining; production and supply of electricity, heat, gas and water.",
      },
    },
    {
      code: "15",
      label: { zh: "大数据服务", en: "Big data services" },
      category: "KPO",
      definition: {
        zh: "大数据服务是指借助大数据技术，为客户提供数据采集、录入、存储、检索、加工、变换、分析、挖掘等服务，包括利用现代统计分析方法，了解客户业务发展过去、现状及存在的问题，为客户营销做关键支撑的数据分析服务；提供对商业数据库的大量业务数据进行抽取、转换、分析和其他模型化处理，从中提取关键性数据，为客户商业决策提供支持的数据挖掘服务。大数据服务属于知识流程外包（KPO）。",
        en: "Big data services use big data technology to provide customers with data collection, entry, storage, retrieval, processing, transformation, analysis, mining and similar services, including data analysis services that use modern statistical methods to understand the past, present and problems of the customer's business and give key support to the customer's marketing, and data mining services that extract key data from large volumes of business data in commercial databases through extraction, transformation, analysis and other modelling to support customers' business decisions. Big data services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括数据采集与录入、数据存储及检索、数据分析、数据挖掘 4 个业务类型。",
        en: "Mainly 4 business types: data collection and entry, data storage and retrieval, data analysis, and data mining.",
      },
      sectors: {
        zh: "重点应用于制造业，电力、热力、燃气及水生产和供应业，批发和零售业，交通运输、仓储和邮政业，金融业，公共管理、社会保障和社会组织，卫生和社会工作等 7 个国民经济行业。",
        en: "Mainly applied in 7 industries of the national economy: manufacturing; production and supply of electricity, heat, gas and water; wholesale and retail trades; transport, storage and post; finance; public management, social security and social organizations; health and social work.",
      },
    },
    {
      code: "16",
      label: { zh: "管理咨询服务", en: "Management consulting services" },
      category: "KPO",
      definition: {
        zh: "管理咨询服务是指运用现代化的手段和科学方法，通过对企业的诊断、培训、方案规划、系统设计与辅导，从集团企业的管理到局部系统的建立，从战略层面的确立到行为方案的设计，对企业生产经营全过程实施动态分析，协助其建立现代管理系统，提出行动建议，并协助执行以达到提高企业经济效益的一种业务活动。管理咨询服务属于知识流程外包（KPO）。",
        en: "Management consulting services are a business activity that, using modern means and scientific methods, conducts dynamic analysis of the whole production and business process of an enterprise through diagnosis, training, plan formulation, system design and coaching, from group-level management to the building of local systems and from setting strategy to designing action plans, helps it build a modern management system, makes recommendations for action and helps carry them out so as to raise the enterprise's economic performance. Management consulting services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括战略咨询服务、业务咨询服务和综合解决方案服务等 3 个业务类型。",
        en: "Mainly 3 business types: strategy consulting services, business consulting services and integrated solution services.",
      },
      sectors: {
        zh: "重点应用于制造业，信息传输、软件和信息技术服务业，交通运输、仓储和邮政业，批发和零售业，电力、热力、燃气及水生产和供应业，文化、体育和娱乐业，建筑业，住宿和餐饮业，房地产业，租赁和商务服务业，农、林、牧、渔业等 11 个国民经济行业。",
        en: "Mainly applied in 11 industries of the national economy: manufacturing; information transmission, software and information technology services; transport, storage and post; wholesale and retail trades; production and supply of electricity, heat, gas and water; culture, sports and entertainment; construction; accommodation and catering; real estate; leasing and business services; agriculture, forestry, animal husbandry and fishery.",
      },
    },
    {
      code: "17",
      label: { zh: "检验检测服务", en: "Inspection and testing services" },
      category: "KPO",
      definition: {
        zh: "检验检测服务是指为满足客户内部对采购物品、生产产品检测的需求而提供的专业服务，以及满足医疗机构诊断需要的第三方检测服务，不包括法律法规规定强制检测的服务。检验检测服务属于知识流程外包（KPO）。",
        en: "Inspection and testing services are professional services meeting customers' internal needs for testing purchased goods and produced products, and third-party testing services meeting the diagnostic needs of medical institutions, excluding testing that laws and regulations make compulsory. Inspection and testing services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括第三方医学检验检测服务、第三方食品检验检测服务、第三方消费用品检验检测服务、第三方工业产品检验检测服务等 4 个业务类型。",
        en: "Mainly 4 business types: third-party medical inspection and testing services, third-party food inspection and testing services, third-party consumer goods inspection and testing services, and third-party industrial product inspection and testing services.",
      },
      sectors: {
        zh: "重点应用于制造业，卫生和社会工作，电力、热力、燃气及水生产和供应业，农、林、牧、渔业等 4 个国民经济行业。",
        en: "Mainly applied in 4 industries of the national economy: manufacturing; health and social work; production and supply of electricity, heat, gas and water; agriculture, forestry, animal husbandry and fishery.",
      },
    },
    {
      code: "18",
      label: { zh: "工业设计服务", en: "Industrial design services" },
      category: "KPO",
      definition: {
        zh: "工业设计服务是指提供专业的工业产品设计整体解决方案服务，或产品策划、外观造型设计及产品包装、产品展示等某一业务流程的服务。工业设计服务属于知识流程外包（KPO）。",
        en: "Industrial design services are complete professional industrial product design solutions, or services for a single business process such as product planning, appearance and form design, product packaging or product display. Industrial design services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括外观设计、结构设计、试验认证、环境设计、工业生产线设计等 5 个业务类型。",
        en: "Mainly 5 business types: appearance design, structural design, testing and certification, environmental design, and industrial production line design.",
      },
      sectors: {
        zh: "重点应用于制造业，批发和零售业，交通运输、仓储和邮政业，信息传输、软件和信息技术服务业，建筑业等 5 个国民经济行业。",
        en: "Mainly applied in 5 industries of the national economy: manufacturing; wholesale and retail trades; transport, storage and post; information transmission, software and information technology services; construction.",
      },
    },
    {
      code: "19",
      label: { zh: "工程技术服务", en: "Engineering technical services" },
      category: "KPO",
      definition: {
        zh: "工程技术服务是指为工程项目建设提供相应技术依据的设计方案，如项目规划、总体设计，以及工程建设项目决策和管理提供咨询等服务，不包括具体的施工活动及工程管理。工程技术服务属于知识流程外包（KPO）。",
        en: "Engineering technical services are design schemes that provide the technical basis for the construction of engineering projects, such as project planning and overall design, and consulting services for decision-making and management of construction projects, excluding actual construction activities and project management. Engineering technical services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括工程咨询、规划设计 2 个业务类型。",
        en: "Mainly 2 business types: engineering consulting, and planning and design.",
      },
      sectors: {
        zh: "重点面向制造业，电力、热力、燃气及水生产和供应业，建筑业，房地产业，交通运输、仓储和邮政业等 5 个国民经济行业。",
        en: "Mainly serving 5 industries of the national economy: manufacturing; production and supply of electricity, heat, gas and water; construction; real estate; transport, storage and post.",
      },
    },
    {
      code: "20",
      label: { zh: "服务设计服务", en: "Service design services" },
      category: "KPO",
      definition: {
        zh: "服务设计服务是以用户为中心、协同多方利益相关者，通过人员、环境、设施、信息等要素创新的综合集成，实现服务提供、流程、触点的系统创新，从而提升服务体验、效率和价值的设计活动。服务设计服务属于知识流程外包(KPO)。",
        en: "Service design services are design activities that, centred on the user and coordinating multiple stakeholders, achieve systematic innovation of service delivery, processes and touchpoints through the integrated innovation of people, environment, facilities, information and other elements, so as to improve service experience, efficiency and value. Service design services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括服务模式设计、商业模式设计 2 个业务类型。",
        en: "Mainly 2 business types: service model design and business model design.",
      },
      sectors: {
        zh: "重点面向批发和零售业，文化、体育和娱乐业，住宿和餐饮业，租赁和商务服务业等 4 个国民经济行业。",
        en: "Mainly serving 4 industries of the national economy: wholesale and retail trades; culture, sports and entertainment; accommodation and catering; leasing and business services.",
      },
    },
    {
      code: "21",
      label: { zh: "文化创意服务", en: "Cultural creative services" },
      category: "KPO",
      definition: {
        zh: "文化创意服务是以文化领域创造力为核心的业务活动，通过技术、创意和产业化的方式开发、营销知识产权的业务，主要包括广播影视、动漫、音像、传媒、视觉艺术、表演艺术等方面的创意服务。文化创意服务属于知识流程外包(KPO)。",
        en: "Cultural creative services are business activities with creativity in the cultural field at their core, developing and marketing intellectual property through technology, creativity and industrialisation, mainly creative services in radio, film and television, animation, audio and video, media, visual arts, performing arts and the like. Cultural creative services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括动漫及网游设计服务、影视文化创意服务、广告设计服务等 3 个业务类型。",
        en: "Mainly 3 business types: animation and online game design services, film and television cultural creative services, and advertising design services.",
      },
      sectors: {
        zh: "重点应用于信息传输、软件和信息技术服务业，制造业，文化、体育和娱乐业，批发和零售业等 4 个国民经济行业。",
        en: "Mainly applied in 4 industries of the national economy: information transmission, software and information technology services; manufacturing; culture, sports and entertainment; wholesale and retail trades.",
      },
    },
    {
      code: "22",
      label: {
        zh: "医药和生物技术研发服务",
        en: "Pharmaceutical and biotechnology research and development services",
      },
      category: "KPO",
      definition: {
        zh: "医药和生物技术研发服务是指为制药企业、医疗器械厂商、医疗机构等提供的医药、医疗器械研发及生物技术服务。医药和生物技术研发服务属于知识流程外包(KPO)。",
        en: "Pharmaceutical and biotechnology research and development services are pharmaceutical and medical device research and development and biotechnology services provided to pharmaceutical enterprises, medical device manufacturers, medical institutions and the like. Pharmaceutical and biotechnology research and development services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括药物产品开发、临床前试验及临床试验、药物注册、国际认证及产品上市许可服务、产业化技术咨询服务等 5 个业务类型。",
        en: "Mainly 5 business types: drug product development, preclinical and clinical trials, drug registration, international certification and marketing authorisation services, and industrialisation technical consulting services.",
      },
      sectors: {
        zh: "重点面向制造业，科学研究和技术服务业，卫生和社会工作，农、林、牧、渔业等 4 个国民经济行业。",
        en: "Mainly serving 4 industries of the national economy: manufacturing; scientific research and technical services; health and social work; agriculture, forestry, animal husbandry and fishery.",
      },
    },
    {
      code: "23",
      label: { zh: "新能源技术研发服务", en: "New energy technology research and development services" },
      category: "KPO",
      definition: {
        zh: "新能源技术研发服务是指为核电、太阳能、风电、生物质能、储能和智能电网等新能源用户提供面向行业的技术研发等专业解决方案，包括方案设计、产品研发、执行、测试和运营维护等服务。新能源技术研发服务属于知识流程外包（KPO）。",
        en: "New energy technology research and development services are industry-oriented professional solutions such as technology research and development for users of new energy such as nuclear power, solar power, wind power, biomass energy, energy storage and smart grids, including solution design, product research and development, execution, testing, and operation and maintenance. New energy technology research and development services belong to knowledge process outsourcing (KPO).",
      },
      businessTypes: {
        zh: "主要包括设备制造技术研发、产品应用技术研发 2 个业务类型。",
        en: "Mainly 2 business types: equipment manufacturing technology research and development, and product application technology research and development.",
      },
      sectors: {
        zh: "重点应用电力、热力、燃气和水生产和供应业，信息传输、软件和信息技术服务业，制造业，科学研究与技术服务业等 4 个国民经济行业。",
        en: "Mainly applied in 4 industries of the national economy: production and supply of electricity, heat, gas and water; information transmission, software and information technology services; manufacturing; scientific research and technical services.",
      },
    },
  ],
};
