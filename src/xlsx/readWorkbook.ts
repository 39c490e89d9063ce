/**
 * The fast .xlsx reader behind the command line and the browser workbench: fflate inflates only the
 * parts a read needs and byte scanners made for SpreadsheetML read them, with no Node API, so the
 * same code runs in a browser bundle. (ExcelJS and SheetJS build a whole object model: several
 * times slower and hungrier at 100,000 rows; docs/performance.md has the figures.)
 */
import { HostError } from '../core/port';
import type { RawSheet } from '../core/types';
import { readSharedStrings } from './_lib/sharedStrings';
import { readSheetXml, type SheetProgress } from './_lib/sheetXml';
import { damaged, locateWorkbookParts, parsePart, type SheetPart } from './_lib/workbookParts';
import type { SheetVisibility } from './_lib/workbookXml';
import { openZipPackage } from './_lib/zipPackage';

/** An opened workbook: its sheets, its date system, and a reader for one sheet at a time. */
export type XlsxWorkbook = {
  /** The worksheets in tab order, hidden ones included (chart sheets hold no cells and are left out). */
  sheetNames: string[];
  /** The worksheets not hidden (nor very hidden), in tab order: what a build reads by default. */
  visibleSheetNames: string[];
  /** The same worksheets with whether each tab shows, so a caller can skip hidden ones. */
  sheets: { name: string; visibility: SheetVisibility }[];
  /** The sheet to read when the user has not chosen one: the first visible worksheet. */
  defaultSheet: string | null;
  /** True when serial dates count from 1904 (older Mac workbooks). */
  date1904: boolean;
  /**
   * Reads one worksheet by its exact name; a missing sheet is a HostError that lists the sheets.
   * `onProgress` hears how many of its rows have been read, every few thousand.
   */
  readSheet(name: string, onProgress?: SheetProgress): RawSheet;
};

/**
 * Opens a workbook from its bytes, reading only the workbook part, its relationships and (on the
 * first sheet read) the shared strings. Throws a HostError saying what to do when the file is not
 * an .xlsx, is password-protected, is damaged, or would unpack to far more than a tracker needs.
 */
export function openWorkbook(data: Uint8Array): XlsxWorkbook {
  const zip = openZipPackage(data);
  const { sheets, date1904, sharedStringsPart } = locateWorkbookParts(zip);
  let sharedStrings: string[] | null = null;

  return {
    sheetNames: sheets.map((sheet) => sheet.name),
    visibleSheetNames: sheets.filter((s) => s.visibility === 'visible').map((s) => s.name),
    sheets: sheets.map(({ name, visibility }) => ({ name, visibility })),
    defaultSheet: sheets.find((sheet) => !sheet.hidden)?.name ?? sheets[0]?.name ?? null,
    date1904,
    readSheet(name, onProgress) {
      const sheet = sheets.find((candidate) => candidate.name === name);
      if (!sheet) throw missingSheet(name, sheets);
      const wanted = [sheet.part];
      if (sharedStrings === null && sharedStringsPart) wanted.push(sharedStringsPart);
      const found = zip.readParts(wanted);
      if (sharedStrings === null) {
        const bytes = sharedStringsPart && found.get(sharedStringsPart);
        sharedStrings = bytes ? parsePart(sharedStringsPart, () => readSharedStrings(bytes)) : [];
      }
      const sheetBytes = found.get(sheet.part);
      if (!sheetBytes) throw damaged(sheet.part, null);
      const strings = sharedStrings;
      const grid = parsePart(sheet.part, () =>
        readSheetXml(sheetBytes, strings, undefined, onProgress),
      );
      return { name: sheet.name, ...grid, date1904 };
    },
  };
}

function missingSheet(name: string, sheets: SheetPart[]): HostError {
  const names = sheets.map((sheet) => `"${sheet.name}"`);
  const list = names.length > 0 ? `Its sheets are: ${names.join(', ')}.` : 'It has no worksheets.';
  return new HostError('not-found', `This workbook has no sheet called "${name}". ${list}`);
}
