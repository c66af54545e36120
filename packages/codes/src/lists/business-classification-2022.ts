import type { CodeList } from "../types";
import { statisticalSurveySystem } from "./sources";

/**
 * 服务外包业务统计分类 (表1): 3 大类 (ITO, BPO, KPO), 9 中类 and 45 小类, each with its
 * 业务术语解释 from the operating guide of 国统制〔2022〕45号.
 */
export const businessClassification2022: CodeList = {
  id: "business-classification-2022",
  title: { zh: "服务外包业务统计分类", en: "Statistical classification of service outsourcing business" },
  version: "2022",
  source: {
    zh: `${statisticalSurveySystem.zh} 第三部分 服务外包统计操作指引 二、业务分类 表1`,
    en: `${statisticalSurveySystem.en}, Part 3 Operating Guide for Service Outsourcing Statistics, II Business classification, Table 1`,
  },
  entries: [
    {
      code: "ITO",
      label: { zh: "信息技术外包", en: "Information technology outsourcing" },
      definition: {
        zh: "指服务提供商根据委托、授权或双方合作，提供组织内部 IT活动或数字化流程相关的研发、应用、运营及维护服务。",
        en: "Refers to research and development, application, operation and maintenance services relating to an organisation's internal IT activities or digital processes, provided by a service provider under commission, authorisation or cooperation between the two parties.",
      },
      children: [
        {
          code: "I1",
          label: { zh: "信息技术研发服务", en: "Information technology research and development services" },
          definition: {
            zh: "指服务提供商根据客户需求，提供软件、集成电路和电子电路及其他信息技术产品或活动的咨询、需求分析、设计开发、测试等研发相关服务。",
            en: "Refers to R&D-related services such as consulting, requirements analysis, design and development and testing of software, integrated circuits and electronic circuits and other information technology products or activities, provided by a service provider according to customer needs.",
          },
          children: [
            {
              code: "I11",
              label: { zh: "软件研发服务", en: "Software research and development services" },
              definition: {
                zh: "指服务提供商根据客户需求研发软件系统或软件产品，并提供需求分析、软件咨询、设计开发、测试、维护和培训等相关服务。\n主要包括：\n• 典型业务 1：定制软件研发，指根据客户需求开发软件功能，开发过程遵循软件工程规范，并能够在软件正常运行后提供常规维护和功能扩展开发。通常是作为一个应用系统，而不是某个软件产品本身。\n• 典型业务 2：嵌入式软件研发，指嵌入到其他产品中的软件开发，包括移动终端嵌入式软件、汽车电子嵌入式软件、智能家电嵌入式软件、通信设备嵌入式软件、网络设备嵌入式软件、装备自动控制嵌入式软件、数字视频装备嵌入式软件、其他嵌入式软件的开发。\n• 典型业务 3：基础软件研发，指能够对硬件资源进行调度和管理、为应用软件提供运行支撑的软件开发活动，包括操作系统、数据库、中间件、各类固件等软件开发。\n• 典型业务 4：移动应用软件研发，指为客户提供手机 APP、微信平台应用等基于移动互联网的软件开发服务。\n• 典型业务 5：套装软件研发，指为特定用户量身定做、成套出售的商品软件开发。\n• 典型业务 6：系统软件研发，指控制和协调计算机及外部设备，支持应用软件开发和运行的系统软件的开发。包括操作系统开发、程序设计语言开发、语言处理程序开发、数据库管理程序开发、系统辅助处理程序开发等。\n• 典型业务 7：软件测试，指利用测试工具按照测试方案和流程对产品进行功能和性能测试，或根据需要编写不同的测试工具，设计和维护测试系统，对测试方案可能出现的问题进行分析和评估。执行测试之后，解决故障以确保开发的产品适合需求。软件测试强调软件开发过程中的内部测试。\n• 典型业务 8：软件国际化和本地化，软件国际化，指不论软件本身是以何种语言开发的，而使其具有处理不同语言、不同区域文化能力的服务；软件本地化，指使软件的用户界面及帮助文档等成为本地特定语言的服务。软件全球化包含软件国际化和本地化两个流程。\n• 典型业务 9：软件咨询，指为在使用软件或准备使用软件的组织提供产品、技术咨询，以及产品应用、升级维护、教学、培训等方面的咨询服务。\n• 典型业务 10：软件维护，指根据需求变化或硬件环境的变化对应用程序进行部分或全部的修改和调整服务。主要包括改正性维护、适应性维护、完善性维护和预防性维护。\n• 典型业务 11：软件培训，指关于软件开发、管理、应用及维护等技术的培训。\n不包括：\n• 面向市场普遍需求开发的软件产品的研发、测试、销售、咨询、维护培训等系列活动。",
                en: "Refers to the research and development of software systems or software products by a service provider according to customer needs, together with related services such as requirements analysis, software consulting, design and development, testing, maintenance and training.\nMain inclusions:\n• Typical business 1: customised software development, meaning the development of software functions according to customer needs, following software engineering norms during development and able to provide routine maintenance and functional extension after the software is in normal operation. Usually delivered as an application system rather than as a software product itself.\n• Typical business 2: embedded software development, meaning the development of software embedded in other products, including embedded software for mobile terminals, automotive electronics, smart home appliances, communication equipment, network equipment, automatic control of equipment, digital video equipment and other embedded software.\n• Typical business 3: basic software development, meaning software development activities that schedule and manage hardware resources and provide runtime support for application software, including operating systems, databases, middleware and firmware of all kinds.\n• Typical business 4: mobile application software development, meaning software development services based on the mobile internet provided to customers, such as mobile phone apps and WeChat platform applications.\n• Typical business 5: packaged software development, meaning the development of commercial software tailored to specific users and sold as a package.\n• Typical business 6: system software development, meaning the development of system software that controls and coordinates computers and peripheral equipment and supports the development and running of application software, including the development of operating systems, programming languages, language processors, database management programs and system utility programs.\n• Typical business 7: software testing, meaning functional and performance testing of products with testing tools according to test plans and procedures, or writing different testing tools as required, designing and maintaining testing systems, and analysing and assessing problems that may arise in test plans. After testing is executed, faults are resolved to ensure that the developed product meets requirements. Software testing emphasises internal testing during software development.\n• Typical business 8: software internationalisation and localisation. Software internationalisation means services that give software, whatever language it was developed in, the ability to handle different languages and regional cultures; software localisation means services that render the user interface, help documents and the like of software in a specific local language. Software globalisation comprises the two processes of internationalisation and localisation.\n• Typical business 9: software consulting, meaning product and technical consulting for organisations that use or are preparing to use software, and consulting on product application, upgrading and maintenance, teaching and training.\n• Typical business 10: software maintenance, meaning services that modify and adjust application programs in part or in whole according to changes in requirements or in the hardware environment, mainly corrective, adaptive, perfective and preventive maintenance.\n• Typical business 11: software training, meaning training in technologies for software development, management, application and maintenance.\nExclusions:\n• The series of activities such as research and development, testing, sales, consulting, maintenance and training for software products developed for general market demand.",
              },
            },
            {
              code: "I12",
              label: {
                zh: "集成电路和电子电路设计服务",
                en: "Integrated circuit and electronic circuit design services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供集成电路产品和电子电路产品的设计及相关技术支持服务。\n主要包括：\n• 典型业务 1：集成电路产品设计及相关技术支持服务，指为生产、研发、设计集成电路产品的客户提供设计、测试、技术支持等服务。\n• 典型业务 2：电子电路产品设计及相关技术支持服务，指为生产、研发、设计电子产品、电路产品的客户提供设计、测试、技术支持等服务。\n不包括：\n• 生产或研发设计集成电路产品的企业针对市场或者自身发展需求自主开展的集成电路功能研发、设计等服务。",
                en: "Refers to the design of integrated circuit products and electronic circuit products and related technical support services, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: integrated circuit product design and related technical support services, meaning design, testing, technical support and similar services for customers that produce, research, develop or design integrated circuit products.\n• Typical business 2: electronic circuit product design and related technical support services, meaning design, testing, technical support and similar services for customers that produce, research, develop or design electronic products and circuit products.\nExclusions:\n• Integrated circuit functional research and development, design and similar services carried out independently by enterprises producing or researching and designing integrated circuit products, for the market or for their own development needs.",
              },
            },
            {
              code: "I13",
              label: { zh: "测试服务", en: "Testing services" },
              definition: {
                zh: "指服务提供商根据客户需求提供信息技术产品的测试服务，包括测试咨询、测试平台开发、测试执行等服务。\n主要包括：\n• 典型业务 1：测试平台开发，指提供软件、集成电路、电子电路及其他 IT产品测试平台的开发建设。\n• 典型业务 2：测试咨询服务，指提供测试生命周期管理、测试过程改进、测试战略和架构设计等服务。\n• 典型业务 3：测试执行服务，指制订测试计划，组建工作团队，并执行测试过程，形成测试报告及改进计划。\n不包括：\n• 集成电路产品企业、软件产品企业、电子电路产品企业为满足公司自身需要而自主开展的测试平台设计、开发等服务。\n• 软件产品测试服务，应纳入 I11 软件研发服务。\n• 集成电路、电子电路产品测试服务，应纳入 I12 集成电路和电子电路设计服务。\n• 电子商务平台测试服务，应纳入 I23 电子商务平台服务。",
                en: "Refers to testing services for information technology products, including test consulting, test platform development and test execution, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: test platform development, meaning the development and construction of test platforms for software, integrated circuits, electronic circuits and other IT products.\n• Typical business 2: test consulting services, meaning services such as test life-cycle management, test process improvement, and test strategy and architecture design.\n• Typical business 3: test execution services, meaning drawing up test plans, forming a work team, executing the test process, and producing test reports and improvement plans.\nExclusions:\n• Test platform design, development and similar services carried out independently by integrated circuit product enterprises, software product enterprises and electronic circuit product enterprises for their own needs.\n• Software product testing services, which are classified under I11 Software research and development services.\n• Integrated circuit and electronic circuit product testing services, which are classified under I12 Integrated circuit and electronic circuit design services.\n• E-commerce platform testing services, which are classified under I23 E-commerce platform services.",
              },
            },
            {
              code: "I14",
              label: { zh: "信息技术解决方案服务", en: "Information technology solution services" },
              definition: {
                zh: "指服务提供商根据客户需求提供数字化相关咨询及整套专业解决方案设计服务，及为满足客户数字化转型需求，提供包含从方案咨询、设计、执行、测试、实施等整套业务流程内容。主要业务类型包括：数字化解决方案服务、数字化战略咨询、工业互联网服务、流程数字化改造服务、商业模式数字化改造服务、数字化设施分析优化咨询等。\n主要包括：\n• 典型业务 1：数字化解决方案服务，指提供面向组织数字化流程的方案设计、执行、测试、运营维护、培训等整套业务流程内容。\n• 典型业务 2：数字化战略咨询，指提供相关数字技术的咨询服务，以及互联网应用过程中的规划咨询服务，例如对于 IT服务商资格的评定、IT 战略规划、IT管理模式等。\n• 典型业务 3：工业互联网服务，指为工业企业数字化转型和集成提供信息技术解决方案服务，将连接对象延伸到机器设备、工业产品和工业服务，实现人、机器、车间、企业等主体，设计、研发、生产、管理、服务等产业链各环节的全要素的泛在互联，以及数据的顺畅流通。\n• 典型业务 4：流程数字化改造服务，指提供企业业务流程、管理流程的数字化升级改造服务。\n• 典型业务 5：商业模式数字化改造服务，指提供基于数字化理念的商业模式重塑服务。\n• 典型业务 6：数字化设施分析优化咨询，指提供符合生产和研发需求以及市场供应情况的信息化设备、软件等调查、分析、优化等选型方案服务。\n不包括：\n• 软件咨询、集成电路和电子电路产品咨询、测试咨询、电子商务的咨询服务，纳入相应的类别 I11、I12、I13、I23。\n• 数字化整体解决方案服务不包括硬件产品的生产制造及软硬件产品采购。",
                en: "Refers to digital consulting and complete professional solution design services provided by a service provider according to customer needs, and, to meet customers' digital transformation needs, the provision of a complete business process from solution consulting, design, execution and testing to implementation. The main business types include: digital solution services, digital strategy consulting, industrial internet services, process digital transformation services, business model digital transformation services, and digital facility analysis and optimisation consulting.\nMain inclusions:\n• Typical business 1: digital solution services, meaning a complete business process of solution design, execution, testing, operation and maintenance, training and so on for an organisation's digital processes.\n• Typical business 2: digital strategy consulting, meaning consulting services on relevant digital technologies and planning consulting services in the course of internet application, such as the assessment of IT service provider qualifications, IT strategic planning and IT management models.\n• Typical business 3: industrial internet services, meaning information technology solution services for the digital transformation and integration of industrial enterprises, extending connected objects to machinery and equipment, industrial products and industrial services, achieving ubiquitous interconnection of all elements across every link of the industrial chain (people, machines, workshops, enterprises and other actors; design, research and development, production, management and services) and the smooth flow of data.\n• Typical business 4: process digital transformation services, meaning digital upgrading and transformation of enterprise business processes and management processes.\n• Typical business 5: business model digital transformation services, meaning the reshaping of business models on digital principles.\n• Typical business 6: digital facility analysis and optimisation consulting, meaning survey, analysis, optimisation and similar selection-plan services for information equipment, software and the like that fit production and R&D needs and market supply.\nExclusions:\n• Software consulting, integrated circuit and electronic circuit product consulting, test consulting and e-commerce consulting services, which are classified under the corresponding categories I11, I12, I13 and I23.\n• Complete digital solution services do not include the manufacture of hardware products or the procurement of software and hardware products.",
              },
            },
            {
              code: "I19",
              label: {
                zh: "其他信息技术研发服务",
                en: "Other information technology research and development services",
              },
              definition: {
                zh: "指其他未列明的信息技术研发外包服务。",
                en: "Refers to other information technology research and development outsourcing services not listed elsewhere.",
              },
            },
          ],
        },
        {
          code: "I2",
          label: {
            zh: "信息技术运营和维护服务",
            en: "Information technology operation and maintenance services",
          },
          definition: {
            zh: "指服务提供商根据客户需求提供信息技术相关基础设施、信息系统的运营管理、日常维护及安全管理服务。",
            en: "Refers to operation management, routine maintenance and security management services for information technology infrastructure and information systems, provided by a service provider according to customer needs.",
          },
          children: [
            {
              code: "I21",
              label: {
                zh: "信息基础设施和信息系统运维服务",
                en: "Information infrastructure and information system operation and maintenance services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供数字基础设施、基础信息技术和信息系统等运行实施和管理维护的服务。\n主要包括：\n• 典型业务 1：数字基础设施运营与管理，指提供网络基础设施、新技术基础设施、算力基础设施等运营与管理服务。\n• 典型业务 2：桌面管理与维护，指提供客户端/服务器的一个或多个要素的支持和管理相关服务。\n• 典型业务 3：信息系统运维服务，指提供信息系统运营维护服务，包括 IT 基础设施和应用系统的监控服务、日常维护服务、维修保障服务，包括安全管理服务、网络接入服务、内容信息服务等。\n• 典型业务 4：数据中心服务，指提供数据存储设备的存放及管理服务，包含数据通信连接、环境控制、监控以及安全防护等服务；提供数据的存放及管理服务，包含灾备服务、数据恢复规划及服务等。\n• 典型业务 5：信息系统集成，指提供包含系统和自定义应用开发以及套装软件的实施和集成服务。\n不包括：\n• 企业或组织为自己内部提供的信息系统集成、网络管理、桌面管理与维护、信息系统应用等服务。\n• 借助云计算技术以租用的方式获取的数据中心服务，应纳入 I31 云计算开发及应用服务。\n• 地理信息集成、开发服务及地理信息系统运行维护服务，应纳入 I36 地理遥感信息及测绘地理信息服务。",
                en: "Refers to services for the operation, implementation, management and maintenance of digital infrastructure, basic information technology, information systems and the like, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: digital infrastructure operation and management, meaning operation and management services for network infrastructure, new technology infrastructure, computing power infrastructure and the like.\n• Typical business 2: desktop management and maintenance, meaning support and management services for one or more elements of clients/servers.\n• Typical business 3: information system operation and maintenance services, meaning the operation and maintenance of information systems, including monitoring, routine maintenance and repair support for IT infrastructure and application systems, and including security management services, network access services, content information services and the like.\n• Typical business 4: data centre services, meaning the housing and management of data storage equipment, including data communication connections, environmental control, monitoring and security protection; and the storage and management of data, including disaster recovery services and data recovery planning and services.\n• Typical business 5: information system integration, meaning implementation and integration services covering systems, custom application development and packaged software.\nExclusions:\n• Information system integration, network management, desktop management and maintenance, information system application and similar services provided by an enterprise or organisation for itself.\n• Data centre services obtained on a rental basis by means of cloud computing technology, which are classified under I31 Cloud computing development and application services.\n• Geographic information integration and development services and geographic information system operation and maintenance services, which are classified under I36 Geographic remote sensing information and surveying and mapping geographic information services.",
              },
            },
            {
              code: "I22",
              label: { zh: "网络与数据安全服务", en: "Network and data security services" },
              definition: {
                zh: "指服务提供商根据客户需求提供数字基础设施、信息基础设施、业务系统、应用系统等相关网络与数据安全管理、运行、咨询与技术支持服务，包括网络与数据安全咨询、风险评估、安全集成、安全运维、应急处理、灾难恢复、安全培训、安全测评、安全监理和安全审计等服务内容。\n主要包括：\n• 典型业务 1：信息安全咨询，指提供信息安全管理的咨询服务，保障客户数据安全与规范，如信息安全诊断分析、信息安全策略框架设计、企业应用程序安全性咨询等。\n• 典型业务 2：数据安全审查，指提供核心数据、重要数据或个人信息的窃取、泄露、毁损及非法利用等安全审查服务。如数据加密服务、数据脱敏服务、防拆分隐私分析服务、泄露数据溯源服务等。",
                en: "Refers to network and data security management, operation, consulting and technical support services for digital infrastructure, information infrastructure, business systems, application systems and the like, provided by a service provider according to customer needs, including network and data security consulting, risk assessment, security integration, security operation and maintenance, emergency response, disaster recovery, security training, security testing and evaluation, security supervision and security audit.\nMain inclusions:\n• Typical business 1: information security consulting, meaning consulting services on information security management that keep customer data secure and compliant, such as information security diagnosis and analysis, information security policy framework design and enterprise application security consulting.\n• Typical business 2: data security review, meaning security review services against theft, leakage, damage and illegal use of core data, important data or personal information, such as data encryption, data masking, anti-splitting privacy analysis and tracing of leaked data.",
              },
            },
            {
              code: "I23",
              label: { zh: "电子商务平台服务", en: "E-commerce platform services" },
              definition: {
                zh: "指服务提供商根据客户需求搭建电子商务平台（包括众包平台）并提供相关技术支持，包括电子商务平台的规划、开发、测试、维护等服务，但不包括电子商务代运营服务。\n主要包括：\n• 典型业务 1：交易平台服务，指提供商务相关信息资讯、物流管理、交易对接、用户监控、金融服务等多功能集成开发服务。\n• 典型业务 2：电子商城服务，指提供面向商城或商圈内各个商铺的商务电子化平台，开发若干线上线下互联互通功能，提供线上购物、物流配送管理、进销存管理及商家入驻、品牌联营等运营管理服务。\n不包括：\n• 企业自主开展的电子商务平台开发活动。\n• 在电子商务平台中交易的服务外包业务。\n• 基于电子商务渠道的营销推广服务、电子商务代运营服务，应纳入 B22 互联网营销推广服务。",
                en: "Refers to building e-commerce platforms (including crowdsourcing platforms) for customers and providing related technical support, including the planning, development, testing and maintenance of e-commerce platforms, provided by a service provider according to customer needs, but excluding outsourced e-commerce operation services.\nMain inclusions:\n• Typical business 1: trading platform services, meaning integrated multi-function development services for business information, logistics management, transaction matching, user monitoring, financial services and the like.\n• Typical business 2: online mall services, meaning business digitalisation platforms for the shops in a mall or business district, developing a number of online-offline interconnection functions and providing operation management services such as online shopping, logistics and distribution management, purchase-sales-inventory management, merchant onboarding and brand alliances.\nExclusions:\n• E-commerce platform development carried out by enterprises for themselves.\n• Service outsourcing business traded on e-commerce platforms.\n• Marketing and promotion services through e-commerce channels and outsourced e-commerce operation services, which are classified under B22 Internet marketing and promotion services.",
              },
            },
            {
              code: "I29",
              label: { zh: "其他运营和维护服务", en: "Other operation and maintenance services" },
              definition: {
                zh: "指未列明的其他运营和维护服务。",
                en: "Refers to other operation and maintenance services not listed elsewhere.",
              },
            },
          ],
        },
        {
          code: "I3",
          label: {
            zh: "新一代信息技术开发应用服务",
            en: "New-generation information technology development and application services",
          },
          definition: {
            zh: "指服务提供商根据客户需求提供云计算、人工智能、大数据、区块链、物联网、5G、量子信息、虚拟现实/增强现实服务、自动识别、地理遥感信息及测绘地理信息等为代表的新一代信息技术研发及基于新一代信息技术重塑业务流程的应用服务。",
            en: "Refers to research and development of new-generation information technologies, represented by cloud computing, artificial intelligence, big data, blockchain, the Internet of Things, 5G, quantum information, virtual reality/augmented reality services, automatic identification, geographic remote sensing information and surveying and mapping geographic information, and to application services that reshape business processes on the basis of new-generation information technologies, provided by a service provider according to customer needs.",
          },
          children: [
            {
              code: "I31",
              label: {
                zh: "云计算开发及应用服务",
                en: "Cloud computing development and application services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供云计算核心技术的研发服务，及提供云主机、云空间、云开发、云测试和其他应用服务。\n主要包括：\n• 典型业务 1：软件即服务（SaaS），指基于互联网为需求方提供的按需软件应用服务。\n• 典型业务 2：平台即服务（PaaS），指基于互联网为需求方提供软件研发和部署平台的服务。\n• 典型业务 3：基础设施即服务（IaaS），指基于互联网为需求方提供信息基础设施的服务。\n• 典型业务 4：业务流程即服务（BPaaS），指使用云计算手段实现业务流程部署的服务。\n不包括：\n• 组织内部开发应用云计算平台的系列活动。",
                en: "Refers to research and development services for core cloud computing technologies, and cloud hosting, cloud space, cloud development, cloud testing and other application services, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: software as a service (SaaS), meaning on-demand software application services provided to the demand side over the internet.\n• Typical business 2: platform as a service (PaaS), meaning software development and deployment platform services provided to the demand side over the internet.\n• Typical business 3: infrastructure as a service (IaaS), meaning information infrastructure services provided to the demand side over the internet.\n• Typical business 4: business process as a service (BPaaS), meaning services that deploy business processes by means of cloud computing.\nExclusions:\n• The series of activities of developing and applying cloud computing platforms within an organisation.",
              },
            },
            {
              code: "I32",
              label: {
                zh: "人工智能技术开发及应用服务",
                en: "Artificial intelligence technology development and application services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供机器人、语言识别、图像识别、人脸识别、自然语言处理、视频分析、无人驾驶、专家系统等各类应用技术的研发服务，及提供人工智能、机器学习等技术咨询、应用及整套专业解决方案服务。\n主要包括：\n• 典型业务 1：智能语音服务，指基于语音识别、语音合成、自然语言理解等技术，帮助客户实现产品在多应用场景下“能听、会说、懂你”式的智能人机交互体验服务。\n• 典型业务 2：自动识别服务，指基于语音识别、图像识别、人脸识别等技术，提供识别应用服务。\n• 典型业务 3：人工智能引擎平台服务，指提供人机交互领域的引擎和管理平台服务。\n• 典型业务 4：智能应用服务，指基于人工智能技术实现传统生活、生产及服务活动或流程的升级再造，如制造流程智能化服务、智能交通服务、智能安防服务、智能环卫服务、智能家居服务等。",
                en: 'Refers to research and development services for application technologies of all kinds, such as robotics, speech recognition, image recognition, face recognition, natural language processing, video analysis, autonomous driving and expert systems, and technical consulting, application and complete professional solution services in artificial intelligence, machine learning and the like, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: intelligent voice services, meaning intelligent human-computer interaction experience services, based on speech recognition, speech synthesis, natural language understanding and similar technologies, that help customers\' products "listen, speak and understand you" in many application scenarios.\n• Typical business 2: automatic identification services, meaning recognition application services based on speech recognition, image recognition, face recognition and similar technologies.\n• Typical business 3: artificial intelligence engine platform services, meaning engine and management platform services in the field of human-computer interaction.\n• Typical business 4: intelligent application services, meaning the upgrading and re-engineering of traditional living, production and service activities or processes with artificial intelligence technology, such as intelligent manufacturing process services, intelligent transport services, intelligent security services, intelligent sanitation services and smart home services.',
              },
            },
            {
              code: "I33",
              label: {
                zh: "大数据技术开发及应用服务",
                en: "Big data technology development and application services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供大数据技术的研发服务，及通过对商业数据库的海量业务数据进行抽取、转换、分析和其他模型化处理，从中提取关键性数据，为客户商业决策提供数据挖掘服务。\n不包括：\n• 基础数据源的采集及处理，应纳入 B21 数据处理服务。",
                en: "Refers to research and development services for big data technologies, and data mining services that extract key data from massive business data in commercial databases through extraction, transformation, analysis and other modelling to support customers' business decisions, provided by a service provider according to customer needs.\nExclusions:\n• Collection and processing of basic data sources, which are classified under B21 Data processing services.",
              },
            },
            {
              code: "I34",
              label: {
                zh: "区块链技术开发及应用服务",
                en: "Blockchain technology development and application services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供分布式数据存储、点对点传输、共识机制、加密算法等计算机技术的研发服务，及为客户提供区块链应用服务解决方案。",
                en: "Refers to research and development services for computer technologies such as distributed data storage, peer-to-peer transmission, consensus mechanisms and encryption algorithms, and blockchain application service solutions for customers, provided by a service provider according to customer needs.",
              },
            },
            {
              code: "I35",
              label: {
                zh: "物联网技术开发及应用服务",
                en: "Internet of Things technology development and application services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供物联网关键技术研发服务、物联网信息感知及交互技术、信息传感技术、数据通讯技术、信息处理技术及信息安全技术服务等支持及应用服务。",
                en: "Refers to research and development services for key Internet of Things technologies, and support and application services for Internet of Things information sensing and interaction technology, information sensor technology, data communication technology, information processing technology, information security technology and the like, provided by a service provider according to customer needs.",
              },
            },
            {
              code: "I36",
              label: {
                zh: "地理遥感信息及测绘地理信息服务",
                en: "Geographic remote sensing information and surveying and mapping geographic information services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供有关地理信息的采集、处理、导航、定位、监测等软件开发服务及以地理位置信息为基础的应用服务。\n典型业务 1：地理遥感信息服务，指提供互联网地图服务软件、地理信息系统软件、测绘软件、遥感软件、导航与位置服务软件、地图制图软件等开发服务及地理信息加工处理、地理信息系统工程服务、导航及位置服务等。\n典型业务 2：遥感测绘服务，指提供大地测量服务、测绘航空摄影服务、摄影测量与遥感服务、工程测量服务、不动产测绘服务、海洋测绘服务、导航定位服务及基于卫星遥感的各类测绘和监测服务。",
                en: "Refers to software development services for the collection, processing, navigation, positioning, monitoring and the like of geographic information, and application services based on geographic location information, provided by a service provider according to customer needs.\nTypical business 1: geographic remote sensing information services, meaning the development of internet map service software, geographic information system software, surveying and mapping software, remote sensing software, navigation and location service software, cartographic software and the like, and geographic information processing, geographic information system engineering services, navigation and location services and the like.\nTypical business 2: remote sensing surveying and mapping services, meaning geodetic surveying, aerial photography for surveying and mapping, photogrammetry and remote sensing, engineering surveying, real estate surveying, marine surveying and mapping, navigation and positioning, and surveying, mapping and monitoring of all kinds based on satellite remote sensing.",
              },
            },
            {
              code: "I39",
              label: {
                zh: "其他新一代信息技术开发及应用服务",
                en: "Other new-generation information technology development and application services",
              },
              definition: {
                zh: "指其他未列明的新一代信息技术开发及应用服务。",
                en: "Refers to other new-generation information technology development and application services not listed elsewhere.",
              },
            },
          ],
        },
      ],
    },
    {
      code: "BPO",
      label: { zh: "业务流程外包", en: "Business process outsourcing" },
      definition: {
        zh: "指服务提供商根据委托、授权或双方合作，提供组织内部 IT及研发活动之外的其他业务活动或业务流程的设计、管理和执行服务。",
        en: "Refers to the design, management and execution of business activities or business processes other than an organisation's internal IT and R&D activities, provided by a service provider under commission, authorisation or cooperation between the two parties.",
      },
      children: [
        {
          code: "B1",
          label: { zh: "内部管理服务", en: "Internal management services" },
          definition: {
            zh: "指服务提供商根据客户需求提供内部管理环节（价值链辅链环节）的外包服务，含流程设计及相关服务。",
            en: "Refers to outsourcing services for internal management links (the supporting links of the value chain), including process design and related services, provided by a service provider according to customer needs.",
          },
          children: [
            {
              code: "B11",
              label: { zh: "人力资源管理服务", en: "Human resource management services" },
              definition: {
                zh: "指服务提供商根据客户需求承接其内部一项或几项人力资源管理工作或职能，通常指长期的持续性的一个或若干个业务流程，不包括具体的单一业务活动。\n主要包括：\n• 典型业务 1：招聘流程外包（RPO），指提供内部招聘的整个流程服务，从具体的职位需求描述，到分析用人理念及岗位职责，到筛选简历、人才测评，并最终筛选出合适的候选人。不包括以项目为单位的劳务派遣活动，如某 ITO 企业将研发人员派遣到客户方开展驻场服务等。\n• 典型业务 2：薪酬外包服务，指提供薪资管理的一系列服务，包括薪资的处理与计算、薪资支付、个人所得税的申报和缴纳，以及雇主及雇员的社保账户管理、雇员的社保办理、社保申报和缴纳、保密工资单等各类服务，其中代发薪酬的收入不计入薪酬外包服务统计中。\n• 典型业务 3：福利管理，指提供福利管理方面的服务，包括商业医疗保险、健康管理服务、员工关爱服务等。不包括一次性的代购年货等节日礼品的服务。\n• 典型业务 4：外籍员工服务，指提供外籍员工便利服务，包括出入境证件服务、国际搬家服务、全球医疗保险、全球税务服务及其他综合保障计划及居住生活配套服务。\n• 典型业务 5：人力资源共享服务，指为企业集团内部或外部客户提供人力资源管理有关的行政事务类服务。\n不包括：\n• 劳务派遣服务、生产车间承包。\n• 为完成软件、信息系统开发等项目提供的人力资源驻场服务，应纳入 I信息技术外包。\n• 人才资源管理软件或系统开发、维护，应纳入 I信息技术外包。\n• 代垫外籍员工工资、薪酬、福利、社保、差旅费等。",
                en: "Refers to a service provider taking on, according to customer needs, one or more of the customer's internal human resource management tasks or functions, usually one or more long-term continuous business processes, excluding specific one-off business activities.\nMain inclusions:\n• Typical business 1: recruitment process outsourcing (RPO), meaning the whole internal recruitment process, from describing the specific job requirements, to analysing the employment philosophy and job responsibilities, to screening CVs and assessing talent, and finally selecting suitable candidates. Excludes project-based labour dispatch, such as an ITO enterprise sending R&D staff to work on site at a customer.\n• Typical business 2: payroll outsourcing services, meaning a range of payroll management services, including payroll processing and calculation, salary payment, individual income tax filing and payment, and the management of employer and employee social insurance accounts, employee social insurance enrolment, social insurance filing and payment, confidential payslips and similar services; income from paying salaries on the customer's behalf is not counted in payroll outsourcing statistics.\n• Typical business 3: benefits management, meaning services in benefits management, including commercial medical insurance, health management services and employee care services. Excludes one-off services such as buying festival gifts on the customer's behalf.\n• Typical business 4: expatriate employee services, meaning convenience services for foreign employees, including entry-exit document services, international relocation services, global medical insurance, global tax services and other comprehensive support plans and living support services.\n• Typical business 5: human resource shared services, meaning administrative services related to human resource management for customers inside or outside an enterprise group.\nExclusions:\n• Labour dispatch services and contracting of production workshops.\n• On-site human resource services provided for completing software, information system development and similar projects, which are classified under I Information technology outsourcing.\n• Development and maintenance of talent resource management software or systems, which are classified under I Information technology outsourcing.\n• Advancing wages, salaries, benefits, social insurance, travel expenses and the like for foreign employees.",
              },
            },
            {
              code: "B12",
              label: { zh: "财务与会计管理服务", en: "Financial and accounting management services" },
              definition: {
                zh: "指服务提供商根据客户需求承接其财务管理流程中的一个或多个业务。通常这种服务提供是持续的，但不包括因法律规范要求而转移给第三方的服务，如审计业务等。\n主要包括：\n• 典型业务 1：应收账款外包，指通过先进的技术和专业的服务人员，对客户的应收账款进行统一的跟踪处理，促进收账效率，通常包括应收账款核算、汇款处理、发票审核及应收账款报表等内容。\n• 典型业务 2：应付账款外包，指按照相关法规和客户公司的内部费用报销制度规定，为客户提供员工费用的审核、报销、付款服务及供应商费用的审核和付款服务。\n• 典型业务 3：税务合规，指为客户依例开展税务申报、合规降税、编制报税表等税务相关系列问题提供专业服务。\n• 典型业务 4：财务和监管报表，指提供财务数据管理、财务报表生成、分析、管理等服务。\n• 典型业务 5：资产管理，指协助客户管理企业各类有形资产，确保高效运作。\n• 典型业务 6：财务共享服务，指依托信息技术，为企业集团内部或外部客户提供财务管理有关的行政事务类服务。\n不包括：\n• 财务管理软件及系统开发运维服务，应纳入 I信息技术外包。\n• 受法律法规限制必须由第三方完成的审计服务。",
                en: "Refers to a service provider taking on, according to customer needs, one or more operations in the customer's financial management processes. Such services are usually continuous, but exclude services transferred to a third party because laws or regulations require it, such as audit.\nMain inclusions:\n• Typical business 1: accounts receivable outsourcing, meaning unified tracking and processing of the customer's accounts receivable with advanced technology and professional service staff to improve collection efficiency, usually including accounts receivable accounting, remittance processing, invoice review and accounts receivable reports.\n• Typical business 2: accounts payable outsourcing, meaning review, reimbursement and payment of employee expenses and review and payment of supplier expenses for the customer, in accordance with relevant regulations and the customer company's internal expense reimbursement rules.\n• Typical business 3: tax compliance, meaning professional services for the customer on a series of tax-related matters such as filing tax returns as required, lawfully reducing tax and preparing tax forms.\n• Typical business 4: financial and regulatory reporting, meaning financial data management and the generation, analysis and management of financial statements.\n• Typical business 5: asset management, meaning helping the customer manage all kinds of tangible enterprise assets and keep them running efficiently.\n• Typical business 6: financial shared services, meaning administrative services related to financial management, supported by information technology, for customers inside or outside an enterprise group.\nExclusions:\n• Development, operation and maintenance of financial management software and systems, which are classified under I Information technology outsourcing.\n• Audit services that laws and regulations require to be performed by a third party.",
              },
            },
            {
              code: "B13",
              label: { zh: "法律流程服务", en: "Legal process services" },
              definition: {
                zh: "指服务提供商根据客户需求提供法律执行和实施方面的咨询及支持服务，主要包括合同起草与修改、合同管理、法律研究与分析、合规等服务。不包括法律规范中一定要求第三方来完成的服务内容。\n主要包括：\n• 典型业务 1：合同起草与修改，指为客户准备标准化合同模板，提供合同的起草、审查及修改服务，合同类型包括贷款、债券文件、保修条件、补遗及保密协议等。\n• 典型业务 2：合同管理，指为客户提供合同数据库建立及维护服务、合同汇总/摘要、续签合同跟踪，并定期提供合同相关报告等。\n• 典型业务 3：法律研究与分析，指提供案例研究、法律研究、法律分析等服务，通过汇总、监控及分析对客户业务产生重大影响的法律法规，判断对客户业务市场的影响。\n• 典型业务 4：法律合规服务，指通过参照各国政府机构颁布的法律法规进行合规审核，出具履约及可疑活动报告。\n不包括：\n• 律师及相关法律服务。",
                en: "Refers to consulting and support services for legal execution and implementation provided by a service provider according to customer needs, mainly contract drafting and revision, contract management, legal research and analysis, and compliance. Excludes services that legal norms require to be performed by a third party.\nMain inclusions:\n• Typical business 1: contract drafting and revision, meaning preparing standard contract templates for customers and drafting, reviewing and revising contracts, covering contract types such as loans, bond documents, warranty terms, addenda and confidentiality agreements.\n• Typical business 2: contract management, meaning building and maintaining contract databases for customers, contract summaries/abstracts, tracking contract renewals and regularly providing contract-related reports.\n• Typical business 3: legal research and analysis, meaning case research, legal research and legal analysis, judging the impact on the customer's business market by compiling, monitoring and analysing laws and regulations that significantly affect the customer's business.\n• Typical business 4: legal compliance services, meaning compliance reviews against laws and regulations issued by government agencies of various countries, and issuing performance and suspicious activity reports.\nExclusions:\n• Lawyers' and related legal services.",
              },
            },
            {
              code: "B19",
              label: { zh: "其他内部管理服务", en: "Other internal management services" },
              definition: {
                zh: "指其他未列明的内部管理服务。\n不包括：\n• 物业管理、保安保洁、食堂餐饮、绿化卫生代理等服务。\n• 展位租赁服务。",
                en: "Refers to other internal management services not listed elsewhere.\nExclusions:\n• Property management, security and cleaning, canteen catering, landscaping and sanitation agency and similar services.\n• Exhibition booth rental services.",
              },
            },
          ],
        },
        {
          code: "B2",
          label: { zh: "业务运营服务", en: "Business operation services" },
          definition: {
            zh: "指服务提供商根据客户需求提供业务运营环节或流程（价值链主链环节）的外包服务，含流程设计及相关服务，但不包括维修维护相关环节的外包服务。",
            en: "Refers to outsourcing services for business operation links or processes (the main links of the value chain), including process design and related services, provided by a service provider according to customer needs, but excluding outsourcing services for repair and maintenance links.",
          },
          children: [
            {
              code: "B21",
              label: { zh: "数据处理服务", en: "Data processing services" },
              definition: {
                zh: "指服务提供商根据客户需求提供数据采集、录入、存储、检索、加工、转换、内容审核、数据标注等服务，包括纸面文档电子化转换以及影像文件管理等服务。不包括数据分析及挖掘服务。\n主要包括：\n• 典型业务 1：数据采集，指借助一些技术手段，提供固定表格（税务报表、保险单、调查问卷、试卷等）、半结构化文档（发票、订购单、支付票据、装箱单、名片等）、非结构化文档（合同、条款、信函、租借协议和其他纯文本文档等）的数据化处理服务。\n• 典型业务 2：数据录入，指提供各类数字资料电子化服务及不同格式保存服务。\n• 典型业务 3：数据存储及检索，指提供数据资料存储及分类检索服务。\n• 典型业务 4：数据加工，指提供统一数据结构、筛查错误数据、修复错误数据、改善数据完整性等服务，提高数据库的使用率。\n• 典型业务 5：内容审核，指提供对包含色情、涉政、敏感人物、违规、暴恐、违禁、广告等垃圾信息的文本、图片、音频、视频的检测和识别服务。\n• 典型业务 6：数据标注，指提供图像标注、语音标注、文本标注、视频标注等服务，满足人工智能数据基本需要。\n不包括：\n• 海量数据中挖掘有用信息，或有目的的对现有数据进行分析，应纳入 I33 大数据技术开发及应用服务。\n• 数据处理技术的开发应纳入 I信息技术外包。",
                en: "Refers to data collection, entry, storage, retrieval, processing, conversion, content moderation, data labelling and similar services, including the digitisation of paper documents and image file management, provided by a service provider according to customer needs. Excludes data analysis and mining services.\nMain inclusions:\n• Typical business 1: data collection, meaning digitisation services, by technical means, for fixed forms (tax returns, insurance policies, questionnaires, examination papers and the like), semi-structured documents (invoices, purchase orders, payment slips, packing lists, business cards and the like) and unstructured documents (contracts, clauses, letters, lease agreements and other plain-text documents).\n• Typical business 2: data entry, meaning the digitisation of digital materials of all kinds and saving them in different formats.\n• Typical business 3: data storage and retrieval, meaning storage of data materials and classified retrieval services.\n• Typical business 4: data processing, meaning unifying data structures, screening and repairing erroneous data, improving data integrity and similar services that raise the usability of databases.\n• Typical business 5: content moderation, meaning detection and identification of text, images, audio and video containing pornographic, politically sensitive, sensitive-person, non-compliant, violent or terrorist, prohibited, advertising and other junk information.\n• Typical business 6: data labelling, meaning image, speech, text and video labelling services that meet the basic data needs of artificial intelligence.\nExclusions:\n• Mining useful information from massive data, or purposeful analysis of existing data, which are classified under I33 Big data technology development and application services.\n• Development of data processing technology, which is classified under I Information technology outsourcing.",
              },
            },
            {
              code: "B22",
              label: { zh: "互联网营销推广服务", en: "Internet marketing and promotion services" },
              definition: {
                zh: "指服务提供商根据客户需求，借助互联网、移动互联网平台为客户优化营销推广渠道，辅助客户实现营销目标。包括营销方案设计、互联网媒体筛选、传播内容策划及效果监测、电子商务代运营服务等。但不包括电子商务平台的开发建设、产品的授权销售、数字内容等。\n主要包括：\n• 典型业务 1：互联网营销方案设计，指提供满足客户产品及最终用户需求的互联网营销方案设计服务，包括对搜索引擎竞价、关键词排名优化、小视频推广、微信群推广等营销推广手段的整合应用。\n• 典型业务 2：电子商务代运营服务，指提供依托电子商务平台开展的营销推广服务，包括基础优化、日常托管、店铺设计、竞品监控、客服沟通等。\n不包括：\n• 电子商务平台、电子商务系统的咨询、搭建及整体运维，应纳入 I23 电子商务平台服务。",
                en: "Refers to optimising marketing and promotion channels for customers by means of internet and mobile internet platforms, helping customers reach their marketing goals, provided by a service provider according to customer needs. Includes marketing plan design, internet media selection, communication content planning and effect monitoring, outsourced e-commerce operation services and the like, but excludes the development and construction of e-commerce platforms, licensed product sales, digital content and the like.\nMain inclusions:\n• Typical business 1: internet marketing plan design, meaning internet marketing plan design services that meet the needs of the customer's products and end users, including the integrated application of marketing and promotion means such as search engine bidding, keyword ranking optimisation, short video promotion and WeChat group promotion.\n• Typical business 2: outsourced e-commerce operation services, meaning marketing and promotion services conducted on e-commerce platforms, including basic optimisation, day-to-day hosting, shop design, competitor monitoring and customer service communication.\nExclusions:\n• Consulting, building and overall operation and maintenance of e-commerce platforms and e-commerce systems, which are classified under I23 E-commerce platform services.",
              },
            },
            {
              code: "B23",
              label: { zh: "呼叫中心服务", en: "Call centre services" },
              definition: {
                zh: "指服务提供商根据客户需求提供针对其目标客户的推广及维护服务，包括销售、售后及技术支持服务等，通常需要借助呼叫中心坐席来完成，但不包括呼叫中心相关软件、系统的研发。\n主要包括：\n• 典型业务 1：呼叫中心服务，指借助呼叫中心座席及专业的呼叫中心人员提供与最终客户的互动联络、售前推销、售后跟踪等各种服务。\n• 典型业务 2：座席外包，指为客户提供呼叫中心专业座席。\n• 典型业务 3：座席人员外包，指提供座席人员培训及座席人员外包服务。\n不包括：\n• 呼叫中心软件、系统、平台的研发及运维，应纳入 I信息技术外包。",
                en: "Refers to promotion and maintenance services aimed at the customer's target clients, including sales, after-sales and technical support services, usually delivered through call centre seats, provided by a service provider according to customer needs, but excluding the research and development of call-centre-related software and systems.\nMain inclusions:\n• Typical business 1: call centre services, meaning interactive contact with end customers, pre-sales promotion, after-sales follow-up and other services delivered through call centre seats and professional call centre staff.\n• Typical business 2: seat outsourcing, meaning providing professional call centre seats for customers.\n• Typical business 3: seat staff outsourcing, meaning seat staff training and seat staff outsourcing services.\nExclusions:\n• Research, development, operation and maintenance of call centre software, systems and platforms, which are classified under I Information technology outsourcing.",
              },
            },
            {
              code: "B24",
              label: { zh: "金融后台服务", en: "Financial back-office services" },
              definition: {
                zh: "指服务提供商为金融机构提供前台业务的支撑服务，包括清算服务、银行卡服务、定损理赔服务等。\n主要包括：\n• 典型业务 1：清算服务，指提供跨行同城清算、跨行异地清算、行内清算相关的服务支持。\n• 典型业务 2：银行卡服务，指提供银行卡用卡发放、客户资料整理、对账单投递、信用卡商户数据处理、零售企业与公司信用卡发放与处理等服务。\n• 典型业务 3：定损理赔服务，指为保险客户提供损失程度鉴定，赔偿额度分析等相关服务。\n不包括：\n• 金融领域的呼叫中心服务、数据处理服务、人力资源服务、财务管理服务、法律流程服务等。",
                en: "Refers to support services for front-office business provided by a service provider to financial institutions, including clearing services, bank card services, and loss assessment and claims services.\nMain inclusions:\n• Typical business 1: clearing services, meaning service support for inter-bank same-city clearing, inter-bank cross-region clearing and intra-bank clearing.\n• Typical business 2: bank card services, meaning issuing bank cards, organising customer data, delivering statements, processing credit card merchant data, issuing and processing credit cards for retail enterprises and companies, and similar services.\n• Typical business 3: loss assessment and claims services, meaning assessment of the degree of loss, analysis of compensation amounts and related services for insurance customers.\nExclusions:\n• Call centre services, data processing services, human resource services, financial management services, legal process services and the like in the financial sector.",
              },
            },
            {
              code: "B25",
              label: { zh: "供应链管理服务", en: "Supply chain management services" },
              definition: {
                zh: "指服务提供商根据客户需求提供供应链方案设计与物流方案设计服务，包括对整个供应链系统进行计划、协调、操作、控制和优化的各种服务。\n主要包括：\n• 典型业务 1：供应链方案设计，指提供物流网络策略、运输方案设计、仓储设计和库存优化，作业改进、流程改造等服务。\n• 典型业务 2：物流方案设计，指提供符合客户上下游物流需求及经营方式的物流方案设计服务，并通过资源整合，帮助客户降低物流成本。\n• 典型业务 3：进出口流程服务，指根据不同海关关口的进出口政策，提供进出口最优方案及报关报检服务等。\n不包括：\n• 仓储及运输服务、货代服务。",
                en: "Refers to supply chain solution design and logistics solution design services, including all kinds of services for planning, coordinating, operating, controlling and optimising the whole supply chain system, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: supply chain solution design, meaning logistics network strategy, transport plan design, warehouse design and inventory optimisation, operational improvement, process re-engineering and similar services.\n• Typical business 2: logistics solution design, meaning logistics solution design services that fit the customer's upstream and downstream logistics needs and mode of operation, helping the customer reduce logistics costs through resource integration.\n• Typical business 3: import and export process services, meaning optimal import and export plans and customs declaration and inspection services according to the import and export policies of different customs ports.\nExclusions:\n• Warehousing and transport services, and freight forwarding services.",
              },
            },
            {
              code: "B26",
              label: { zh: "采购外包服务", en: "Procurement outsourcing services" },
              definition: {
                zh: "指服务提供商根据客户需求提供其生产产品或经营所需货物和服务的采购服务。主要包括选择供应商、议价、签订合同，并确保在适当的时间完成采购任务等服务，采购物品的费用不计入在内。\n主要包括：\n• 典型业务 1：采购规划，指提供产品原材料、设备等的采购规划服务，通过对采购支出数据进行有效的收集整理及分类分析，为客户确定原料、设备的采购数量及质量等方案。\n• 典型业务 2：采购方案设计，指帮助客户选择合适的供应商，并提供接洽、议价服务。提供上述服务但通常不直接参与采购过程。\n不包括：\n• 一次性的采购服务活动如代购电脑等或单纯的购买活动。",
                en: "Refers to the procurement of goods and services that the customer needs for producing products or for its operations, provided by a service provider according to customer needs. Mainly includes selecting suppliers, negotiating prices, signing contracts and ensuring that procurement tasks are completed at the appropriate time; the cost of the purchased items is not included.\nMain inclusions:\n• Typical business 1: procurement planning, meaning procurement planning services for product raw materials, equipment and the like, determining plans for the quantity and quality of raw materials and equipment to be purchased for the customer through effective collection, organisation, classification and analysis of procurement spending data.\n• Typical business 2: procurement plan design, meaning helping the customer choose suitable suppliers and providing liaison and price negotiation services; the provider of these services usually does not take part directly in the purchasing process.\nExclusions:\n• One-off procurement activities, such as buying computers on the customer's behalf, or simple purchasing activities.",
              },
            },
            {
              code: "B29",
              label: { zh: "其他业务运营服务", en: "Other business operation services" },
              definition: {
                zh: "指其他未列明的业务运营服务。",
                en: "Refers to other business operation services not listed elsewhere.",
              },
            },
          ],
        },
        {
          code: "B3",
          label: { zh: "维修维护服务", en: "Repair and maintenance services" },
          definition: {
            zh: "指服务提供商根据客户需求提供船舶与海洋工程装备、飞机、高铁、工程机械、医疗设备等专用设备及各类具有感知、分析、推理、决策、控制功能的智能制造装备的维修、保养和改造服务，以保障设备的正常运转和使用，提升设备价值和用户体验。但不包括手机等消费产品的维修服务。",
            en: "Refers to repair, upkeep and modification services for special-purpose equipment such as ships and offshore engineering equipment, aircraft, high-speed trains, construction machinery and medical equipment, and for intelligent manufacturing equipment of all kinds with sensing, analysis, reasoning, decision-making and control functions, provided by a service provider according to customer needs, so as to keep the equipment running and usable and raise its value and the user experience. Excludes repair services for consumer products such as mobile phones.",
          },
          children: [
            {
              code: "B31",
              label: {
                zh: "交通工具维修维护服务",
                en: "Transport equipment repair and maintenance services",
              },
              definition: {
                zh: "指提供船舶与海洋工程装备、飞机、高铁等交通工具的委托维修维护服务。",
                en: "Refers to commissioned repair and maintenance services for means of transport such as ships and offshore engineering equipment, aircraft and high-speed trains.",
              },
            },
            {
              code: "B32",
              label: {
                zh: "工程机械维修维护服务",
                en: "Construction machinery repair and maintenance services",
              },
              definition: {
                zh: "指提供挖掘机械、铲土运输机械、工程起重机械、工业车辆、压实机械、桩工机械、混凝土机械、钢筋及预应力机械、装修机械、凿岩机械、气动工具、铁路路线机械、军用工程机械、电梯与扶梯等工程机械专用设备的维修保养改造服务。",
                en: "Refers to repair, upkeep and modification services for special-purpose construction machinery such as excavating machinery, earth-moving and transport machinery, construction cranes, industrial vehicles, compaction machinery, piling machinery, concrete machinery, reinforcing-steel and prestressing machinery, finishing machinery, rock drilling machinery, pneumatic tools, railway track machinery, military engineering machinery, and lifts and escalators.",
              },
            },
            {
              code: "B33",
              label: { zh: "医疗设备维修维护服务", en: "Medical equipment repair and maintenance services" },
              definition: {
                zh: "指提供医用X射线、超声诊断、电气诊断、激光诊断、高频仪器等各类精密医疗设备的维修保养维护服务。",
                en: "Refers to repair, upkeep and maintenance services for precision medical equipment of all kinds, such as medical X-ray, ultrasound diagnosis, electrical diagnosis, laser diagnosis and high-frequency instruments.",
              },
            },
            {
              code: "B34",
              label: {
                zh: "智能制造装备维修维护服务",
                en: "Intelligent manufacturing equipment repair and maintenance services",
              },
              definition: {
                zh: "指提供各类具有感知、分析、推理、决策、控制功能的智能制造装备的维修、保养和改造等服务，以及运用新技术手段为设备提供远程监测维护和维修保养等服务。",
                en: "Refers to repair, upkeep, modification and similar services for intelligent manufacturing equipment of all kinds with sensing, analysis, reasoning, decision-making and control functions, and remote monitoring, maintenance, repair and upkeep services for equipment using new technical means.",
              },
            },
            {
              code: "B39",
              label: { zh: "其他维修维护服务", en: "Other repair and maintenance services" },
              definition: {
                zh: "指提供其他未列明精密设备维修维护服务。",
                en: "Refers to repair and maintenance services for other precision equipment not listed elsewhere.",
              },
            },
          ],
        },
      ],
    },
    {
      code: "KPO",
      label: { zh: "知识流程外包", en: "Knowledge process outsourcing" },
      definition: {
        zh: "指服务提供商根据委托、授权或双方合作，提供组织内部研究试验、科技创新及配套支撑的业务流程的外包服务，帮助客户通过知识的积累增加，达到创造、创新的目的。",
        en: "Refers to outsourcing services for business processes of an organisation's internal research and experimentation, scientific and technological innovation and related support, provided by a service provider under commission, authorisation or cooperation between the two parties, helping customers achieve creation and innovation through the accumulation of knowledge.",
      },
      children: [
        {
          code: "K1",
          label: { zh: "商务服务", en: "Business services" },
          definition: {
            zh: "指服务提供商根据客户需求提供组织商务活动中具备高知识含量的服务内容，包括知识产权服务、管理咨询服务、检验检测服务等。",
            en: "Refers to services with high knowledge content in an organisation's business activities, including intellectual property services, management consulting services and inspection and testing services, provided by a service provider according to customer needs.",
          },
          children: [
            {
              code: "K11",
              label: { zh: "知识产权服务", en: "Intellectual property services" },
              definition: {
                zh: "指服务提供商根据客户需求提供专利、商标、版权、著作权、软件、集成电路布图设计等各类知识产权相关服务，包括知识产权资产管理、技术领域知识产权前景规划、知识产权授权使用、知识产权摘要和知识产权商业化等服务。\n主要包括：\n• 典型业务 1：知识产权资产管理，指将知识产权提升到企业生产经营要素、经营方式及经营机制的高度，为客户提供包括战略思想、定位、目标、任务、规划、步骤、资源配置、协调统筹和系统评价等保障举措在内的完整的管理方案。协助客户寻找、估价和开发自己的知识产权资产。\n• 典型业务 2：知识产权授权使用，指为客户提供如下服务：评估授权资产组合的风险；制定管理、监督、控制资产组合的战略；为授权、分销、定价和其他合同制定合规性程序；提供法务会计，审查专利权费；审核协议中有关专利权费和财务的条款；提供有关专利权费率和授权使用费的建议。\n• 典型业务 3：知识产权商业化服务，指通过挖掘客户具有独立知识产权的创新技术和高增长技术，提供知识产权的完善成熟建议，并借助自身具有的优势资源推动其商业化。\n• 典型业务 4：知识产权代理，指提供知识产权事务代理服务，包括专利代理、商标代理、版权登记代理、集成电路布图设计登记代理等。\n不包括：\n• 知识产权产品开发活动。",
                en: "Refers to services relating to intellectual property of all kinds, such as patents, trademarks, copyrights, authors' rights, software and integrated circuit layout designs, including intellectual property asset management, intellectual property outlook planning for technical fields, intellectual property licensing, intellectual property abstracts and intellectual property commercialisation, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: intellectual property asset management, meaning raising intellectual property to the level of an enterprise's production and business factors, mode of operation and operating mechanism, and providing customers with a complete management plan including safeguards such as strategic thinking, positioning, objectives, tasks, planning, steps, resource allocation, overall coordination and systematic evaluation; helping customers find, value and develop their own intellectual property assets.\n• Typical business 2: intellectual property licensing, meaning the following services for customers: assessing the risk of licensed asset portfolios; formulating strategies for managing, supervising and controlling asset portfolios; drawing up compliance procedures for licensing, distribution, pricing and other contracts; providing forensic accounting and reviewing royalties; reviewing royalty and financial clauses in agreements; and advising on royalty rates and licence fees.\n• Typical business 3: intellectual property commercialisation services, meaning identifying customers' innovative and high-growth technologies with independent intellectual property, advising on bringing the intellectual property to maturity, and promoting its commercialisation with the provider's own resources.\n• Typical business 4: intellectual property agency, meaning agency services for intellectual property matters, including patent agency, trademark agency, copyright registration agency and integrated circuit layout design registration agency.\nExclusions:\n• Development of intellectual property products.",
              },
            },
            {
              code: "K12",
              label: { zh: "管理咨询服务", en: "Management consulting services" },
              definition: {
                zh: "指服务提供商根据客户需求，运用现代化的手段和科学方法，通过对企业的诊断、培训、方案规划、系统设计与辅导，从集团企业的管理到局部系统的建立，从战略层面的确立到行为方案的设计，对企业生产经营全过程实施动态分析，协助其建立现代管理系统，提出行动建议并协助执行，以达到提高企业经济效益的一种业务活动，包括企业管理咨询、市场调查、技术咨询、认证咨询等。\n不包括：\n• 软件开发咨询，信息技术解决方案咨询等。",
                en: "Refers to a business activity in which a service provider, according to customer needs and using modern means and scientific methods, conducts dynamic analysis of the whole production and business process of an enterprise through diagnosis, training, plan formulation, system design and coaching, from group-level management to the building of local systems and from setting strategy to designing action plans, helps it build a modern management system, and makes recommendations for action and helps carry them out so as to raise the enterprise's economic performance, including enterprise management consulting, market research, technical consulting and certification consulting.\nExclusions:\n• Software development consulting, information technology solution consulting and the like.",
              },
            },
            {
              code: "K13",
              label: { zh: "检验检测服务", en: "Inspection and testing services" },
              definition: {
                zh: "指服务提供商根据客户需求为其采购物品、生产产品提供专业检测服务，提供满足医疗机构诊断、科研机构研发需要的第三方检测服务。不包括法律法规规定强制由第三方提供的检测服务。\n主要包括：\n• 典型业务 1：医学诊断服务，指借助独立医学实验室资源为各级医疗机构提供的临床检测及医学诊断服务。\n• 典型业务 2：产品检测服务，指提供产品化学特性检验服务、产品物理特性检验服务、产品系统检测服务、产品不改变物质特性检验、产品射线磁力和超声波检测服务等。\n• 典型业务 3：新能源产品检测服务，指提供生物质能产品检测服务、风电产品检测服务、太阳能发电产品检测服务等。\n不包括：\n• 法律法规规定强制由第三方提供的检测服务。",
                en: "Refers to professional testing services for the goods a customer purchases and the products it produces, and third-party testing services meeting the diagnostic needs of medical institutions and the R&D needs of research institutions, provided by a service provider according to customer needs. Excludes testing services that laws and regulations require to be provided by a third party.\nMain inclusions:\n• Typical business 1: medical diagnostic services, meaning clinical testing and medical diagnostic services provided to medical institutions at all levels using the resources of independent medical laboratories.\n• Typical business 2: product testing services, meaning inspection of the chemical properties of products, inspection of the physical properties of products, product system testing, product inspection without altering material properties, and radiographic, magnetic and ultrasonic testing of products.\n• Typical business 3: new energy product testing services, meaning testing services for biomass energy products, wind power products, solar power products and the like.\nExclusions:\n• Testing services that laws and regulations require to be provided by a third party.",
              },
            },
            {
              code: "K19",
              label: { zh: "其他商务服务", en: "Other business services" },
              definition: {
                zh: "指其他未列明的商务服务。",
                en: "Refers to other business services not listed elsewhere.",
              },
            },
          ],
        },
        {
          code: "K2",
          label: { zh: "设计服务", en: "Design services" },
          definition: {
            zh: "指服务提供商根据客户需求提供专业技术服务领域的委托服务。技术服务通常是运用专业技术知识、经验和信息解决特定技术问题，以实现产品或流程的改进改良，通常不涉及专利和非专利技术成果的权属。",
            en: "Refers to commissioned services in professional technical service fields provided by a service provider according to customer needs. Technical services usually apply professional technical knowledge, experience and information to solve specific technical problems in order to improve products or processes, and usually do not involve the ownership of patented or unpatented technological achievements.",
          },
          children: [
            {
              code: "K21",
              label: { zh: "工业设计服务", en: "Industrial design services" },
              definition: {
                zh: "指服务提供商根据客户需求提供面向工业产品的品牌规划、产品研发、生产制造业和商业运营全周期的设计解决方案服务，包括产品策划、结构设计、人机界面设计、造型外观设计、包装设计、产品展示、试验认证、环境设计、工业生产线设计等服务。\n主要包括：\n• 典型业务 1：外观设计，指提供产品外观设计服务，包括材料、色彩、形态等各方面的设计服务。\n• 典型业务 2：结构设计，指提供产品功能、子系统、整体结构的设计服务。\n• 典型业务 3：试验认证，指提供产品的认证计划，实施各种开发和认证实验，包括耐久性、性能试验、气候试验等服务。不包括必须由第三方机构检测认证的内容。\n• 典型业务 4：环境设计，指提供商业和设计解决方案，主要用于客户产品宣传展示环节，考虑到最终用户、环境、产品和/或正在进行中的服务，为最终用户与产品间互动搭建良好的平台。如：化妆品展柜的设计等。\n• 典型业务 5：工业生产线设计，指提供产品生产线设计服务。\n不包括：\n• 软件设计、集成电路和电子电路设计，应纳入 I信息技术外包。\n• 工程规划设计，应纳入工程技术服务。\n• 与生产制造活动一体的设计。",
                en: "Refers to design solution services covering the whole cycle of brand planning, product research and development, manufacturing and commercial operation of industrial products, including product planning, structural design, human-machine interface design, form and appearance design, packaging design, product display, testing and certification, environmental design and industrial production line design, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: appearance design, meaning product appearance design services, including design of materials, colours, forms and other aspects.\n• Typical business 2: structural design, meaning design of product functions, subsystems and overall structure.\n• Typical business 3: testing and certification, meaning product certification plans and carrying out development and certification tests of all kinds, including durability, performance and climate testing. Excludes testing and certification that must be done by third-party bodies.\n• Typical business 4: environmental design, meaning commercial and design solutions used mainly in the publicity and display of customers' products, taking into account end users, environments, products and/or services in progress, to build a good platform for interaction between end users and products, for example the design of cosmetics display counters.\n• Typical business 5: industrial production line design, meaning product production line design services.\nExclusions:\n• Software design and integrated circuit and electronic circuit design, which are classified under I Information technology outsourcing.\n• Engineering planning and design, which is classified under engineering technical services.\n• Design integrated with manufacturing activities.",
              },
            },
            {
              code: "K22",
              label: { zh: "工程技术服务", en: "Engineering technical services" },
              definition: {
                zh: "指服务提供商根据客户需求为工程项目建设提供相应技术依据的设计方案，如项目规划、总体设计，以及工程建设项目决策和管理提供咨询等服务。工程技术外包以工业工程设计为主，不包括具体的施工活动及工程管理。\n主要包括：\n• 典型业务 1：工程咨询，指提供工程建设项目决策和管理咨询服务，包括前期立项阶段咨询、勘察设计阶段咨询、施工阶段咨询、投产或交付使用后的评价等工作，以编写投资项目可行性研究报告、项目建议书、项目申请报告、资金申请报告、规划咨询、评估咨询等为主要成果物。\n• 典型业务 2：规划设计，指提供符合工程项目定位的功能、风格等具体规划及设计服务。\n不包括：\n• 工程施工及工程管理活动。",
                en: "Refers to design schemes that provide the technical basis for the construction of engineering projects, such as project planning and overall design, and consulting services for decision-making and management of construction projects, provided by a service provider according to customer needs. Engineering technical outsourcing is mainly industrial engineering design and excludes actual construction activities and project management.\nMain inclusions:\n• Typical business 1: engineering consulting, meaning decision-making and management consulting for construction projects, including consulting at the project initiation stage, the survey and design stage and the construction stage and evaluation after commissioning or handover, with feasibility study reports for investment projects, project proposals, project applications, funding applications, planning consulting and evaluation consulting as the main deliverables.\n• Typical business 2: planning and design, meaning specific planning and design services for functions, style and the like that fit the positioning of the engineering project.\nExclusions:\n• Construction and project management activities.",
              },
            },
            {
              code: "K23",
              label: { zh: "文化创意及数字内容服务", en: "Cultural creative and digital content services" },
              definition: {
                zh: "指服务提供商根据客户需求提供文化创造及文化数字传播等相关服务，主要包括广播影视、动漫、音像、传媒、视觉艺术、表演艺术、数字内容等方面的创意服务。\n主要包括：\n• 典型业务 1：动画研发外包，指动漫产品的研发设计，不包括衍生产品的制作，以及动漫的宣传推动活动。\n• 典型业务 2：游戏设计外包，指各类型游戏的开发设计，包括电脑游戏、网络游戏、移动游戏等，特指定制开发的游戏，不包括批量出售的游戏软件、游戏制作软件。\n• 典型业务 3：影视特效制作，指提供影视数字中间片制作及视觉特效等服务。\n• 典型业务 4：创意设计服务，指时装设计、多媒体设计、美术图案设计、饰物装饰设计等服务。\n• 典型业务 5：数字内容服务，指将图像、文字、影音等内容通过数字技术进行整合应用的服务。\n不包括：\n• 工业产品的创意设计，应纳入工业设计服务范畴。\n• 以数字内容呈现的产品版权代理和销售。",
                en: "Refers to services relating to cultural creation and the digital dissemination of culture, mainly creative services in radio, film and television, animation, audio and video, media, visual arts, performing arts, digital content and the like, provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: animation R&D outsourcing, meaning the research, development and design of animation products, excluding the production of derivative products and the promotion of animation.\n• Typical business 2: game design outsourcing, meaning the development and design of games of all types, including computer games, online games and mobile games, specifically custom-developed games, excluding game software sold in volume and game-making software.\n• Typical business 3: film and television special effects production, meaning digital intermediate production and visual effects services for film and television.\n• Typical business 4: creative design services, meaning fashion design, multimedia design, graphic art design, ornament and decoration design and similar services.\n• Typical business 5: digital content services, meaning services that integrate and apply images, text, audio-visual and other content by digital technology.\nExclusions:\n• Creative design of industrial products, which falls under industrial design services.\n• Copyright agency and sales of products presented as digital content.",
              },
            },
            {
              code: "K24",
              label: { zh: "服务设计服务", en: "Service design services" },
              definition: {
                zh: "指服务提供商根据客户需求，以用户为中心、协同多方利益相关者，通过人员、环境、设施、信息等要素创新的综合集成，实现服务提供、流程、触点的系统创新，从而提升服务体验、效率和价值的设计服务。包括服务模式设计、商业模式设计等。",
                en: "Refers to design services in which a service provider, according to customer needs, centred on the user and coordinating multiple stakeholders, achieves systematic innovation of service delivery, processes and touchpoints through the integrated innovation of people, environment, facilities, information and other elements, so as to improve service experience, efficiency and value. Includes service model design, business model design and the like.",
              },
            },
            {
              code: "K29",
              label: { zh: "其他技术服务", en: "Other technical services" },
              definition: {
                zh: "指其他未列明的技术服务，包括产品技术服务、样品开发设计等。",
                en: "Refers to other technical services not listed elsewhere, including product technical services, sample development and design, and the like.",
              },
            },
          ],
        },
        {
          code: "K3",
          label: { zh: "研发服务", en: "Research and development services" },
          definition: {
            zh: "指服务提供商根据客户需求提供研发流程的专业服务，包括基础研究、应用研究及试验发展过程的开放合作。不包括任何自主性研发活动。",
            en: "Refers to professional services in the research and development process, including open cooperation in basic research, applied research and experimental development, provided by a service provider according to customer needs. Excludes any independent research and development activity.",
          },
          children: [
            {
              code: "K31",
              label: {
                zh: "医药（中医药）和生物技术研发服务",
                en: "Pharmaceutical (traditional Chinese medicine) and biotechnology research and development services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供的医药（中医药）、医疗器械研发、基因工程、植物提取技术及其他生物技术服务。\n主要包括：\n• 典型业务 1：药物产品开发，指生物靶向识别、确认，主导化合物筛选优化、专利申请、药代动力学、药理毒理学、药物晶型分析等环节的外包服务。\n• 典型业务 2：临床前试验及临床试验，指动物试验及临床阶段测试活动的外包服务。包括临床试验方案和病例报告表的设计和咨询，临床试验监查工作，数据管理，统计分析以及统计分析报告的撰写等。\n• 典型业务 3：药物注册，指凭借对药物注册相关法律法规及申报程序的丰富经验，为客户提供药物注册咨询服务。\n• 典型业务 4：国际化服务，指为客户提供 cGMP（动态药品生产管理规范）认证服务，提供满足国际市场上市的资料整理，为进入国际市场做前期分析及评估，并推荐国际销售合作伙伴。\n• 典型业务 5：产业化服务，指已上市药物处方和制备工艺的优化服务，解决中小试剂工业化转移的技术问题。\n• 典型业务 6：基因工程服务，指依托基因工程技术开展高通量测序、Sanger 测序、基因编辑、基因合成、引物合成、分子生物学、毒杂质分析、检测等服务。\n• 典型业务 7：生物技术服务，指提供生物农业等所需现代基因工程相关技术服务。\n• 典型业务 8：中医药服务，指提供中医药药理分析、药性研究等相关服务。\n不包括：\n• 医疗诊断服务，应纳入 B业务流程外包。",
                en: "Refers to pharmaceutical (traditional Chinese medicine) and medical device research and development, genetic engineering, plant extraction technology and other biotechnology services provided by a service provider according to customer needs.\nMain inclusions:\n• Typical business 1: drug product development, meaning outsourcing services in stages such as biological target identification and validation, lead compound screening and optimisation, patent applications, pharmacokinetics, pharmacology and toxicology, and drug crystal form analysis.\n• Typical business 2: preclinical and clinical trials, meaning outsourcing services for animal testing and clinical-stage testing, including the design of and consulting on clinical trial protocols and case report forms, clinical trial monitoring, data management, statistical analysis and the writing of statistical analysis reports.\n• Typical business 3: drug registration, meaning drug registration consulting services for customers, drawing on extensive experience of the laws, regulations and application procedures for drug registration.\n• Typical business 4: internationalisation services, meaning cGMP (current good manufacturing practice for drugs) certification services for customers, compiling the documentation needed to market products internationally, preliminary analysis and assessment for entering international markets, and recommending international sales partners.\n• Typical business 5: industrialisation services, meaning optimisation of the formulations and preparation processes of marketed drugs, solving technical problems in scaling up from small and pilot batches to industrial production.\n• Typical business 6: genetic engineering services, meaning high-throughput sequencing, Sanger sequencing, gene editing, gene synthesis, primer synthesis, molecular biology, toxic impurity analysis, testing and similar services based on genetic engineering technology.\n• Typical business 7: biotechnology services, meaning modern genetic engineering technical services needed for bio-agriculture and the like.\n• Typical business 8: traditional Chinese medicine services, meaning pharmacological analysis, research on medicinal properties and related services for traditional Chinese medicine.\nExclusions:\n• Medical diagnostic services, which are classified under B Business process outsourcing.",
              },
            },
            {
              code: "K32",
              label: {
                zh: "新能源技术研发服务",
                en: "New energy technology research and development services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供面向核电、太阳能、风电、生物质能、储能和智能电网等新能源领域技术研发专业解决方案，包括方案设计、产品研发、执行、测试和运营维护等服务。",
                en: "Refers to professional technology R&D solutions for new energy fields such as nuclear power, solar power, wind power, biomass energy, energy storage and smart grids, including solution design, product research and development, execution, testing, and operation and maintenance, provided by a service provider according to customer needs.",
              },
            },
            {
              code: "K33",
              label: {
                zh: "新材料技术研发服务",
                en: "New materials technology research and development services",
              },
              definition: {
                zh: "指服务提供商根据客户需求提供改进材料性能、发现特殊功能新材料的技术研发服务。主要包括材料筛选、材料合成、材料测试、工艺改进等服务。",
                en: "Refers to technology research and development services that improve material properties and discover new materials with special functions, provided by a service provider according to customer needs, mainly material screening, material synthesis, material testing and process improvement.",
              },
            },
            {
              code: "K39",
              label: { zh: "其他研发服务", en: "Other research and development services" },
              definition: {
                zh: "指其他未列明的研发服务，包括产品委托研发等。",
                en: "Refers to other research and development services not listed elsewhere, including commissioned product research and development.",
              },
            },
          ],
        },
      ],
    },
  ],
};
