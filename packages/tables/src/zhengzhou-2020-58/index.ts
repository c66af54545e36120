import type { TableModule } from "../types";
import { guidanceCatalogue2018Table } from "./guidance-catalogue-2018";
import { zhengzhouSubsidyMeasures } from "./zhengzhou-subsidy-measures";

export {
  enterpriseYearlyCapText,
  enterpriseYearlyCapYuan,
  type SubsidyBase,
  type SubsidyMeasure,
  type SubsidyRecipient,
  type SubsidyRule,
  type SubsidyThreshold,
  type SubsidyUnit,
  subsidyMeasures,
  subsidyRules,
} from "./subsidy-rules";

/** The tables of 郑政办〔2020〕58号, in printed order. */
export const zhengzhouTables: TableModule[] = [zhengzhouSubsidyMeasures, guidanceCatalogue2018Table];
