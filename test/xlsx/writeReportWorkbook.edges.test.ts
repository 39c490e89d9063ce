import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { SummaryLayout } from '../../src/core/summaryLayout';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { writeReportWorkbook } from '../../src/xlsx/writeReportWorkbook';
import { conditionalFormats, sheetPartXml } from './_helpers/parts';
import { buildTracker, buildWorkbook, handWorkbook, patchPart } from './_helpers/workbooks';

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
  notes: ['Built 3 March 2022 at 10:15.'],
  tables: [
    { id: 'totals', title: 'Totals', header: ['Measure', 'All'], rows: [['=1+1', 2]], chart: null },
  ],
};

describe('writeReportWorkbook on workbooks that need care', () => {
  it('writes beside a tracker sheet that is itself called "Complaints Summary"', async () => {
    const input = await buildWorkbook((workbook) => {
      const sheet = workbook.addWorksheet('Complaints Summary');
      sheet.addRow(['Ref', 'Date received']);
      sheet.addRow(['C-001', 44442]);
    });
    const target = { sheet: 'Complaints Summary', rows: [2], firstColumn: 0, lastColumn: 1 };
    const output = await writeReportWorkbook(input, { layout, highlights: [target] });
    const after = openWorkbook(output);
    expect(after.sheetNames).toEqual(['Complaints Summary', 'Complaints summary (2)']);
    expect(after.readSheet('Complaints Summary').values).toEqual([
      ['Ref', 'Date received'],
      ['C-001', 44442],
    ]);
  });

  it("never replaces the user's own sheet of that name, and replaces its own on a rebuild", async () => {
    const input = await buildWorkbook((workbook) => {
      workbook.addWorksheet('Tracker').getCell('A1').value = 'Ref';
      workbook.addWorksheet('Complaints summary').getCell('A1').value = 'My own notes';
    });
    const first = await writeReportWorkbook(input, { layout, highlights: [] });
    const second = await writeReportWorkbook(first, {
      layout: { ...layout, notes: ['Built 4 March 2022 at 09:00.'] },
      highlights: [],
    });
    const after = openWorkbook(second);
    expect(after.sheetNames).toEqual(['Tracker', 'Complaints summary', 'Complaints summary (2)']);
    expect(after.readSheet('Complaints summary').values).toEqual([['My own notes']]);
    expect(after.readSheet('Complaints summary (2)').values.slice(0, 2)).toEqual([
      ['Complaints summary'],
      ['Built 4 March 2022 at 09:00.'],
    ]);
  });

  it('keeps an .xlsm a macro-enabled workbook, its VBA project byte for byte', async () => {
    const macro = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';
    const vba = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4, 5]);
    const base = await buildTracker();
    const parts = unzipSync(base);
    parts['xl/vbaProject.bin'] = vba;
    parts['[Content_Types].xml'] = strToU8(
      strFromU8(parts['[Content_Types].xml']).replace(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
        macro,
      ),
    );
    const output = await writeReportWorkbook(zipSync(parts), { layout, highlights: [] });
    const after = unzipSync(output);
    expect(strFromU8(after['[Content_Types].xml'])).toContain(macro);
    expect(Buffer.from(after['xl/vbaProject.bin']).equals(Buffer.from(vba))).toBe(true);
  });

  it('refuses a strict OOXML workbook, saying how to save it', async () => {
    const strict = patchPart(await buildTracker(), 'xl/workbook.xml', (xml) =>
      xml.replace(
        'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
        'http://purl.oclc.org/ooxml/spreadsheetml/main',
      ),
    );
    const attempt = writeReportWorkbook(strict, { layout, highlights: [] });
    await expect(attempt).rejects.toMatchObject({ kind: 'unsupported', name: 'HostError' });
    await expect(writeReportWorkbook(strict, { layout, highlights: [] })).rejects.toThrow(
      /Strict Open XML.*Excel Workbook \(\*\.xlsx\)/,
    );
  });

  it('adds a styles part to a package that has none, and prefixes what it adds like the part', async () => {
    const xml =
      '<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const input = handWorkbook({ sheets: [{ name: 'S', xml }] });
    const target = { sheet: 'S', rows: [1], firstColumn: 0, lastColumn: 0 };
    const output = await writeReportWorkbook(input, { layout, highlights: [target] });
    const after = openWorkbook(output);
    expect(after.sheetNames).toEqual(['S', 'Complaints summary']);
    expect(after.readSheet('S').values).toEqual([[1]]);
    expect(sheetPartXml(output, 'S')).toContain('<x:conditionalFormatting sqref="A1:A1">');
    expect(conditionalFormats(sheetPartXml(output, 'S').replace(/x:/g, ''))).toHaveLength(1);
    expect(unzipSync(output)['xl/styles.xml']).toBeDefined();
  });
});
