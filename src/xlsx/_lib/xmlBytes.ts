/**
 * Byte-level helpers for the XML scanners: the parts of an .xlsx are UTF-8, and everything the
 * scanners look for (`<`, `>`, quotes, element names) is ASCII, so they walk the bytes and decode
 * only the text they keep. No Node API: the same code runs in the browser workbench.
 */

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const AMP = 0x26;
const CR = 0x0d;
const QUOT = 0x22;
const APOS = 0x27;
const COLON = 0x3a;
const EQUALS = 0x3d;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Thrown for XML that is not well formed; the part reader names the part for the user. */
export class XmlError extends Error {
  constructor(message: string, at: number) {
    super(`${message} at byte ${at}`);
    this.name = 'XmlError';
  }
}

/** True for the bytes that end an element or attribute name. */
export function isNameEnd(byte: number): boolean {
  return (
    byte === 0x20 ||
    byte === GT ||
    byte === SLASH ||
    byte === 0x0a ||
    byte === 0x09 ||
    byte === CR ||
    byte === EQUALS
  );
}

/** Where a name ends: the first space, `/`, `>` or `=` after `from`. */
export function findNameEnd(data: Uint8Array, from: number): number {
  let i = from;
  while (i < data.length && !isNameEnd(data[i])) i++;
  return i;
}

/** Where the local part of a name starts: after its prefix and colon, if it has one. */
export function localStart(data: Uint8Array, start: number, end: number): number {
  for (let i = start; i < end; i++) if (data[i] === COLON) return i + 1;
  return start;
}

/** True when the bytes from `start` to `end` spell `word` (ASCII). */
export function bytesAre(data: Uint8Array, start: number, end: number, word: string): boolean {
  if (end - start !== word.length) return false;
  for (let i = 0; i < word.length; i++) if (data[start + i] !== word.charCodeAt(i)) return false;
  return true;
}

/** Where one attribute's name and value lie, filled in by `nextAttribute`. */
export type AttributeBounds = {
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
};

/**
 * Reads the attribute at or after `from` in a start tag into `into`, and returns where to look
 * for the next one; at the end of the tag returns minus one minus the index of its `>` (so a
 * caller loops without allocating). Quoted values may hold `>`.
 */
export function nextAttribute(data: Uint8Array, from: number, into: AttributeBounds): number {
  let i = from;
  let byte = data[i];
  while (byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === CR) byte = data[++i];
  if (byte === GT) return -1 - i;
  if (byte === SLASH && data[i + 1] === GT) return -2 - i;
  if (i >= data.length) throw new XmlError('Unclosed tag', from);
  into.nameStart = i;
  while (i < data.length && !isNameEnd(data[i])) i++;
  into.nameEnd = i;
  while (data[i] === 0x20) i++;
  if (data[i] !== EQUALS) throw new XmlError('Attribute without a value', into.nameStart);
  i++;
  while (data[i] === 0x20) i++;
  const quote = data[i];
  if (quote !== QUOT && quote !== APOS) throw new XmlError('Unquoted attribute', i);
  into.valueStart = ++i;
  while (i < data.length && data[i] !== quote) i++;
  if (i === data.length) throw new XmlError('Unclosed attribute', into.valueStart);
  into.valueEnd = i;
  return i + 1;
}

const scratch: AttributeBounds = { nameStart: 0, nameEnd: 0, valueStart: 0, valueEnd: 0 };

/**
 * Calls `onAttribute` with each attribute of the tag whose name ends at `from`, and returns the
 * index of the tag's closing `>`.
 */
export function scanAttributes(
  data: Uint8Array,
  from: number,
  onAttribute?: (attribute: AttributeBounds) => void,
): number {
  let next = nextAttribute(data, from, scratch);
  while (next >= 0) {
    onAttribute?.(scratch);
    next = nextAttribute(data, next, scratch);
  }
  return -1 - next;
}

/** Skips a comment, CDATA section, processing instruction or DOCTYPE at `lt`; returns the index after it. */
export function skipMarkup(data: Uint8Array, lt: number): number {
  const second = data[lt + 1];
  if (second === QUESTION) return afterSequence(data, lt + 2, '?>');
  if (data[lt + 2] === 0x2d && data[lt + 3] === 0x2d) return afterSequence(data, lt + 4, '-->');
  if (data[lt + 2] === 0x5b) return afterSequence(data, lt + 9, ']]>');
  // A DOCTYPE could declare entities; no Office writer emits one, so refuse it rather than expand.
  throw new XmlError('Unexpected DOCTYPE', lt);
}

