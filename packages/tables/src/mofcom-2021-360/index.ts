import type { TableModule } from "../types";
import { keyEnterpriseApplication } from "./key-enterprise-application";

/** The tables of 商办服贸函〔2021〕360号. */
export const keyEnterpriseTables: TableModule[] = [keyEnterpriseApplication];
