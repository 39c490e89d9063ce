/**
 * The layout every generated tracker shares (the seed fixture, the sample tracker, the benchmark
 * tracker): a sheet called "Tracker", a title above the header, the header on row 3, and the columns
 * a children's services complaints log keeps. Cells are written the way a person leaves them: real
 * Excel dates for most dates, text for dates typed by hand.
 */
import ExcelJS from 'exceljs';

export const TRACKER_SHEET = 'Tracker';
export const TRACKER_TITLE = "Children's Services Complaints Log 2021–2023";
export const TRACKER_HEADER_ROW = 3;

/** Column A–K headers, exactly as the generated trackers spell them. */
export const TRACKER_HEADERS: readonly string[] = [
  'Ref',
  'Date received',
  'Stage',
  'Complainant',
  'Looked after child',
  'Team',
  'Themes',
  'Outcome',
  'Date responded',
  'Extension agreed',
  'Notes',
];

/** 0-based columns holding dates: they get a dd/mm/yyyy number format when they hold a `Date`. */
export const DATE_COLUMNS: readonly number[] = [1, 8];

/** One cell as generated: a `Date` is a real Excel date (UTC midnight), a string is text. */
export type TrackerCell = string | number | Date | null;

/** One sheet row: its 1-based row number and cells from column A. */
export type TrackerRow = { row: number; cells: TrackerCell[] };

/** Fixed document dates, so a regenerated workbook carries the same properties. */
const DOCUMENT_DATE = new Date(Date.UTC(2022, 2, 9));

/** A calendar date as the UTC-midnight `Date` exceljs writes as that day's serial number. */
export function makeDate(iso: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

/**
 * The Excel serial (1900 system) of a UTC-midnight date, as a host reads a date cell; lets fixtures
 * hand the engine the same grid an .xlsx reader or Office.js would.
 */
export function toExcelSerial(date: Date): number {
  return Math.round(date.getTime() / 86_400_000) + 25_569;
}

/** Builds the tracker workbook in memory; rows not listed stay truly empty. */
export function buildTrackerWorkbook(rows: readonly TrackerRow[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Complaints team';
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  const sheet = workbook.addWorksheet(TRACKER_SHEET);
  sheet.columns = TRACKER_HEADERS.map((_, index) => ({ width: columnWidth(index) }));
  for (const { row, cells } of rows) {
    const sheetRow = sheet.getRow(row);
    cells.forEach((value, index) => {
      if (value === null) return;
      const cell = sheetRow.getCell(index + 1);
      cell.value = value;
      if (value instanceof Date) cell.numFmt = 'dd/mm/yyyy';
    });
    if (row === 1 || row === TRACKER_HEADER_ROW) sheetRow.font = { bold: true };
    sheetRow.commit();
  }
  return workbook;
}

/** Writes the tracker to bytes (an .xlsx), for tests and hosts that take a buffer. */
export async function writeTrackerBuffer(rows: readonly TrackerRow[]): Promise<Uint8Array> {
  const buffer = await buildTrackerWorkbook(rows).xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** Writes the tracker to a file. */
export async function writeTrackerFile(path: string, rows: readonly TrackerRow[]): Promise<void> {
  await buildTrackerWorkbook(rows).xlsx.writeFile(path);
}

function columnWidth(index: number): number {
  const widths = [10, 14, 9, 16, 10, 28, 36, 18, 14, 10, 28];
  return widths[index] ?? 12;
}
