import type { Submission, TableFixtures } from "@tianbiao/core";
import { breaking, headerBreakages } from "./fixture-tools";
import { bridgeway, bridgewayFooter, huizhi, huizhiFooter } from "./shared.fixtures";

// The matrix value from `code: current` pairs, with last year's figures for 601, 611 and 621.
function figures(
  previous: Record<601 | 611 | 621, number>,
  current: Record<number, number>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const [code, value] of Object.entries(current)) out[code] = { current: value };
  for (const [code, value] of Object.entries(previous)) out[code] = { previous: value, ...out[code] };
  return out;
}

const valid: Submission = {
  platformName: { chineseName: huizhi.platformName, englishName: huizhi.platformEnglishName },
  creditCode: huizhi.creditCode,
  entityName: huizhi.name,
  reportPeriod: "2024",
  platform: figures(
    { 601: 1860, 611: 3420, 621: 5230 },
    {
      601: 2435,
      602: 1210,
      603: 35,
      604: 1150,
      605: 180,
      606: 320,
      607: 25,
      608: 410,
      609: 215,
      611: 4108,
      612: 2650,
      613: 1458,
      614: 820,
      615: 356,
      616: 172,
      617: 74,
      618: 36,
      621: 6875,
      622: 18640.5,
      623: 1260.8,
      624: 9850.2,
      625: 5320.6,
      626: 2980.4,
    },
  ),
  ...huizhiFooter("2025-01-09"),
};

const english: Submission = {
  platformName: { chineseName: bridgeway.platformName, englishName: bridgeway.platformEnglishName },
  creditCode: bridgeway.creditCode,
  entityName: bridgeway.name,
  reportPeriod: "2024",
  platform: figures(
    { 601: 640, 611: 1250, 621: 1480 },
    {
      601: 915,
      602: 380,
      603: 0,
      604: 520,
      605: 140,
      606: 95,
      607: 0,
      608: 210,
      609: 75,
      611: 1730,
      612: 1100,
      613: 630,
      614: 400,
      615: 130,
      616: 55,
      617: 30,
      618: 15,
      621: 2210,
      622: 6420,
      623: 0,
      624: 3980.5,
      625: 1620,
      626: 819.5,
    },
  ),
  ...bridgewayFooter("2025-01-07"),
};

/** Sample filings of 服务外包统平台１表. */
export const platform1Fixtures: TableFixtures = {
  valid,
  english,
  invalid: [
    ...headerBreakages(valid, huizhi.creditCodeBadCheck),
    breaking(
      valid,
      "no-chinese-platform-name",
      { rule: "required", path: "platformName.chineseName" },
      { zh: "平台中文名称未填。", en: "The platform's Chinese name is missing." },
      { "platformName.chineseName": undefined },
    ),
    breaking(
      valid,
      "half-a-buyer",
      { rule: "integer", path: "platform.601.previous" },
      { zh: "601 上年同期采购商数量为1860.5家。", en: "601 number of buyers last year is 1,860.5." },
      { "platform.601.previous": 1860.5 },
    ),
    breaking(
      valid,
      "buyers-above-total",
      { rule: "buyers-within-total", path: "platform.601.current" },
      {
        zh: "602–604 合计2485家，多于601 采购商数量2435家。",
        en: "602–604 add up to 2,485, more than 601 number of buyers, 2,435.",
      },
      { "platform.602.current": 1300 },
    ),
    breaking(
      valid,
      "buyer-industries-not-summed",
      { rule: "enterprise-buyers-by-industry", path: "platform.604.current" },
      {
        zh: "605–609 合计1160家，不等于604 企业采购商1150家。",
        en: "605–609 add up to 1,160, not 604 enterprise buyers, 1,150.",
      },
      { "platform.609.current": 225 },
    ),
    breaking(
      valid,
      "suppliers-above-total",
      { rule: "suppliers-within-total", path: "platform.611.current" },
      {
        zh: "612–613 合计4158家，多于611 供应商数量4108家。",
        en: "612–613 add up to 4,158, more than 611 number of suppliers, 4,108.",
      },
      { "platform.612.current": 2700 },
    ),
    breaking(
      valid,
      "supplier-sizes-not-summed",
      { rule: "enterprise-suppliers-by-size", path: "platform.613.current" },
      {
        zh: "614–618 合计1462家，不等于613 企业供应商1458家。",
        en: "614–618 add up to 1,462, not 613 enterprise suppliers, 1,458.",
      },
      { "platform.618.current": 40 },
    ),
    breaking(
      valid,
      "own-projects-above-amount",
      { rule: "own-projects-within-amount", path: "platform.623.current" },
      {
        zh: "623 平台主体自营项目19000万元，多于622 交易项目金额18640.5万元。",
        en: "623 own projects, CNY 190 million, are more than 622 transaction amount, CNY 186.405 million.",
      },
      { "platform.623.current": 19000 },
    ),
    breaking(
      valid,
      "outsourcing-projects-above-amount",
      { rule: "outsourcing-projects-within-amount", path: "platform.622.current" },
      {
        zh: "624–626 合计18670.8万元，多于622 交易项目金额18640.5万元。",
        en: "624–626 add up to CNY 186.708 million, more than 622 transaction amount, CNY 186.405 million.",
      },
      { "platform.626.current": 3500 },
    ),
  ],
};
