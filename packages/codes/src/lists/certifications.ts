import type { CodeEntry, CodeList } from "../types";
import { statisticalSurveySystem } from "./sources";

const levels = (prefix: string): CodeEntry[] =>
  ["一级", "二级", "三级", "四级", "五级"].map((zh, index) => ({
    code: `${prefix}-${index + 1}`,
    label: { zh, en: `Level ${index + 1}` },
  }));

/**
 * 企业5表 field 501 企业现有已通过的认证情况, laid out as printed: the CMM and CMM(I) levels and the
 * 其他 row, each with its 指标解释 from （五） 1.–21. The headings are not themselves selectable.
 */
export const certifications: CodeList = {
  id: "certifications",
  title: { zh: "企业现有已通过的认证情况", en: "Certifications currently held by the enterprise" },
  version: "2022",
  source: {
    zh: `${statisticalSurveySystem.zh} 服务外包统企业５表 501；主要指标解释（五）`,
    en: `${statisticalSurveySystem.en}, table Enterprise 5, field 501; main indicator explanation (5)`,
  },
  entries: [
    {
      code: "CMM",
      label: { zh: "CMM", en: "CMM" },
      definition: {
        zh: "软件能力成熟度模型认证，软件开发过程改进与评估的工业标准。",
        en: "Capability Maturity Model for Software certification, the industry standard for improving and assessing the software development process.",
      },
      children: levels("CMM"),
    },
    {
      code: "CMMI",
      label: { zh: "CMM(I)", en: "CMM(I)" },
      definition: {
        zh: "软件能力成熟度模型集成认证，CMM 认证升级版，包括软件开发、系统集成、软硬件采购等过程改进标准。",
        en: "Capability Maturity Model Integration certification, the upgraded version of CMM certification, covering process improvement standards for software development, system integration, software and hardware procurement and the like.",
      },
      children: levels("CMMI"),
    },
    {
      code: "OTHERS",
      label: { zh: "其他", en: "Others" },
      children: [
        {
          code: "PCMM",
          label: { zh: "PCMM", en: "PCMM" },
          definition: {
            zh: "人力资本成熟度模型认证，人力资本管理流程改进与优化标准。",
            en: "People Capability Maturity Model certification, a standard for improving and optimising human capital management processes.",
          },
        },
        {
          code: "ISO27001/BS7799",
          label: { zh: "ISO27001/BS7799", en: "ISO27001/BS7799" },
          definition: {
            zh: "信息安全管理认证，信息安全管理流程及体系的改进优化标准。",
            en: "Information security management certification, a standard for improving and optimising information security management processes and systems.",
          },
        },
        {
          code: "ISO20000",
          label: { zh: "ISO20000", en: "ISO20000" },
          definition: {
            zh: "信息技术服务管理体系认证，IT服务管理体系的建立、实施、运作、监控、评审、维护和改进标准。",
            en: "Information technology service management system certification, a standard for establishing, implementing, operating, monitoring, reviewing, maintaining and improving an IT service management system.",
          },
        },
        {
          code: "SOC1",
          label: { zh: "SOC 1", en: "SOC 1" },
          definition: {
            zh: "服务机构控制体系认证，保留了 SAS70 对财务内部控制的目的，同时增加了对信息安全，IT 流程管理的需求。",
            en: "Service organization control certification, which keeps the purpose of SAS70 regarding internal control over financial reporting and adds requirements for information security and IT process management.",
          },
        },
        {
          code: "AAALAC",
          label: { zh: "AAALAC", en: "AAALAC" },
          definition: {
            zh: "国际实验动物饲养评估认证，实验动物质量和生物安全水准的认可。",
            en: "International certification of laboratory animal care assessment, recognising the quality of laboratory animals and the level of biosafety.",
          },
        },
        {
          code: "GLP",
          label: { zh: "GLP", en: "GLP" },
          definition: {
            zh: "药物非临床研究质量管理规范，对药物安全性评价的实验设计、操作、记录、报告、监督等行为和实验室的规范要求。",
            en: "Good Laboratory Practice for non-clinical drug studies, normative requirements for the design, conduct, recording, reporting, supervision and other activities of drug safety evaluation experiments and for the laboratories.",
          },
        },
        {
          code: "ITIL",
          label: { zh: "ITIL", en: "ITIL" },
          definition: {
            zh: "信息技术基础架构库规范，IT 服务管理的国际标准。",
            en: "Information Technology Infrastructure Library, the international standard for IT service management.",
          },
        },
        {
          code: "COPC",
          label: { zh: "COPC", en: "COPC" },
          definition: {
            zh: "客户服务提供商标准，客户服务绩效和管理的认证标准。",
            en: "Standard for customer service providers, a certification standard for customer service performance and management.",
          },
        },
        {
          code: "SWIFT",
          label: { zh: "SWIFT", en: "SWIFT" },
          definition: {
            zh: "环球同业银行金融电讯协会结算系统，国际金融信息传输和确定系统。",
            en: "Settlement system of the Society for Worldwide Interbank Financial Telecommunication, an international system for transmitting and confirming financial information.",
          },
        },
        {
          code: "ISO9001",
          label: { zh: "ISO9001", en: "ISO9001" },
          definition: {
            zh: "国际质量管理体系标准。",
            en: "International quality management system standard.",
          },
        },
        {
          code: "ISO22301",
          label: { zh: "ISO22301", en: "ISO22301" },
          definition: {
            zh: "业务连续性管理标准，确保企业业务持续运作的管理流程标准，取代原 BS25999。",
            en: "Business continuity management standard, a management process standard that keeps an enterprise's business running; it replaces the former BS25999.",
          },
        },
        {
          code: "ISO14001",
          label: { zh: "ISO14001", en: "ISO14001" },
          definition: {
            zh: "环境管理体系认证。通过规范的动作程序及文件化的控制机制，防止任何组织对环境的不利影响。",
            en: "Environmental management system certification. Through standardised operating procedures and documented control mechanisms, it prevents adverse effects of any organisation on the environment.",
          },
        },
        {
          code: "ISO50001",
          label: { zh: "ISO50001", en: "ISO50001" },
          definition: {
            zh: "能源管理体系标准。改进消减温室气体排放、评估新能源效率技术的实施。",
            en: "Energy management system standard. It improves the reduction of greenhouse gas emissions and assesses the implementation of new energy efficiency technologies.",
          },
        },
        {
          code: "OHSAS18001",
          label: { zh: "OHSAS18001", en: "OHSAS18001" },
          definition: {
            zh: "职业健康安全管理体系认证。用人单位建立职业安全健康管理体系标准。",
            en: "Occupational health and safety management system certification. The standard by which employers establish an occupational safety and health management system.",
          },
        },
        {
          code: "CC-CMM",
          label: { zh: "CC-CMM", en: "CC-CMM" },
          definition: {
            zh: "客户中心能力成熟度模型认证，包含客户中心运营机构能力成熟度标准、客户中心专业园区能力成熟度标准及客户中心管理人员标准，呼叫中心相关机构的国际性标准规范。",
            en: "Customer Centre Capability Maturity Model certification, comprising capability maturity standards for customer centre operators, capability maturity standards for customer centre specialised parks and standards for customer centre managers; an international standard for call-centre-related organisations.",
          },
        },
        {
          code: "PCIDSS",
          label: { zh: "PCI DSS", en: "PCI DSS" },
          definition: {
            zh: "支付卡行业数据安全标准。对所有涉及信用卡业务的信息机构的安全标准。",
            en: "Payment Card Industry Data Security Standard. The security standard for all information organisations involved in credit card business.",
          },
        },
        {
          code: "ISO17025",
          label: { zh: "ISO17025", en: "ISO17025" },
          definition: {
            zh: "实验室管理标准，适用于开展研发外包业务的企业。",
            en: "Laboratory management standard, applicable to enterprises conducting research and development outsourcing business.",
          },
        },
        {
          code: "ITSS",
          label: { zh: "ITSS", en: "ITSS" },
          definition: {
            zh: "信息技术服务标准，IT服务行业的最佳实践总结。",
            en: "Information Technology Service Standards, a summary of best practice in the IT service industry.",
          },
        },
        {
          code: "ISO26262",
          label: { zh: "ISO26262", en: "ISO26262" },
          definition: {
            zh: "汽车电子功能安全标准，旨在提高汽车电子、电气产品功能安全。",
            en: "Automotive electronics functional safety standard, aimed at improving the functional safety of automotive electronic and electrical products.",
          },
        },
        { code: "OTHER", label: { zh: "上述范围外的其他认证", en: "Other certification not listed above" } },
      ],
    },
  ],
};
