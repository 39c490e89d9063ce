/**
 * The catalogue of bad inputs: each a named case with exactly what the officer sees, the CLI's
 * refusal (exit 2) or the issue the report lists. Kept as data: `badInputs.test.ts` runs every
 * case, and `scripts/make-catalogue.ts` writes the list to docs/bad-inputs.md.
 */
import { strToU8, zipSync } from 'fflate';
import { UNCALCULATED, type CellValue, type RawSheet } from '../../src/core/types';
import { grid } from '../core/_lib/grid';
import { handWorkbook, oleFile } from '../xlsx/_helpers/workbooks';

/** A case the command line refuses: its files (`{dir}` is the case's folder), arguments, and stderr. */
export type CliCase = {
  kind: 'cli';
  name: string;
  /** Files to create; bytes, text, or `{ link: target }` for a symlink. */
  files: Record<string, Uint8Array | string | { link: string }>;
  args: string[];
  /** The whole stderr line after "complaints-report: ". */
  message: string;
};

/** A case the engine reports: the sheet, and the issue (or refusal) message the officer reads. */
export type CoreCase = {
  kind: 'core';
  name: string;
  sheet: RawSheet;
  /** The as-of date, `YYYY-MM-DD`; 10 March 2022 unless given. */
  asOf?: string;
  message: string;
};

export type BadInput = CliCase | CoreCase;

