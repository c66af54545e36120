import type { Plugin } from "vite";
import type { ApiReference } from "../src/api-reference/types";

export const referencedPackages: ReadonlyArray<{ name: string; entry: string }>;
export function generateApiReference(): Promise<ApiReference>;
export function apiReferencePlugin(): Plugin;
