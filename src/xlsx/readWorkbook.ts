/**
 * The fast .xlsx reader behind the command line and the browser workbench: fflate inflates only the
 * parts a read needs and byte scanners made for SpreadsheetML read them, with no Node API, so the
 * same code runs in a browser bundle. (ExcelJS and SheetJS build a whole object model: several
 * times slower and hungrier at 100,000 rows; docs/performance.md has the figures.)
 */
import { HostError } from '../core/port';
import type { RawSheet } from '../core/types';
import { readRelationships, relsPathOf, type Relationship } from './_lib/packageParts';
import { readSharedStrings } from './_lib/sharedStrings';
import { readSheetXml } from './_lib/sheetXml';
import { readWorkbookXml, type SheetEntry, type SheetVisibility } from './_lib/workbookXml';
import { NOT_XLSX_MESSAGE, openZipPackage, type ZipPackage } from './_lib/zipPackage';

/** An opened workbook: its sheets, its date system, and a reader for one sheet at a time. */
export type XlsxWorkbook = {
  /** The worksheets in tab order, hidden ones included (chart sheets hold no cells and are left out). */
  sheetNames: string[];
  /** The same worksheets with whether each tab shows, so a caller can skip hidden ones. */
  sheets: { name: string; visibility: SheetVisibility }[];
  /** The sheet to read when the user has not chosen one: the first visible worksheet. */
  defaultSheet: string | null;
  /** True when serial dates count from 1904 (older Mac workbooks). */
  date1904: boolean;
  /** Reads one worksheet by its exact name; a missing sheet is a HostError that lists the sheets. */
  readSheet(name: string): RawSheet;
};

type Sheet = SheetEntry & { part: string };

/**
 * Opens a workbook from its bytes, reading only the workbook part, its relationships and (on the
 * first sheet read) the shared strings. Throws a HostError saying what to do when the file is not
 * an .xlsx, is password-protected, or is damaged.
 */
export function openWorkbook(data: Uint8Array): XlsxWorkbook {
  const zip = openZipPackage(data);
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
  const sheets: Sheet[] = [];
  for (const entry of entries) {
    const relationship = relationships.get(entry.relationshipId);
    if (relationship?.kind === 'worksheet') sheets.push({ ...entry, part: relationship.part });
  }
  const sharedStringsPart = [...relationships.values()].find((r) => r.kind === 'sharedStrings');
  let sharedStrings: string[] | null = null;

  return {
    sheetNames: sheets.map((sheet) => sheet.name),
    sheets: sheets.map(({ name, visibility }) => ({ name, visibility })),
    defaultSheet: sheets.find((sheet) => !sheet.hidden)?.name ?? sheets[0]?.name ?? null,
    date1904,
    readSheet(name) {
      const sheet = sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw missingSheet(name, sheets);
      const wanted = [sheet.part];
      if (sharedStrings === null && sharedStringsPart) wanted.push(sharedStringsPart.part);
      const found = zip.readParts(wanted);
      if (sharedStrings === null) {
        const bytes = sharedStringsPart && found.get(sharedStringsPart.part);
        sharedStrings = bytes
          ? parsePart(sharedStringsPart.part, () => readSharedStrings(bytes))
          : [];
      }
      const sheetBytes = found.get(sheet.part);
      if (!sheetBytes) throw damaged(sheet.part, null);
      const strings = sharedStrings;
      const grid = parsePart(sheet.part, () => readSheetXml(sheetBytes, strings));
      return { name: sheet.name, ...grid, date1904 };
    },
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

function missingSheet(name: string, sheets: Sheet[]): HostError {
  const names = sheets.map((sheet) => `"${sheet.name}"`);
  const list = names.length > 0 ? `Its sheets are: ${names.join(', ')}.` : 'It has no worksheets.';
  return new HostError('not-found', `This workbook has no sheet called "${name}". ${list}`);
}

function damaged(part: string, cause: unknown): HostError {
  return new HostError(
    'unknown',
    `This workbook is damaged (${part} could not be read). Open it in Excel, save it again and retry.`,
    cause,
  );
}

/** Runs a part reader, turning an XML error into a HostError that names the part. */
function parsePart<T>(part: string, read: () => T): T {
  try {
    return read();
  } catch (cause) {
    if (cause instanceof HostError) throw cause;
    throw damaged(part, cause);
  }
}
