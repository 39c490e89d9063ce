/**
 * The two-year tracker (test/fixtures/twoYears.ts) through both front ends: the command line over
 * an .xlsx written with exceljs (`--sheet` repeated, and no `--sheet`: every visible sheet), and
 * the task pane's build, `runBuild` over the Excel host with Office.js mocked. The task pane has
 * no way yet to choose several sheets, and with no source Excel reads only the active sheet: so
 * the pane's build is compared on one sheet (the active one, against the core on that sheet), and
 * the two sheets are read through the Excel host one named sheet at a time (as the command line
 * does) to give the hand-worked Report.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readingSheets } from '../../src/cli/buildCommand';
import { main } from '../../src/cli/main';
import { buildReport } from '../../src/core/buildReport';
import { runBuild, type BuildRequest } from '../../src/core/runBuild';
import type { CellValue, Report } from '../../src/core/types';
import { createExcelHost } from '../../src/excel/createExcelHost';
import { installFakeExcel } from '../excel/support/fakeExcel';
import { buildWorkbook } from '../xlsx/_helpers/workbooks';
import { day } from '../core/_lib/records';
import {
  LOG_2021_22,
  LOG_2022_23,
  TWO_YEARS_CHOICES,
  TWO_YEARS_SHEET_NAMES,
  twoYearsSheets,
} from '../fixtures/twoYears';
import { TWO_YEARS_EXPECTED } from '../fixtures/twoYearsExpected';

const { from, to, asOf, file } = TWO_YEARS_CHOICES;

function fillSheet(workbook: ExcelJS.Workbook, name: string, cells: CellValue[][]): void {
  const sheet = workbook.addWorksheet(name);
  cells.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) sheet.getCell(r + 1, c + 1).value = value as ExcelJS.CellValue;
    });
  });
}

async function writeTracker(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'two-years-')), file);
  const data = await buildWorkbook((workbook) => {
    fillSheet(workbook, 'Log 2021-22', LOG_2021_22);
    fillSheet(workbook, 'Log 2022-23', LOG_2022_23);
  });
  writeFileSync(path, data);
  return path;
}

async function throughCli(path: string, sheetArgs: string[]): Promise<Report> {
  const json = join(mkdtempSync(join(tmpdir(), 'two-years-json-')), 'report.json');
  const args = ['build', path, ...sheetArgs, '--from', from, '--to', to, '--as-of', asOf];
  const errors: string[] = [];
  const code = await main(
    [...args, '--json', json],
    { out: () => undefined, now: () => new Date(2023, 3, 20, 9, 0) },
    (text) => errors.push(text),
  );
  expect(errors).toEqual([]);
  expect(code).toBe(0);
  return JSON.parse(readFileSync(json, 'utf8')) as Report;
}

/** A cell as Excel's `values` hands it over: a date as its serial number, an empty cell as ''. */
function excelCell(value: CellValue): CellValue {
  if (value instanceof Date) return value.getTime() / 86_400_000 + 25_569;
  return value ?? '';
}

function installWorkbook(): void {
  installFakeExcel({
    sheets: [
      { name: 'Log 2021-22', cells: LOG_2021_22.map((row) => row.map(excelCell)) },
      { name: 'Log 2022-23', cells: LOG_2022_23.map((row) => row.map(excelCell)) },
    ],
    active: 'Log 2022-23',
  });
}

const PANE_REQUEST: BuildRequest = {
  source: null,
  fileName: file,
  period: { kind: 'custom', from, to },
  asOf,
  overrides: {},
  builtAt: '20 April 2023, 09:00',
};

describe('the two-year tracker through the command line', () => {
  let path: string;
  beforeAll(async () => {
    path = await writeTracker();
  });

  it('rule 18: --sheet repeated reads both sheets in order: the Report worked out by hand', async () => {
    const args = TWO_YEARS_SHEET_NAMES.flatMap((name) => ['--sheet', name]);
    expect(await throughCli(path, args)).toEqual(TWO_YEARS_EXPECTED);
  });

  it('rule 2: with no --sheet, every visible sheet is read: the same Report', async () => {
    expect(await throughCli(path, [])).toEqual(TWO_YEARS_EXPECTED);
  });

  it('rule 6: --sheet keeps the order given: reversed, the duplicate is the 2021-22 row', async () => {
    const report = await throughCli(path, ['--sheet', 'Log 2022-23', '--sheet', 'Log 2021-22']);
    expect(report.source.sheets.map((s) => s.sheet)).toEqual(['Log 2022-23', 'Log 2021-22']);
    const duplicates = report.issues.filter((issue) => issue.code === 'duplicate');
    expect(duplicates.map((issue) => [issue.sheet, issue.row])).toEqual([['Log 2021-22', 9]]);
    // The same complaints either way: the two A106 rows are identical.
    expect(report.all).toEqual(TWO_YEARS_EXPECTED.all);
  });

  it('one --sheet reads that sheet alone', async () => {
    const report = await throughCli(path, ['--sheet', 'Log 2021-22']);
    expect(report.source.sheets.map((s) => s.sheet)).toEqual(['Log 2021-22']);
    expect(report.all.complaints).toBe(0);
  });

  it('a sheet named twice is bad usage', async () => {
    const errors: string[] = [];
    const code = await main(
      ['build', path, '--sheet', 'Log 2021-22', '--sheet', 'Log 2021-22'],
      { out: () => undefined, now: () => new Date(2023, 3, 20) },
      (text) => errors.push(text),
    );
    expect(code).toBe(2);
    expect(errors.join('')).toMatch(/--sheet 'Log 2021-22' is given twice/);
  });
});

describe('the two-year tracker through the task pane’s build (Excel host)', () => {
  it('with no source, Excel reads the active sheet only: the core’s Report for that sheet', async () => {
    installWorkbook();
    const outcome = await runBuild(createExcelHost(), PANE_REQUEST);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const core = buildReport(twoYearsSheets()[1], {
      file,
      from: day(from),
      to: day(to),
      asOf: day(asOf),
    });
    if (!core.ok) throw new Error(core.message);
    expect(JSON.parse(JSON.stringify(outcome.report))).toEqual(core.report);
    expect(outcome.report.source.sheets.map((s) => s.sheet)).toEqual(['Log 2022-23']);
  });

  it('rule 18: both sheets read through the Excel host by name give the Report worked out by hand', async () => {
    installWorkbook();
    const host = readingSheets(createExcelHost(), TWO_YEARS_SHEET_NAMES);
    const outcome = await runBuild(host, PANE_REQUEST);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(JSON.parse(JSON.stringify(outcome.report))).toEqual(TWO_YEARS_EXPECTED);
  });
});
