import type { TableModule } from "../types";
import { cciipFunctionalAreasTable } from "./cciip-functional-areas";
import { cciipIndustriesTable } from "./cciip-industries";

/** The tables of 中投促函[2020] 25号, in printed order. */
export const cciipTables: TableModule[] = [cciipIndustriesTable, cciipFunctionalAreasTable];
