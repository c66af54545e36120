/** A member of an interface or class, as TypeDoc read it. */
export interface ApiMember {
  name: string;
  kind: string;
  optional: boolean;
  declaration: string;
  summary: string;
}

/** One export of a package's public entry point (scripts/api-reference.mjs makes these). */
export interface ApiEntry {
  id: string;
  package: string;
  name: string;
  kind: string;
  declaration: string;
  summary: string;
  source: string;
  members: ApiMember[];
}

export interface ApiReference {
  packages: string[];
  entries: ApiEntry[];
}
