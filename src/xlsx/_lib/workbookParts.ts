/**
 * Where a workbook's pieces are: the workbook part (named by the root relationships), its own
 * relationships, each worksheet's part, and the shared strings and styles parts. Shared by the
 * reader and the report writer, so both find the same sheet the same way.
 */
import { HostError } from '../../core/port';
import { readRelationships, relsPathOf, type Relationship } from './packageParts';
import { readWorkbookXml, type SheetEntry } from './workbookXml';
import { NOT_XLSX_MESSAGE, type ZipPackage } from './zipPackage';

/** A worksheet as the workbook lists it, with the part that holds its cells. */
export type SheetPart = SheetEntry & { part: string };

export type WorkbookParts = {
  workbookPart: string;
  workbookBytes: Uint8Array;
  relsPath: string;
  relsBytes: Uint8Array | undefined;
  relationships: Map<string, Relationship>;
  sheets: SheetPart[];
  date1904: boolean;
  sharedStringsPart: string | undefined;
  stylesPart: string | undefined;
};

/** Reads the workbook part and its relationships; a HostError when the package is not a workbook. */
export function locateWorkbookParts(zip: ZipPackage): WorkbookParts {
  const workbookPart = findWorkbookPart(zip);
  const relsPath = relsPathOf(workbookPart);
  const parts = zip.readParts([workbookPart, relsPath]);
  const workbookBytes = parts.get(workbookPart);
  if (!workbookBytes) throw new HostError('unsupported', NOT_XLSX_MESSAGE);
  const { sheets: entries, date1904 } = parsePart(workbookPart, () =>
    readWorkbookXml(workbookBytes),
  );
  const relsBytes = parts.get(relsPath);
  const relationships = relsBytes
    ? parsePart(relsPath, () => readRelationships(relsBytes, workbookPart))
    : new Map<string, Relationship>();
  const sheets: SheetPart[] = [];
  for (const entry of entries) {
    const relationship = relationships.get(entry.relationshipId);
    if (relationship?.kind === 'worksheet') sheets.push({ ...entry, part: relationship.part });
  }
  const partOf = (kind: string): string | undefined =>
    [...relationships.values()].find((r) => r.kind === kind)?.part;
  return {
    workbookPart,
    workbookBytes,
    relsPath,
    relsBytes,
    relationships,
    sheets,
    date1904,
    sharedStringsPart: partOf('sharedStrings'),
    stylesPart: partOf('styles'),
  };
}

/** The workbook part named by the package's root relationships; `xl/workbook.xml` if there are none. */
function findWorkbookPart(zip: ZipPackage): string {
  const rootRels = zip.readParts(['_rels/.rels']).get('_rels/.rels');
  if (rootRels) {
    const relationships = parsePart('_rels/.rels', () => readRelationships(rootRels, ''));
    const office = [...relationships.values()].find((r) => r.kind === 'officeDocument');
    if (office) return office.part;
  }
  if (zip.names.some((name) => name.toLowerCase() === 'xl/workbook.xml')) return 'xl/workbook.xml';
  throw new HostError('unsupported', NOT_XLSX_MESSAGE);
}

/** The HostError for a part that cannot be read. */
export function damaged(part: string, cause: unknown): HostError {
  return new HostError(
    'unknown',
    `This workbook is damaged (${part} could not be read). Open it in Excel, save it again and retry.`,
    cause,
  );
}

/** Runs a part reader, turning an XML error into a HostError that names the part. */
export function parsePart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw damaged(part, cause);
  }
}
