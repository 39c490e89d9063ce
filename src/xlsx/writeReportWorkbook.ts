/**
 * The report written into a copy of the tracker workbook, for the command line and the browser
 * workbench: the "Complaints summary" sheet (replaced, never duplicated, on every build) and the
 * highlight of the target rows as conditional formatting. The copy is the original package part
 * for part: only the workbook part (the summary's tab and print titles), its relationships, the
 * content types, the styles, the highlighted sheets (after their cells) and the summary sheet change; charts, pivot tables,
 * comments, macros and everything else are copied byte for byte.
 */
import { HIGHLIGHT_MARKER } from '../core/highlight';
import { HostError, type RowTarget } from '../core/port';
import type { SummaryLayout } from '../core/summaryLayout';
import type { CellValue } from '../core/types';
import {
  formatHighlightRanges,
  HIGHLIGHT_FILL_ARGB,
  HIGHLIGHT_FORMULA,
} from './_lib/highlightRules';
import { relsPathOf } from './_lib/packageParts';
import { setPrintTitles } from './_lib/printTitles';
import { readSharedStrings } from './_lib/sharedStrings';
import { mayHoldHighlight, rewriteHighlight } from './_lib/sheetFormatting';
import { readSheetXml } from './_lib/sheetXml';
import { addStyles, DEFAULT_STYLES } from './_lib/stylesEdit';
import { chooseSummaryPlace } from './_lib/summaryPlace';
import { SUMMARY_STYLE_REQUEST, writeSummarySheet } from './_lib/summarySheet';
import { addNewSheet, type PackageChanges } from './_lib/packageChanges';
import {
  locateWorkbookParts,
  parsePart,
  type SheetPart,
  type WorkbookParts,
} from './_lib/workbookParts';
import { isStrictOoxml } from './_lib/workbookEdit';
import { openZipPackage, type ZipPackage } from './_lib/zipPackage';
import { writeZip, type DeflateRaw, type ZipItem } from './_lib/zipWriter';

/** The summary to write, and the rows to highlight: one target per tracker sheet. */
export type ReportWorkbookArgs = { layout: SummaryLayout; highlights: RowTarget[] };

/**
 * How to compress the parts that change. fflate's by default, which runs in the browser too; the
 * command line passes Node's zlib (`deflateRawSync`), five times faster on a 40 MB sheet.
 */
export type ReportWorkbookOptions = { deflateRaw?: DeflateRaw };

const HIGHLIGHT_DXF = `<{p}dxf><{p}fill><{p}patternFill patternType="solid"><{p}bgColor rgb="${HIGHLIGHT_FILL_ARGB}"/></{p}patternFill></{p}fill></{p}dxf>`;
const encoder = new TextEncoder();

/**
 * Returns the workbook with the summary sheet and highlights applied. Earlier highlights the
 * add-in made are removed from every sheet first, so a rebuild never stacks them; the user's own
 * conditional formats stay. Rejects with a HostError for a file that is not a readable .xlsx, a
 * strict OOXML workbook, or a highlight on a sheet the workbook does not have.
 */
