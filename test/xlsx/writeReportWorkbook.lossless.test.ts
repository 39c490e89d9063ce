import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import type { RowTarget } from '../../src/core/port';
import type { SummaryLayout } from '../../src/core/summaryLayout';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { writeReportWorkbook } from '../../src/xlsx/writeReportWorkbook';
import { conditionalFormats, sheetPartXml } from './_helpers/parts';
import { convertsToPdf } from './_helpers/libreOffice';
import { buildWorkbook } from './_helpers/workbooks';

// Saved by openpyxl (scripts/make-rich-tracker.py): a chart, comments, a data validation, a table,
// a defined name and the user's own conditional format. exceljs cannot even open it.
const RICH = new Uint8Array(readFileSync(join(__dirname, '../fixtures/xlsx/rich-tracker.xlsx')));

const layout: SummaryLayout = {
  sheetName: 'Complaints summary',
  title: 'Complaints summary',
  print: {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    repeatRows: 1,
    footer: 'Built today.',
  },
  notes: ['Source: rich-tracker.xlsx.', 'Built 30 April 2022 at 10:00.'],
  tables: [
    {
      id: 'issues',
      title: 'Issues found in the tracker',
      header: ['Row', 'Severity', 'Field', 'Message'],
      rows: [[3, 'warning', 'outcome', 'A long message that wraps in its column. '.repeat(4)]],
      chart: null,
    },
  ],
};
const overdue: RowTarget = { sheet: 'Tracker', rows: [3], firstColumn: 0, lastColumn: 5 };
const ALLOWED = [
  '[Content_Types].xml',
  'xl/workbook.xml',
  'xl/_rels/workbook.xml.rels',
  'xl/styles.xml',
];

const sheetData = (xml: string): string => /<sheetData>.*<\/sheetData>/s.exec(xml)?.[0] ?? '';

describe('writeReportWorkbook keeps what it does not change', () => {
  let output: Uint8Array;
  beforeAll(async () => {
    output = await writeReportWorkbook(RICH, { layout, highlights: [overdue] });
  });

  it('copies every part but the workbook, its rels, content types, styles and the tracker byte for byte', () => {
    const before = unzipSync(RICH);
    const after = unzipSync(output);
    for (const [name, bytes] of Object.entries(before)) {
      if (ALLOWED.includes(name) || name === 'xl/worksheets/sheet1.xml') continue;
      expect({ name, same: Buffer.from(after[name] ?? []).equals(Buffer.from(bytes)) }).toEqual({
        name,
        same: true,
      });
    }
    const added = Object.keys(after).filter((name) => !(name in before));
    expect(added).toEqual(['xl/worksheets/sheet2.xml']);
  });

  it('leaves the tracker cells byte-identical and adds the highlight after the user rule', () => {
    const before = strFromU8(unzipSync(RICH)['xl/worksheets/sheet1.xml']);
    const after = sheetPartXml(output, 'Tracker');
    expect(sheetData(after)).toBe(sheetData(before));
    expect(conditionalFormats(after).map(({ sqref, formulas }) => ({ sqref, formulas }))).toEqual([
      { sqref: 'F2:F100', formulas: ['20'] },
      { sqref: 'A3:F3', formulas: ['AND(TRUE,"complaints-report"<>"")'] },
    ]);
    // Schema order: conditional formats come before the data validations.
    expect(after.indexOf('</conditionalFormatting><dataValidations')).toBeGreaterThan(0);
    expect(after).toMatch(/priority="2"/);
  });

  it('re-reads with our reader, values unchanged, and writes a print setup on the summary', () => {
    const before = openWorkbook(RICH);
    const after = openWorkbook(output);
    expect(after.sheets).toEqual([
      { name: 'Tracker', visibility: 'visible' },
      { name: 'Complaints summary', visibility: 'visible' },
    ]);
    expect(after.readSheet('Tracker')).toEqual(before.readSheet('Tracker'));
    const summary = sheetPartXml(output, 'Complaints summary');
    expect(summary).toContain('<pageSetup paperSize="9" orientation="portrait" fitToWidth="1"');
    expect(summary).toMatch(/<c r="D7" s="\d+" t="inlineStr">/);
  });

  it('opens in LibreOffice', () => {
    expect(convertsToPdf(output, 'rich-report.xlsx')).not.toBe(false);
  }, 180_000);

  it('re-reads with exceljs when exceljs could read the original', async () => {
    const input = await buildWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('Tracker');
      sheet.addRow(['Ref', 'Outcome']);
      sheet.addRow(['C-001', 'Upheld']);
      sheet.getCell('A2').note = 'Escalated by phone';
      sheet.getCell('B2').dataValidation = { type: 'list', formulae: ['"Upheld,Not upheld"'] };
      workbook.definedNames.add('Tracker!$B$2', 'Outcome');
    });
    const copy = await writeReportWorkbook(input, { layout, highlights: [overdue] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(copy as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      'Tracker',
      'Complaints summary',
    ]);
    expect(workbook.getWorksheet('Tracker')?.getCell('A2').note).toBe('Escalated by phone');
    expect(convertsToPdf(copy, 'exceljs-report.xlsx')).not.toBe(false);
  }, 180_000);
});
