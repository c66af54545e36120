// The part of i18next that createI18n and the renderer use. createLightI18n builds on it (the form's
// own instance when the host passes none), and the embed's script carries it in place of i18next
// (packages/embed/vite.config.ts aliases "i18next" here): i18next itself is about 16 kB gzip, as much
// as everything but React that a page needs to show a form; this is under 1 kB. It follows i18next's
// rules for what it covers: a key looked up in each namespace, then in the language, its language
// part and the fallback; `_zero` and the Intl plural form before the bare key; `{{name}}` filled in,
// a variable not given left as it is; a missing key answered by its default value, else the key.
// i18next-subset.test.ts checks every tianbiao string in every language against i18next itself.
// Not covered (tianbiao's strings do not use them): nesting `$t(…)`, formats `{{x, number}}`,
// context, ordinal plurals, `{{- x}}`, returned objects, backends and events.

import { setAt } from "@tianbiao/core";

type Tree = { [key: string]: unknown };

interface InitOptions {
  lng?: string;
  fallbackLng?: string;
  ns?: string[];
  defaultNS?: string;
  resources?: Record<string, Record<string, Tree>>;
}

type TOptions = Record<string, unknown> & {
  lng?: string;
  ns?: string;
  count?: number;
  defaultValue?: unknown;
};

const rules = new Map<string, Intl.PluralRules>();

function pluralSuffix(code: string, count: number): string {
  let rule = rules.get(code);
  if (!rule) {
    rule = new Intl.PluralRules(code);
    rules.set(code, rule);
  }
  return `_${rule.select(count)}`;
}

function lookup(tree: unknown, key: string): unknown {
  if (tree === undefined) return undefined;
  let node: unknown = tree;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Tree)[part];
  }
  return node;
}

function interpolate(text: string, values: Record<string, unknown>): string {
  return text.replace(/\{\{([^{}]+)\}\}/g, (match, name: string) => {
    const key = name.trim();
    if (!Object.hasOwn(values, key)) return match;
    const value = values[key];
    return value == null ? "" : String(value);
  });
}

class Subset {
  language = "";
  isInitialized = false;
  private options: Required<Pick<InitOptions, "fallbackLng" | "ns" | "defaultNS">> = {
    fallbackLng: "dev",
    ns: ["translation"],
    defaultNS: "translation",
  };
  private data: Record<string, Record<string, Tree>> = {};

  init(options: InitOptions): this {
    this.options = {
      fallbackLng: options.fallbackLng ?? "dev",
      ns: options.ns ?? ["translation"],
      defaultNS: options.defaultNS ?? "translation",
    };
    this.data = options.resources ?? {};
    this.language = options.lng ?? "";
    this.isInitialized = true;
    return this;
  }

  changeLanguage(lng: string): Promise<unknown> {
    this.language = lng;
    return Promise.resolve(this.getFixedT(lng));
  }

  private codes(lng: string): string[] {
    return [...new Set([lng, lng.split("-")[0] ?? lng, this.options.fallbackLng])];
  }

  private find(key: string, options: TOptions): { found: unknown; key: string } {
    let ns = options.ns ?? this.options.defaultNS;
    const colon = key.indexOf(":");
    if (colon > 0 && this.options.ns.includes(key.slice(0, colon))) {
      ns = key.slice(0, colon);
      key = key.slice(colon + 1);
    }
    const count = typeof options.count === "number" ? options.count : undefined;
    for (const code of this.codes(options.lng ?? this.language)) {
      const tree = this.data[code]?.[ns];
      const keys = [key];
      if (count !== undefined) {
        keys.unshift(`${key}${pluralSuffix(code, count)}`);
        if (count === 0) keys.unshift(`${key}_zero`);
      }
      for (const candidate of keys) {
        const found = lookup(tree, candidate);
        if (found !== undefined && found !== null) return { found, key };
      }
    }
    return { found: undefined, key };
  }

  t = (key: string, options: TOptions = {}): string => {
    const { found, key: bare } = this.find(key, options);
    const text =
      typeof found === "string"
        ? found
        : options.defaultValue !== undefined
          ? String(options.defaultValue)
          : bare;
    return interpolate(text, options);
  };

  exists(key: string, options: TOptions = {}): boolean {
    return this.find(key, options).found !== undefined;
  }

  getFixedT(lng: string): (key: string, options?: TOptions) => string {
    return (key, options) => this.t(key, { ...options, lng });
  }

  /**
   * As i18next's, but the objects on the path it writes are copied, not changed: instances made by
   * createLightI18n share the registered strings, which must stay as they are. (So a string added
   * under "ui." of the default namespace later is not seen in the namespace "ui", which i18next
   * shares by reference; the renderer adds none.)
   */
  addResource(lng: string, ns: string, key: string, value: string): this {
    const namespaces = this.data[lng] ?? {};
    this.data[lng] = namespaces;
    namespaces[ns] = setAt(namespaces[ns] ?? {}, key, value);
    return this;
  }
}

/** A new instance, as i18next's createInstance; call `init` before use. */
export function createInstance(): Subset {
  return new Subset();
}

export default createInstance();
