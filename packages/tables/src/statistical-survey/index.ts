import type { TableModule } from "../types";
import { businessClassificationTable } from "./business-classification-2022";
import { city1 } from "./city-1";
import { city2 } from "./city-2";
import { city3 } from "./city-3";
import { enterprise1 } from "./enterprise-1";
import { enterprise2 } from "./enterprise-2";
import { enterprise3 } from "./enterprise-3";
import { enterprise4 } from "./enterprise-4";
import { enterprise5 } from "./enterprise-5";
import { platform1 } from "./platform-1";
import { platformRegistration } from "./platform-registration";
import { surveyCatalogue } from "./survey-catalogue";

/**
 * The tables of 国统制〔2022〕45号 服务外包统计调查制度: the nine statistical forms in 报表目录 order,
 * then the trading-platform registration form, the 报表目录 itself and 表1 of the business classification.
 */
export const statisticalSurveyTables: TableModule[] = [
  enterprise1,
  enterprise2,
  enterprise3,
  enterprise4,
  enterprise5,
  platform1,
  city1,
  city2,
  city3,
  platformRegistration,
  surveyCatalogue,
  businessClassificationTable,
];
