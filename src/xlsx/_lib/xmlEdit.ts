/**
 * Editing an XML part in place, as bytes: the writer changes a few elements of a part and leaves
 * every other byte where it was, so what it does not understand survives unchanged.
 */

/** One change: the bytes from `start` to `end` replaced by `text` (an insertion when equal). */
export type ByteEdit = { start: number; end: number; text: string };

const encoder = new TextEncoder();

/** Applies edits that do not overlap, in any order given, to a copy of the bytes. */
export function applyEdits(data: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const edit of sorted) {
    chunks.push(data.subarray(at, edit.start), encoder.encode(edit.text));
    at = edit.end;
  }
  chunks.push(data.subarray(at));
  return concatBytes(chunks);
}

/** The chunks joined into one array. */
export function concatBytes(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** Text escaped for XML character data. */
export function escapeXmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text escaped for a double-quoted XML attribute (line ends kept as references). */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text)
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

/** The prefix (with its colon) an element name carries: `x:` for `x:sheet`, '' for `sheet`. */
export function prefixOf(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? '' : name.slice(0, colon + 1);
}
