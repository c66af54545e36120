import type { ReferenceTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import { gazetteSource } from "./source";

type StandardRow = readonly [standardNo: string, zh: string, en: string];

// 序号 is the position in this list; every standard takes effect on the same printed date.
const standards: readonly StandardRow[] = [
  [
    "SB/T 10850—2012",
    "区域性大型再生资源回收利用基地建设管理规范",
    "Specification for the construction and management of regional large-scale renewable resource recycling bases",
  ],
  ["SB/T 10851—2012", "会议中心运营服务规范", "Operation and service specification for conference centres"],
  ["SB/T 10852—2012", "展览场馆运营服务规范", "Operation and service specification for exhibition venues"],
  [
    "SB/T 10853—2012",
    "展览服务(布展工程)单位经营服务规范",
    "Business and service specification for exhibition service (exhibition installation) entities",
  ],
  [
    "SB/T 10358—2012",
    "专业性展览会等级的划分及评定",
    "Classification and assessment of the grades of specialised exhibitions",
  ],
  [
    "SB/T 10854—2012",
    "商业特许经营管理规范 居民服务业",
    "Management specification for commercial franchising: resident services",
  ],
  [
    "SB/T 10855—2012",
    "商业特许经营管理规范 住宿餐饮业",
    "Management specification for commercial franchising: accommodation and catering",
  ],
  ["SB/T 10856—2012", "团餐管理服务规范", "Management and service specification for group catering"],
  ["SB/T 10857—2012", "餐饮配送服务规范", "Service specification for catering delivery"],
  [
    "SB/T 10858—2012",
    "餐饮企业信用等级评价规范",
    "Specification for the credit rating of catering enterprises",
  ],
  ["SB/T 10859—2012", "饭店婚庆接待服务规范", "Service specification for wedding receptions in hotels"],
  ["SB/T 10860—2012", "二手叉车流通技术要求", "Technical requirements for the circulation of used forklifts"],
  [
    "SB/T 10861—2012",
    "二手沥青搅拌设备流通技术要求",
    "Technical requirements for the circulation of used asphalt mixing equipment",
  ],
  [
    "SB/T 10862—2012",
    "二手沥青搅拌设备技术说明书编制规则",
    "Rules for drafting the technical descriptions of used asphalt mixing equipment",
  ],
  [
    "SB/T 10863—2012",
    "家用电冰箱维修服务技术规范",
    "Technical specification for repair services for household refrigerators",
  ],
  [
    "SB/T 10864—2012",
    "家用燃气灶具拆装和维修服务技术规范",
    "Technical specification for removal, installation and repair services for household gas cookers",
  ],
  [
    "SB/T 10865—2012",
    "家用电动洗衣机拆装和维修服务技术规范",
    "Technical specification for removal, installation and repair services for household electric washing machines",
  ],
  [
    "SB/T 10866—2012",
    "家用平板电视接收机安装架技术规范与使用要求",
    "Technical specification and usage requirements for mounting brackets of household flat-panel television receivers",
  ],
  [
    "SB/T 10867—2012",
    "家用储水式电热水器拆装和维修服务技术规范",
    "Technical specification for removal, installation and repair services for household storage electric water heaters",
  ],
  [
    "SB/T 10868—2012",
    "家用燃气快速热水器拆装和维修服务技术规范",
    "Technical specification for removal, installation and repair services for household instantaneous gas water heaters",
  ],
  [
    "SB/T 10869—2012",
    "家用生活饮用水反渗透处理器具拆装和维修服务技术规范",
    "Technical specification for removal, installation and repair services for household reverse-osmosis drinking water treatment appliances",
  ],
  [
    "SB/T 10870.1—2012",
    "农产品产地集配中心建设规范",
    "Construction specification for collection and distribution centres of agricultural products in producing areas",
  ],
  [
    "SB/T 10871—2012",
    "农产品销地交易配送专区建设规范",
    "Construction specification for trading and distribution zones of agricultural products in consuming areas",
  ],
  [
    "SB/T 10872—2012",
    "农产品批发市场商品经营管理规范 第1部分：茶叶",
    "Management specification for commodity trading in agricultural product wholesale markets, Part 1: Tea",
  ],
  [
    "SB/T 10873—2012",
    "生鲜农产品配送中心管理技术规范",
    "Technical specification for the management of fresh agricultural product distribution centres",
  ],
  ["SB/T 10029—2012", "新鲜蔬菜分类与代码", "Classification and codes of fresh vegetables"],
  ["SB/T 10158—2012", "新鲜蔬菜包装与标识", "Packaging and labelling of fresh vegetables"],
  [
    "SB/T 10874—2012",
    "肉蛋制品加工厂节水要求",
    "Water-saving requirements for meat and egg product processing plants",
  ],
  ["SB/T 10875—2012", "胶基糖果用胶基", "Gum base for chewing gum"],
  ["SB/T 10876—2012", "淡水小龙虾购销规范", "Specification for the purchase and sale of freshwater crayfish"],
  ["SB/T 10877—2012", "冷冻对虾购销规范", "Specification for the purchase and sale of frozen prawns"],
  ["SB/T 10878—2012", "速冻龙虾", "Quick-frozen lobster"],
  ["SB/T 10879—2012", "大白菜流通规范", "Circulation specification for Chinese cabbage"],
  ["SB/T 10880—2012", "萝卜流通规范", "Circulation specification for radish"],
  ["SB/T 10881—2012", "南瓜流通规范", "Circulation specification for pumpkin"],
  ["SB/T 10882—2012", "大蒜流通规范", "Circulation specification for garlic"],
  ["SB/T 10883—2012", "佛手瓜流通规范", "Circulation specification for chayote"],
  ["SB/T 10884—2012", "火龙果流通规范", "Circulation specification for pitaya"],
  ["SB/T 10885—2012", "香蕉流通规范", "Circulation specification for bananas"],
  ["SB/T 10886—2012", "莲雾流通规范", "Circulation specification for wax apples"],
  [
    "SB/T 10887—2012",
    "蒜苔保鲜贮藏技术规范",
    "Technical specification for the fresh-keeping storage of garlic scapes",
  ],
  ["SB/T 10888—2012", "畜禽肉批发交易规程", "Wholesale trading rules for livestock and poultry meat"],
  ["SB/T 10889—2012", "预包装蔬菜流通规范", "Circulation specification for prepackaged vegetables"],
  ["SB/T 10890—2012", "预包装水果流通规范", "Circulation specification for prepackaged fruit"],
  ["SB/T 10891—2012", "预包装鲜梨流通规范", "Circulation specification for prepackaged fresh pears"],
  ["SB/T 10892—2012", "预包装鲜苹果流通规范", "Circulation specification for prepackaged fresh apples"],
  [
    "SB/T 10893—2012",
    "预包装鲜食莲藕流通规范",
    "Circulation specification for prepackaged fresh lotus roots",
  ],
  [
    "SB/T 10894—2012",
    "预包装鲜食葡萄流通规范",
    "Circulation specification for prepackaged fresh table grapes",
  ],
  ["SB/T 10895—2012", "鲜蛋包装与标识", "Packaging and labelling of fresh eggs"],
  ["SB/T 10896—2012", "结构木材 加压法阻燃处理", "Structural timber: pressure fire-retardant treatment"],
  [
    "SB/T 10539.2—2012",
    "动产典当操作技术规范 第2部分：机动车典当",
    "Technical operating specification for pawning movable property, Part 2: Motor vehicle pawning",
  ],
];

const effectiveDate = { zh: "2013年7月1日", en: "1 July 2013" };

const table: ReferenceTable = {
  id: "gazette-domestic-trade-standards",
  kind: "reference",
  title: {
    zh: "51项国内贸易行业标准编号、名称及实施日期",
    en: "Numbers, names and implementation dates of 51 domestic trade industry standards",
  },
  issuer: { zh: "中华人民共和国商务部", en: "Ministry of Commerce of the People's Republic of China" },
  source: gazetteSource({
    zh: "中华人民共和国商务部公告 2013 年第 1 号 附件",
    en: "Announcement No. 1, 2013 of the Ministry of Commerce, annex",
  }),
  notes: [
    {
      zh: "《区域性大型再生资源回收利用基地建设管理规范》等51项国内贸易行业标准已经商务部审核,现予公布。",
      en: "The Specification for the construction and management of regional large-scale renewable resource recycling bases and 50 other domestic trade industry standards, 51 in all, have been reviewed by the Ministry of Commerce and are hereby published.",
    },
  ],
  discrepancies: [
    {
      zh: "表格跨页处重复印出表头（序号、标准编号、标准名称、实施日期），此处只保留一次；行数核对为 51 行，与标题所称 51 项一致。",
      en: "The header row (serial number, standard number, standard name, implementation date) is printed again where the table crosses a page; it is kept once here. The rows were counted: 51, as the title states.",
    },
  ],
  columns: [
    { id: "serialNo", label: { zh: "序号", en: "No." } },
    { id: "standardNo", label: { zh: "标准编号", en: "Standard number" } },
    { id: "name", label: { zh: "标准名称", en: "Standard name" } },
    { id: "effectiveDate", label: { zh: "实施日期", en: "Implementation date" } },
  ],
  rows: standards.map(([standardNo, zh, en], index) => ({
    id: String(index + 1),
    cells: {
      serialNo: { zh: String(index + 1), en: String(index + 1) },
      standardNo: { zh: standardNo, en: standardNo },
      name: { zh, en },
      effectiveDate,
    },
  })),
};

/** 商务部公告2013年第1号 附件: the 51 domestic trade industry standards, as printed. */
export const gazetteDomesticTradeStandards: TableModule = { table };