const esc = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A one-sheet .xlsx from rows of text and numbers (inline strings, as any writer may use). */
function xlsx(rows: (string | number | null)[][], name = 'Tracker'): Uint8Array {
  const xml = rows
    .map((cells, r) => {
      const cellXml = cells
        .map((value, c) => {
          const ref = `${String.fromCharCode(65 + c)}${r + 1}`;
          if (value === null) return '';
          if (typeof value === 'number') return `<c r="${ref}"><v>${value}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${esc(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cellXml}</row>`;
    })
    .join('');
  return handWorkbook({ sheets: [{ name, xml }] });
}

const HEADER = ['Ref', 'Date received', 'Stage', 'Outcome', 'Team'];
const GOOD = xlsx([HEADER, ['A1', 44440, 1, 'Upheld', 'East']]);
const PERIOD = ['--from', '2021-09-01', '--to', '2022-02-28', '--as-of', '2022-03-10'];
const T = '{dir}/tracker.xlsx';
const NOT_XLSX =
  'This file is not an Excel workbook (.xlsx). Open it in Excel and save it as an Excel Workbook (.xlsx).';

function cli(name: string, files: CliCase['files'], args: string[], message: string): CliCase {
  return { kind: 'cli', name, files, args, message };
}

function core(
  name: string,
  header: CellValue[],
  rows: CellValue[][],
  message: string,
  extra: Partial<RawSheet> & { asOf?: string } = {},
): CoreCase {
  const { asOf, ...sheet } = extra;
  return { kind: 'core', name, sheet: { ...grid(header, rows), ...sheet }, asOf, message };
}

const ROW = (cells: Record<number, CellValue>): CellValue[] =>
  HEADER.map((_, i) => (i in cells ? cells[i] : [`A1`, '01/09/2021', 1, 'Upheld', 'East'][i]));

const FREE_TEXT = [
  'Amelia said her social worker did not call back',
  'Dad says nobody came to the review',
  'The review was cancelled twice without notice',
];

export const BAD_INPUTS: BadInput[] = [
  // The tracker is never written.
  cli(
    '--json names the tracker',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--json', T],
    `--json '${T}' is the tracker itself: the tracker is never written. Name another file for the output.`,
  ),
  cli(
    '--narrative names the tracker',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--narrative', T],
    `--narrative '${T}' is the tracker itself: the tracker is never written. Name another file for the output.`,
  ),
  cli(
    '--out names the tracker',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--out', T],
    `--out '${T}' is the tracker itself: the tracker is never written. Name another file for the output.`,
  ),
  cli(
    '--out names a link to the tracker',
    { 'tracker.xlsx': GOOD, 'copy.xlsx': { link: 'tracker.xlsx' } },
    ['build', T, ...PERIOD, '--out', '{dir}/copy.xlsx'],
    "--out '{dir}/copy.xlsx' is the tracker itself: the tracker is never written. Name another file for the output.",
  ),
  // Outputs that cannot be written.
  cli(
    'an output that is a folder',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--json', '{dir}'],
    "--json '{dir}' cannot be written: it is a folder; name a file inside it.",
  ),
  cli(
    'an output in /proc',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--json', '/proc/self/status'],
    "--json '/proc/self/status' cannot be written: it is in /proc, a view of the running system, not a folder for files.",
  ),
  cli(
    'an output that is a device',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--narrative', '/dev/null'],
    "--narrative '/dev/null' cannot be written: it is in /dev, a view of the running system, not a folder for files.",
  ),
  cli(
    'an output inside a file',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--json', `${T}/report.json`],
    `--json '${T}/report.json' cannot be written: part of the path is a file, not a folder.`,
  ),
  cli(
    'two outputs to one file',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--json', '{dir}/r.txt', '--narrative', '{dir}/r.txt'],
    "--json and --narrative both name '{dir}/r.txt': give each output its own file.",
  ),
  // Files that are not a tracker workbook.
  cli(
    'a file that is not a zip',
    { 'tracker.xlsx': 'just some text' },
    ['build', T, ...PERIOD],
    NOT_XLSX,
  ),
  cli(
    'a .csv file',
    { 'tracker.csv': 'Ref,Date received\nA1,01/09/2021\n' },
    ['build', '{dir}/tracker.csv', ...PERIOD],
    NOT_XLSX,
  ),
  cli(
    'an old .xls workbook',
    { 'tracker.xls': oleFile('Workbook') },
    ['build', '{dir}/tracker.xls', ...PERIOD],
    NOT_XLSX,
  ),
  cli(
    'a password-protected workbook',
    { 'tracker.xlsx': oleFile('EncryptedPackage') },
    ['build', T, ...PERIOD],
    'This workbook is password-protected: save a copy without a password (in Excel, File > Info > Protect Workbook > Encrypt with Password, then clear the password) and use that copy.',
  ),
  cli(
    'an .ods spreadsheet',
    {
      'tracker.ods': zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
        'content.xml': strToU8('<office:document-content/>'),
      }),
    },
    ['build', '{dir}/tracker.ods', ...PERIOD],
    NOT_XLSX,
  ),
  cli('a missing file', {}, ['build', T, ...PERIOD], `Cannot read '${T}': there is no such file.`),
  // Sheets without a usable header.
  cli(
    'an empty sheet',
    { 'tracker.xlsx': xlsx([]) },
    ['build', T, ...PERIOD],
    'The sheet "Tracker" is empty. Choose the sheet that holds the complaints tracker.',
  ),
  cli(
    'no header row',
    {
      'tracker.xlsx': xlsx([
        ['Name', 'When', 'What'],
        ['A1', 44440, 'x'],
      ]),
    },
    ['build', T, ...PERIOD],
    "No header row found in the first 20 rows of 'Tracker'. The header row needs at least 3 recognised column names, such as Ref, Date received and Outcome. Rename the columns, or choose them in the column mapping. On the command line, name the header's row with --header-row N, or a column with --map field=Header.",
  ),
  cli(
    'a header without a reference',
    {
      'tracker.xlsx': xlsx([
        ['Date received', 'Stage', 'Outcome'],
        [44440, 1, 'Upheld'],
      ]),
    },
    ['build', T, ...PERIOD],
    "The header on row 1 of 'Tracker' has no reference column. Rename that column, or choose it in the column mapping. On the command line, name the header's row with --header-row N, or a column with --map field=Header.",
  ),
  cli(
    'a header without a received date',
    {
      'tracker.xlsx': xlsx([
        ['Ref', 'Stage', 'Outcome'],
        ['A1', 1, 'Upheld'],
      ]),
    },
    ['build', T, ...PERIOD],
    "The header on row 1 of 'Tracker' has no date received column. Rename that column, or choose it in the column mapping. On the command line, name the header's row with --header-row N, or a column with --map field=Header.",
  ),
  // Options.
  cli(
    '--map naming a header that is not there',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--map', 'team=Teem'],
    "--map team=Teem: the header on row 1 of 'Tracker' has no column called 'Teem'. Its columns are: 'Ref', 'Date received', 'Stage', 'Outcome', 'Team'.",
  ),
  cli(
    '--map naming a field that does not exist',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--map', 'date=Date received'],
    `--map 'date=Date received' is not understood: write field=Header text with a field among reference, received, stage, complainant, childInCare, team, theme, outcome, closed, extension, due, e.g. --map "received=Date of first contact".`,
  ),
  cli(
    '--header-row that is not a number',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--header-row', 'three'],
    "--header-row 'three' is not a row number: give the sheet row of the header, e.g. --header-row 3.",
  ),
  cli(
    '--header-row naming a data row',
    { 'tracker.xlsx': GOOD },
    ['build', T, ...PERIOD, '--header-row', '2'],
    "The header on row 2 of 'Tracker' has no reference and date received column. Rename that column, or choose it in the column mapping. On the command line, name the header's row with --header-row N, or a column with --map field=Header.",
  ),
  cli(
    '--from written day first',
    { 'tracker.xlsx': GOOD },
    ['build', T, '--from', '01/09/2021', '--to', '2022-02-28'],
    "--from '01/09/2021' is not a date: write it as YYYY-MM-DD, e.g. 2022-03-10.",
  ),
  // Rows and cells: what the report lists.
  core(
    'a reference that is a failed lookup (#N/A)',
    HEADER,
    [ROW({ 0: '#N/A' })],
    'Row 2: reference is #N/A, an Excel error value; the row is left out of every figure until its formula is put right.',
  ),
  core(
    'a received date of #VALUE!',
    HEADER,
    [ROW({ 1: '#VALUE!' })],
    'Row 2: date received is #VALUE!, an Excel error value; the row is left out of every figure until its formula is put right.',
  ),
  core(
    'a team of #REF!',
    HEADER,
    [ROW({ 4: '#REF!' })],
    'Row 2: team is #REF!, an Excel error value; it is treated as empty until its formula is put right.',
  ),
  core(
    'an outcome of #DIV/0!',
    HEADER,
    [ROW({ 3: '#DIV/0!' })],
    'Row 2: outcome is #DIV/0!, an Excel error value; it is treated as empty until its formula is put right.',
  ),
  core(
    'a stage of #NAME?',
    HEADER,
    [ROW({ 2: '#NAME?' })],
    'Row 2: stage is #NAME?, an Excel error value; it is treated as empty until its formula is put right.',
  ),
  core(
    'a received date formula never calculated',
    HEADER,
    [ROW({ 1: UNCALCULATED })],
    'Row 2: date received is not calculated: open and save the workbook in Excel; until then the row is left out of every figure.',
  ),
  core(
    'an outcome formula never calculated',
    HEADER,
    [ROW({ 3: UNCALCULATED })],
    'Row 2: outcome is not calculated: open and save the workbook in Excel; until then it is treated as empty.',
  ),
  core(
    'a "Grand Total" row',
    HEADER,
    [ROW({}), ['Grand Total', null, null, 1]],
    'Row 3 looks like a total row; it is not counted.',
  ),
  core(
    'a "TOTAL:" row with a date',
    HEADER,
    [ROW({}), ['TOTAL:', '01/09/2021', null, 1]],
    'Row 3 looks like a total row; it is not counted.',
  ),
  core(
    'a "Total complaints" row',
    HEADER,
    [ROW({}), ['Total complaints', 1]],
    'Row 3 looks like a total row; it is not counted.',
  ),
  core(
    'an Excel table totals row (SUBTOTAL under Date received)',
    HEADER,
    [ROW({}), ['Total', 1, null, null, null]],
    'Row 3 looks like a total row; it is not counted.',
  ),
  core(
    'hidden or filtered rows',
    HEADER,
    [ROW({}), ROW({ 0: 'A2' })],
    '2 rows are hidden or filtered out in the sheet (rows 2, 3); they are read and counted like any other. Unhide them or clear the filter to check them.',
    { hiddenRows: [2, 3] },
  ),
  core(
    'a received date after the as-of date',
    HEADER,
    [ROW({ 1: '11/03/2022' })],
    'Row 2: date received 11 March 2022 is after the report date (10 March 2022): a typing slip, or a date not yet reached. It is read as written.',
  ),
  core(
    'a received date of 3/3/69 (read as 2069)',
    HEADER,
    [ROW({ 1: '3/3/69' })],
    'Row 2: date received 3 March 2069 is after the report date (10 March 2022): a typing slip, or a date not yet reached. It is read as written.',
  ),
  core(
    'a response date after the as-of date',
    [...HEADER, 'Date responded'],
    [[...ROW({}), '11/03/2022']],
    'Row 2: response date 11 March 2022 is after the report date (10 March 2022): a typing slip, or a date not yet reached. It is read as written.',
  ),
  core(
    'a year (2022) typed in Date received',
    HEADER,
    [ROW({ 1: 2022 })],
    "Row 2: date received '2022' is not a real date. Enter it as a day-first date such as 03/09/2021; until then the row is left out of every figure.",
  ),
  core(
    'a received date before 1990',
    HEADER,
    [ROW({ 1: '31/12/1989' })],
    "Row 2: date received '31/12/1989' is not a real date. Enter it as a day-first date such as 03/09/2021; until then the row is left out of every figure.",
  ),
  core(
    'a received date after 2100',
    HEADER,
    [ROW({ 1: '01/01/2101' })],
    "Row 2: date received '01/01/2101' is not a real date. Enter it as a day-first date such as 03/09/2021; until then the row is left out of every figure.",
  ),
  core(
    'an impossible date (31/06/2021)',
    HEADER,
    [ROW({ 1: '31/06/2021' })],
    "Row 2: date received '31/06/2021' is not a real date. Enter it as a day-first date such as 03/09/2021; until then the row is left out of every figure.",
  ),
  core(
    'a row without a reference',
    HEADER,
    [ROW({ 0: null })],
    'Row 2 has no reference. Add the complaint reference; until then the row is left out of every figure.',
  ),
  core(
    'a 32,767-character cell',
    HEADER,
    [ROW({ 2: 'x'.repeat(32_767) })],
    `Row 2: stage '${'x'.repeat(39)}…' is not recognised; counted as stage 1.`,
  ),
  core(
    'two candidate headers (the header typed again lower down)',
    HEADER,
    [ROW({}), HEADER],
    "Row 3: date received 'Date received' is not a real date. Enter it as a day-first date such as 03/09/2021; until then the row is left out of every figure.",
  ),
  core(
    'Case number before Complaint ref',
    ['Case number', 'Date received', 'Complaint ref', 'Stage'],
    [['C9', '01/09/2021', 'A1', 1]],
    "More than one column could be the reference: 'Complaint ref' (column C) is used, not 'Case number' (column A). To use another, choose it in the column mapping.",
  ),
  core(
    'a theme column of free text',
    ['Ref', 'Date received', 'Nature of complaint', 'Stage'],
    FREE_TEXT.map((text, i) => [`A${i}`, '01/09/2021', text, 1]),
    "Column 'Nature of complaint' (column C) holds free text (sentences or names) in most rows, not theme labels, so it is not used for themes: the tracker has no other theme column. To use it anyway, choose it in the column mapping.",
  ),
  core(
    'a complainant column of names',
    ['Ref', 'Date received', 'Complainant', 'Relationship to child'],
    ['Jane Smith', 'Tom Brown', 'Mrs A. Khan'].map((name, i) => [
      `A${i}`,
      '01/09/2021',
      name,
      'Parent',
    ]),
    "Column 'Complainant' (column C) holds free text (sentences or names) in most rows, not complainant types, so it is not used for complainants: 'Relationship to child' (column D) is used instead. To use it anyway, choose it in the column mapping.",
  ),
];
