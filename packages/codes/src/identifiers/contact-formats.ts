// Contact details of 企业1表 field 120. Every check is a single pass or a regex without nested
// repetition, so run time stays linear in the input.

/** 长途区号: 010, 02x, or 0 followed by three digits starting 3–9 (0371, 0755…). */
export function isAreaCode(value: string): boolean {
  return /^0(?:10|2\d|[3-9]\d\d)$/.test(value);
}

/** 固定电话 as □□□□□□□□-□□□□□□: a 7–8 digit local number (not starting 0 or 1), optional extension. */
export function isLandline(value: string): boolean {
  return /^[2-9]\d{6,7}(?:-\d{1,6})?$/.test(value);
}

/** 移动电话: 11 digits starting 13–19. */
export function isMobile(value: string): boolean {
  return /^1[3-9]\d{9}$/.test(value);
}

const localChar = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~.-]$/u;
const labelChars = /^[\p{L}\p{N}-]+$/u;

/** A practical address check: one @, a dot-atom local part, and a domain of at least two labels. */
export function isEmail(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.indexOf("@");
  if (at <= 0 || at !== value.lastIndexOf("@")) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || local.startsWith(".") || local.endsWith(".") || local.includes("..")) return false;
  for (const ch of local) if (!localChar.test(ch)) return false;
  const labels = domain.split(".");
  if (labels.length < 2) return false;
  for (const label of labels) {
    if (label.length === 0 || label.length > 63 || !labelChars.test(label)) return false;
    if (label.startsWith("-") || label.endsWith("-")) return false;
  }
  // A top-level domain is never all digits (that would be an IP address).
  return !/^\d+$/.test(labels[labels.length - 1] as string);
}

/** An absolute http or https URL with a dotted host name, as the URL parser reads it. */
export function isWebUrl(value: string): boolean {
  if (/\s/u.test(value)) return false;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const host = url.hostname;
  // As for an address's domain: a host name of at most 253 characters, labels of at most 63.
  if (host.length > 253 || host.split(".").some((label) => label.length > 63)) return false;
  return host.includes(".") && !host.startsWith(".") && !host.endsWith(".") && !host.includes("..");
}
