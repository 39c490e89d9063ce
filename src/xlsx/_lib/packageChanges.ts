/**
 * The changes the report writer makes to a package, gathered before the zip is written: parts
 * replaced, parts added, parts dropped. Adding a sheet touches three parts besides its own.
 */
import {
  addContentType,
  addRelationship,
  addSheetEntry,
  freeRelationshipId,
  STYLES_CONTENT_TYPE,
  STYLES_TYPE,
  WORKSHEET_CONTENT_TYPE,
  WORKSHEET_TYPE,
} from './workbookEdit';
import { parsePart, type WorkbookParts } from './workbookParts';
import type { ZipPackage } from './zipPackage';

/** A part the writer adds, and what kind of part it is. */
export type AddedPart = { name: string; data: Uint8Array; kind: 'worksheet' | 'styles' | 'other' };

export type PackageChanges = {
  /** New bytes by part name. */
  replaced: Map<string, Uint8Array>;
  added: AddedPart[];
  /** Lower-cased names of parts to leave out. */
  removed: Set<string>;
};

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * Adds a worksheet at the end of the tabs: its part, its relationship, its content type and its
 * `<sheet>` entry; a styles part added earlier gets its relationship and content type here too.
 */
export function addNewSheet(
  zip: ZipPackage,
  book: WorkbookParts,
  changes: PackageChanges,
  name: string,
  data: Uint8Array,
): void {
  const folder = book.workbookPart.slice(0, book.workbookPart.lastIndexOf('/') + 1);
  const taken = new Set(zip.names.map((entry) => entry.toLowerCase()));
  let n = 1;
  while (taken.has(`${folder}worksheets/sheet${n}.xml`.toLowerCase())) n++;
  const part = `${folder}worksheets/sheet${n}.xml`;
  changes.added.push({ name: part, data, kind: 'worksheet' });

  const relsText = book.relsBytes ? new TextDecoder().decode(book.relsBytes) : '';
  const ids = [...relsText.matchAll(/\bId="([^"]*)"/g)].map((match) => match[1]);
  let rels: Uint8Array | undefined = book.relsBytes;
  let types: Uint8Array | undefined = zip.readParts([CONTENT_TYPES]).get(CONTENT_TYPES);
  for (const added of changes.added) {
    if (added.kind === 'other') continue;
    const id = freeRelationshipId(ids);
    ids.push(id);
    const isStyles = added.kind === 'styles';
    const target = added.name.slice(folder.length);
    rels = relate(book.relsPath, rels, id, isStyles ? STYLES_TYPE : WORKSHEET_TYPE, target);
    types = declare(types, added.name, isStyles ? STYLES_CONTENT_TYPE : WORKSHEET_CONTENT_TYPE);
    if (!isStyles) {
      const workbook = book.workbookBytes;
      const entry = parsePart(book.workbookPart, () => addSheetEntry(workbook, name, id));
      changes.replaced.set(book.workbookPart, entry);
    }
  }
  if (types) changes.replaced.set(CONTENT_TYPES, types);
  if (!rels) return;
  if (book.relsBytes) changes.replaced.set(book.relsPath, rels);
  else changes.added.push({ name: book.relsPath, data: rels, kind: 'other' });
}

function relate(
  path: string,
  rels: Uint8Array | undefined,
  id: string,
  type: string,
  target: string,
): Uint8Array {
  return parsePart(path, () => addRelationship(rels, id, type, target));
}

function declare(types: Uint8Array | undefined, part: string, contentType: string): Uint8Array {
  if (!types) throw new Error('The package has no [Content_Types].xml');
  return parsePart(CONTENT_TYPES, () => addContentType(types, part, contentType));
}
