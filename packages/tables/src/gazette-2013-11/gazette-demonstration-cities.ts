import { demonstrationCities } from "@tianbiao/codes";
import type { ReferenceTable } from "@tianbiao/core";
import type { TableModule } from "../types";
import { outlineIssuer, outlineSource } from "./outline";

const table: ReferenceTable = {
  id: "gazette-demonstration-cities",
  kind: "reference",
  title: { zh: "服务外包示范城市", en: "Service outsourcing demonstration city list" },
  issuer: outlineIssuer,
  source: outlineSource({ zh: "七、服务外包示范城市", en: "part 7: Service outsourcing demonstration city" }),
  notes: [
    {
      zh: "由国家认定，开展承接国际服务外包业务、促进国际服务外包产业发展，并享受相关优惠政策的试点城市。截至2011年1月份，共认定北京、天津、上海、重庆、大连、深圳、广州、武汉、哈尔滨、成都、南京、西安、济南、杭州、合肥、南昌、长沙、大庆、苏州、无锡、厦门等21个城市为中国服务外包示范城市。",
      en: "A pilot city recognised by the state that undertakes international service outsourcing business, promotes the development of the international service outsourcing industry and enjoys the related preferential policies. As of January 2011, 21 cities had been recognised, each as a China service outsourcing demonstration city: Beijing, Tianjin, Shanghai, Chongqing, Dalian, Shenzhen, Guangzhou, Wuhan, Harbin, Chengdu, Nanjing, Xi'an, Jinan, Hangzhou, Hefei, Nanchang, Changsha, Daqing, Suzhou, Wuxi and Xiamen.",
    },
  ],
  discrepancies: [
    {
      zh: "原文以一句话列出城市，未印成表格；此处每城一行，按原文顺序，共 21 行，与原文“21个城市”一致。",
      en: "The document lists the cities in one sentence, not as a table; here each city is one row in the printed order, 21 rows, matching the 21 cities the text states.",
    },
  ],
  columns: [{ id: "city", label: { zh: "城市", en: "City" } }],
  // The list is typed once, in @tianbiao/codes, in the printed order.
  rows: demonstrationCities.entries.map((city) => ({ id: city.code, cells: { city: city.label } })),
};

/** 纲要 附录 七: the 21 service outsourcing demonstration cities recognised by January 2011. */
export const gazetteDemonstrationCities: TableModule = { table };
