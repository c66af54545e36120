import type { TableModule } from "../types";
import { gazetteAmmoniaEntry } from "./gazette-ammonia-entry";
import { gazetteAmmoniaLimits } from "./gazette-ammonia-limits";
import { gazetteCertificationTypes } from "./gazette-certification-types";
import { gazetteDemonstrationCities } from "./gazette-demonstration-cities";
import { gazetteDomesticTradeStandards } from "./gazette-domestic-trade-standards";
import { gazetteOutsourcingScope } from "./gazette-outsourcing-scope";

/** The tables of 中国对外经济贸易文告 2013年第11期, in printed order. */
export const gazetteTables: TableModule[] = [
  gazetteDomesticTradeStandards,
  gazetteAmmoniaLimits,
  gazetteAmmoniaEntry,
  gazetteOutsourcingScope,
  gazetteDemonstrationCities,
  gazetteCertificationTypes,
];