/** True when a CDATA section starts at `lt`. */
export function isCdata(data: Uint8Array, lt: number): boolean {
  return data[lt + 1] === BANG && data[lt + 2] === 0x5b;
}

/** The index just after the next `sequence` at or after `from`. */
export function afterSequence(data: Uint8Array, from: number, sequence: string): number {
  const first = sequence.charCodeAt(0);
  for (let i = data.indexOf(first, from); i >= 0; i = data.indexOf(first, i + 1)) {
    let k = 1;
    while (k < sequence.length && data[i + k] === sequence.charCodeAt(k)) k++;
    if (k === sequence.length) return i + k;
  }
  throw new XmlError(`Missing ${sequence}`, from);
}

/** The text of a CDATA section at `lt` (kept as it is: no entities inside) and the index after it. */
export function readCdata(data: Uint8Array, lt: number): [text: string, next: number] {
  const next = afterSequence(data, lt + 9, ']]>');
  return [decodeUtf8(data, lt + 9, next - 3), next];
}

/** XML character data between two offsets: UTF-8 decoded, line ends normalised, entities resolved. */
export function decodeText(data: Uint8Array, start: number, end: number): string {
  for (let i = start; i < end; i++) {
    const byte = data[i];
    if (byte >= 0x80 || byte === AMP || byte === CR) return decodeSlowly(data, start, end);
  }
  return decodeAscii(data, start, end);
}

function decodeSlowly(data: Uint8Array, start: number, end: number): string {
  let text = decodeUtf8(data, start, end);
  // XML turns a literal CR (alone or before LF) into LF; `&#13;` stays a CR, so do this first.
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  return text.includes('&') ? decodeEntities(text) : text;
}

function decodeUtf8(data: Uint8Array, start: number, end: number): string {
  try {
    return utf8.decode(data.subarray(start, end));
  } catch {
    throw new XmlError('Text that is not UTF-8', start);
  }
}

/** ASCII bytes as a string; short runs (cell values) are cheaper one code at a time. */
export function decodeAscii(data: Uint8Array, start: number, end: number): string {
  if (end - start > 64) return utf8.decode(data.subarray(start, end));
  let text = '';
  for (let i = start; i < end; i++) text += String.fromCharCode(data[i]);
  return text;
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Resolves the five named entities and numeric character references; any other `&` is an error. */
export function decodeEntities(text: string): string {
  let out = '';
  let from = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', from)) {
    const semi = text.indexOf(';', amp);
    const name = semi < 0 ? '' : text.slice(amp + 1, semi);
    out += text.slice(from, amp) + resolveEntity(name);
    from = semi + 1;
  }
  return out + text.slice(from);
}

function resolveEntity(name: string): string {
  const named = NAMED[name];
  if (named !== undefined) return named;
  const hex = name.startsWith('#x') || name.startsWith('#X');
  const digits = name.slice(hex ? 2 : 1);
  const code = name.startsWith('#') ? parseInt(digits, hex ? 16 : 10) : NaN;
  const valid = /^[0-9A-Fa-f]+$/.test(digits) && (hex || /^[0-9]+$/.test(digits));
  if (!valid || !(code >= 1 && code <= 0x10ffff)) throw new XmlError(`Unknown entity &${name};`, 0);
  return String.fromCodePoint(code);
}

/**
 * Reads an element's character data from `from` (just after its start tag) up to the next tag,
 * joining CDATA sections, and hands it over; returns where the next tag starts.
 */
export function readTextContent(
  data: Uint8Array,
  from: number,
  take: (text: string) => void,
): number {
  let lt = from;
  while (lt < data.length && data[lt] !== LT) lt++;
  if (lt === data.length) throw new XmlError('Unclosed element', from);
  if (!isCdata(data, lt)) {
    take(decodeText(data, from, lt));
    return lt;
  }
  let text = decodeText(data, from, lt);
  while (isCdata(data, lt)) {
    const [cdata, next] = readCdata(data, lt);
    lt = data.indexOf(LT, next);
    if (lt < 0) throw new XmlError('Unclosed element', next);
    text += cdata + decodeText(data, next, lt);
  }
  take(text);
  return lt;
}
