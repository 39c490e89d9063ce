/**
 * Text as Excel stores it in XML: characters XML cannot carry (a carriage return, control
 * characters) are written as `_xHHHH_`, and a literal "_x" that would read as one is itself escaped
 * as `_x005F_`. Decoding them gives back what the user typed.
 */

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** Undoes Excel's `_xHHHH_` escapes; text without an underscore is returned as it is. */
export function decodeExcelText(text: string): string {
  if (text.indexOf('_x') < 0) return text;
  return text.replace(ESCAPE, (_match, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The element name without its namespace prefix: some writers use `<x:c>` for `<c>`. */
export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/** An XML boolean attribute ("1", "true"), as `date1904` and `hidden` are written. */
export function isXmlTrue(value: string | undefined): boolean {
  return value === '1' || value?.toLowerCase() === 'true';
}

const LITERAL_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;
// Characters XML 1.0 cannot hold or would normalise away (a carriage return becomes a line feed);
// tab and line feed are safe.
const UNSAFE_CHARS = /[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]/g;
const HAS_UNSAFE_CHAR = /[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]/;

/**
 * Escapes text the way Excel does before it goes into XML, so what the user typed survives a save:
 * a literal `_xHHHH_` gets its underscore escaped, and carriage returns and control characters
 * become `_xHHHH_`. The inverse of `decodeExcelText`.
 */
export function encodeExcelText(text: string): string {
  if (text.indexOf('_x') < 0 && !HAS_UNSAFE_CHAR.test(text)) return text;
  return text
    .replace(LITERAL_ESCAPE, '_x005F_x$1_')
    .replace(
      UNSAFE_CHARS,
      (char) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );
}
