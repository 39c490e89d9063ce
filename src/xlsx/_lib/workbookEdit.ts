/**
 * The package-level edits for a new part: a `<sheet>` in the workbook part, a relationship in its
 * rels, and a content-type override. Each is inserted before its list's end tag; nothing else in
 * those parts changes (an `.xlsm` keeps its macro-enabled workbook content type).
 */
import { walkXml } from './walkXml';
import { applyEdits, escapeXmlAttribute, prefixOf } from './xmlEdit';

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const WORKSHEET_TYPE = `${REL_NS}/worksheet`;
export const STYLES_TYPE = `${REL_NS}/styles`;
export const WORKSHEET_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
export const STYLES_CONTENT_TYPE =
  'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';

/** True for a strict OOXML package, whose namespaces this writer does not write. */
export function isStrictOoxml(workbook: Uint8Array): boolean {
  const head = new TextDecoder().decode(workbook.subarray(0, 2048));
  return head.includes('http://purl.oclc.org/ooxml/');
}

/** The workbook part with a sheet entry added at the end of `<sheets>`. */
export function addSheetEntry(
  workbook: Uint8Array,
  name: string,
  relationshipId: string,
): Uint8Array {
  let prefix = '';
  let relPrefix = null as string | null;
  let sheetsEnd = -1;
  let maxId = 0;
  walkXml(workbook, {
    open(local, attributes, _start, _end, qualified) {
      if (local === 'workbook') {
        prefix = prefixOf(qualified);
        const declared = Object.keys(attributes).find(
          (key) => key.startsWith('xmlns:') && attributes[key] === REL_NS,
        );
        relPrefix = declared === undefined ? null : declared.slice('xmlns:'.length);
      }
      if (local === 'sheet') maxId = Math.max(maxId, Number(attributes.sheetId) || 0);
    },
    close(local, start) {
      if (local === 'sheets') sheetsEnd = start;
    },
  });
  if (sheetsEnd < 0) throw new Error('The workbook part lists no sheets');
  const id = relPrefix === null ? `xmlns:cr="${REL_NS}" cr:id` : `${relPrefix}:id`;
  const entry = `<${prefix}sheet name="${escapeXmlAttribute(name)}" sheetId="${maxId + 1}" ${id}="${relationshipId}"/>`;
  // `<sheets/>` has no end tag to insert before: write it out whole.
  const selfClosed = workbook[sheetsEnd + 1] !== 0x2f;
  if (selfClosed) {
    const end = workbook.indexOf(0x3e, sheetsEnd) + 1;
    return applyEdits(workbook, [
      { start: sheetsEnd, end, text: `<${prefix}sheets>${entry}</${prefix}sheets>` },
    ]);
  }
  return applyEdits(workbook, [{ start: sheetsEnd, end: sheetsEnd, text: entry }]);
}

/** A relationship id the rels part does not use yet. */
export function freeRelationshipId(usedIds: Iterable<string>): string {
  const used = new Set(usedIds);
  let n = 1;
  while (used.has(`rIdCR${n}`)) n++;
  return `rIdCR${n}`;
}

/** The rels part with a relationship added (a new rels part when there was none). */
export function addRelationship(
  rels: Uint8Array | undefined,
  id: string,
  type: string,
  target: string,
): Uint8Array {
  const item = `<Relationship Id="${id}" Type="${type}" Target="${escapeXmlAttribute(target)}"/>`;
  if (!rels) {
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${item}</Relationships>`;
    return new TextEncoder().encode(xml);
  }
  return insertBeforeRootEnd(rels, item);
}

/** `[Content_Types].xml` with an override for a new part. */
export function addContentType(types: Uint8Array, part: string, contentType: string): Uint8Array {
  const item = `<Override PartName="/${escapeXmlAttribute(part)}" ContentType="${contentType}"/>`;
  return insertBeforeRootEnd(types, item);
}

/** Inserts `item` as the last child of the root element (prefixed like the root, if it is). */
function insertBeforeRootEnd(part: Uint8Array, item: string): Uint8Array {
  let rootEnd = -1;
  let rootEndTag = -1;
  let qualifiedRoot = '';
  let depth = 0;
  walkXml(part, {
    open(_local, _attributes, start, end, qualified) {
      if (depth === 0) {
        qualifiedRoot = qualified;
        rootEndTag = end;
        rootEnd = part[end - 2] === 0x2f ? start : -1;
      }
      depth++;
    },
    close(_local, start) {
      depth--;
      if (depth === 0 && rootEnd < 0) rootEnd = start;
    },
  });
  const prefix = prefixOf(qualifiedRoot);
  const text = prefix ? item.replace(/^<(\w+)/, `<${prefix}$1`) : item;
  if (part[rootEndTag - 2] === 0x2f) {
    // A self-closed root (`<Types .../>`): open it, add the item, close it.
    const open = new TextDecoder().decode(part.subarray(rootEnd, rootEndTag - 2));
    return applyEdits(part, [
      { start: rootEnd, end: rootEndTag, text: `${open}>${text}</${qualifiedRoot}>` },
    ]);
  }
  return applyEdits(part, [{ start: rootEnd, end: rootEnd, text }]);
}
