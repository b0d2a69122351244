/**
 * XML text for the document writers (ODT's XML parts, the charts as standalone SVG). One escape function:
 * every text and attribute value goes through `xmlEscape`, which also drops the characters XML 1.0 forbids
 * (control characters other than tab, line feed and carriage return, lone surrogates, U+FFFE and U+FFFF),
 * so that a stray control character in an entry cannot make the whole document unreadable.
 */

// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `value` without the characters XML 1.0 does not allow anywhere in a document. */
export function xmlSafe(value: string): string {
  return value.replace(FORBIDDEN, '');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value, escaped for XML (both quotes too) and without forbidden characters. */
export function xmlEscape(value: string): string {
  return xmlSafe(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** An element: `name`, attributes in the given order (undefined ones left out), and already-escaped content. */
export function xmlElement(name: string, attributes: Record<string, string | number | undefined> = {}, content?: string): string {
  let out = `<${name}`;
  for (const [key, value] of Object.entries(attributes)) {
    if (value !== undefined) out += ` ${key}="${xmlEscape(String(value))}"`;
  }
  return content === undefined || content === '' ? `${out}/>` : `${out}>${content}</${name}>`;
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