export function writeReportWorkbook(
  input: Uint8Array,
  args: ReportWorkbookArgs,
  options: ReportWorkbookOptions = {},
): Promise<Uint8Array> {
  try {
    return Promise.resolve(buildCopy(input, args, options.deflateRaw));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function buildCopy(
  input: Uint8Array,
  { layout, highlights }: ReportWorkbookArgs,
  deflateRaw: DeflateRaw | undefined,
): Uint8Array {
  const zip = openZipPackage(input);
  const book = locateWorkbookParts(zip);
  if (isStrictOoxml(book.workbookBytes)) throw strictRefusal();
  const targets = highlightTargets(book, highlights);
  const changes: PackageChanges = { replaced: new Map(), added: [], removed: new Set() };
  const styles = addReportStyles(zip, book, changes);
  for (const sheet of book.sheets) {
    const target = targets.get(sheet.name);
    const bytes = readPart(zip, sheet.part);
    if (!target && !mayHoldHighlight(bytes, HIGHLIGHT_MARKER)) continue;
    const rule = target
      ? { sqref: formatHighlightRanges(target), formula: HIGHLIGHT_FORMULA, dxfId: styles.dxf }
      : null;
    changes.replaced.set(
      sheet.part,
      parsePart(sheet.part, () => rewriteHighlight(bytes, rule)),
    );
  }
  const place = chooseSummaryPlace(
    book.sheets,
    layout,
    columnAReader(zip, book),
    new Set(targets.keys()),
  );
  const summary = encoder.encode(writeSummarySheet(layout, styles.summary));
  if ('replace' in place) {
    changes.replaced.set(place.replace.part, summary);
    changes.removed.add(relsPathOf(place.replace.part).toLowerCase());
  } else addNewSheet(zip, book, changes, place.add, summary);
  const summaryName = 'replace' in place ? place.replace.name : place.add;
  const workbook = changes.replaced.get(book.workbookPart) ?? book.workbookBytes;
  changes.replaced.set(
    book.workbookPart,
    parsePart(book.workbookPart, () =>
      setPrintTitles(workbook, summaryName, layout.print.repeatRows),
    ),
  );
  return writeZip(input, packageItems(zip, changes), deflateRaw);
}

/** The targets with rows, by sheet; a HostError names a sheet the workbook does not have. */
function highlightTargets(book: WorkbookParts, highlights: RowTarget[]): Map<string, RowTarget> {
  const targets = new Map<string, RowTarget>();
  for (const target of highlights) {
    if (!book.sheets.some((sheet) => sheet.name === target.sheet)) {
      const list = book.sheets.map((sheet) => `"${sheet.name}"`).join(', ');
      throw new HostError(
        'not-found',
        `This workbook has no sheet called "${target.sheet}" to highlight. Its sheets are: ${list}.`,
      );
    }
    if (target.rows.length > 0) targets.set(target.sheet, target);
  }
  return targets;
}

function addReportStyles(zip: ZipPackage, book: WorkbookParts, changes: PackageChanges) {
  const part = book.stylesPart ?? 'xl/styles.xml';
  const existing = book.stylesPart
    ? readPart(zip, book.stylesPart)
    : encoder.encode(DEFAULT_STYLES);
  const request = { ...SUMMARY_STYLE_REQUEST, dxfs: [HIGHLIGHT_DXF] };
  const { bytes, index } = parsePart(part, () => addStyles(existing, request));
  if (book.stylesPart) changes.replaced.set(book.stylesPart, bytes);
  else changes.added.push({ name: part, data: bytes, kind: 'styles' });
  const [title, tableTitle, header, wrap, figure] = index.cellXfs;
  return { dxf: index.dxfs[0], summary: { title, tableTitle, header, wrap, figure } };
}

/** Reads column A of a sheet (shared strings loaded once, only when a sheet is looked at). */
function columnAReader(zip: ZipPackage, book: WorkbookParts): (sheet: SheetPart) => CellValue[] {
  let strings: string[] | null = null;
  return (sheet) => {
    const shared = book.sharedStringsPart;
    strings ??= shared ? parsePart(shared, () => readSharedStrings(readPart(zip, shared))) : [];
    const sst = strings;
    const grid = parsePart(sheet.part, () => readSheetXml(readPart(zip, sheet.part), sst));
    return grid.firstColumn === 0 ? grid.values.map((row) => row[0] ?? null) : [];
  };
}

function readPart(zip: ZipPackage, part: string): Uint8Array {
  const bytes = zip.readParts([part]).get(part);
  if (!bytes)
    throw new HostError(
      'unknown',
      `This workbook is damaged (${part} is missing). Open it in Excel, save it again and retry.`,
    );
  return bytes;
}

/** Every entry of the original, copied or replaced in place, then the new parts. */
function packageItems(zip: ZipPackage, changes: PackageChanges): ZipItem[] {
  const replaced = new Map([...changes.replaced].map(([name, data]) => [name.toLowerCase(), data]));
  const items: ZipItem[] = [];
  for (const entry of zip.entries) {
    const key = entry.name.toLowerCase();
    if (changes.removed.has(key)) continue;
    const data = replaced.get(key);
    items.push(data ? { name: entry.name, data, like: entry } : { copy: entry });
  }
  for (const { name, data } of changes.added) items.push({ name, data, like: zip.entries[0] });
  return items;
}

function strictRefusal(): HostError {
  return new HostError(
    'unsupported',
    'This workbook is saved as Strict Open XML, which the report copy cannot be written into. In Excel, use File > Save As and choose "Excel Workbook (*.xlsx)" (not "Strict Open XML Spreadsheet"), then build again.',
  );
}
