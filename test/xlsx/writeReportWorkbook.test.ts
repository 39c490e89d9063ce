import ExcelJS from 'exceljs';
import type { SummaryLayout } from '../../src/core/summaryLayout';
import { HostError, type RowTarget } from '../../src/core/port';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { writeReportWorkbook } from '../../src/xlsx/writeReportWorkbook';
import { HIGHLIGHT_FILL_ARGB } from '../../src/xlsx/_lib/highlightRules';
import { conditionalFormats, sheetPartXml } from './_helpers/parts';
import { buildTracker, patchPart, readPart } from './_helpers/workbooks';

const layout: SummaryLayout = {
  sheetName: 'Complaints summary',
  title: 'Complaints summary',
  notes: ['Source: tracker.xlsx, sheet Tracker, header row 3.', 'Built 3 March 2022 at 10:15.'],
  print: {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: true,
    repeatRows: 1,
    footer: 'Built today.',
  },
  tables: [
    {
      id: 'totals',
      title: 'Complaints received',
      header: ['Measure', 'All complaints', 'Children in care'],
      rows: [['Complaints', 2, 1]],
      chart: null,
    },
    {
      id: 'upheldByTeam',
      title: 'Upheld or partially upheld, by team',
      header: ['Team', 'All complaints'],
      rows: [
        ['=HYPERLINK("http://example.org","Fostering")', 1],
        ['+44 20 7946 0000', 0],
        ['-Leaving care', 2],
        ['@Duty', 1.5],
      ],
      chart: 'bar',
    },
    {
      id: 'issues',
      title: 'Issues found in the tracker',
      header: ['Row', 'Severity', 'Field', 'Message'],
      rows: [[8, 'info', '', 'Row 8 is a total row: skipped.']],
      chart: null,
    },
  ],
};

const target = (rows: number[]): RowTarget => ({
  sheet: 'Tracker',
  rows,
  firstColumn: 1,
  lastColumn: 7,
});

/** A tracker with the user's own conditional format and text that XML cannot carry as it is. */
async function buildUserTracker(): Promise<Uint8Array> {
  const data = await buildTracker({
    extra: (ws) => {
      ws.addConditionalFormatting({
        ref: 'F4:F100',
        rules: [
          {
            type: 'cellIs',
            operator: 'greaterThan',
            formulae: [10],
            priority: 1,
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } },
          },
        ],
      });
      ws.getCell('H9').value = 'CRLF';
      ws.getCell('H10').value = 'ESCAPED';
      ws.getCell('H11').value = '=1+1 typed as text';
    },
  });
  // Excel writes a carriage return as _x000D_ and a literal "_x0041_" as _x005F_x0041_.
  return patchPart(data, 'xl/sharedStrings.xml', (xml) =>
    xml
      .replace('<t>CRLF</t>', '<t xml:space="preserve">Email pasted_x000D_\nwith a bell_x0007_</t>')
      .replace('<t>ESCAPED</t>', '<t>code _x005F_x0041_ kept</t>'),
  );
}

describe('writeReportWorkbook', () => {
  it('leaves every value of every tracker sheet exactly as it was', async () => {
    const input = await buildUserTracker();
    const output = await writeReportWorkbook(input, { layout, highlights: [target([4, 6])] });
    const before = openWorkbook(input);
    const after = openWorkbook(output);
    expect(after.sheetNames).toEqual([...before.sheetNames, 'Complaints summary']);
    for (const name of before.sheetNames) {
      expect(after.readSheet(name)).toEqual(before.readSheet(name));
    }
    expect(before.readSheet('Tracker').values.slice(-3)).toEqual([
      [null, null, null, null, null, null, 'Email pasted\r\nwith a bell\u0007'],
      [null, null, null, null, null, null, 'code _x0041_ kept'],
      [null, null, null, null, null, null, '=1+1 typed as text'],
    ]);
  });

  it('writes the summary sheet from the layout: title, notes, then each table after a blank row', async () => {
    const output = await writeReportWorkbook(await buildTracker(), { layout, highlights: [] });
    const summary = openWorkbook(output).readSheet('Complaints summary');
    expect(summary.firstColumn).toBe(0);
    expect(summary.rowNumbers).toEqual([1, 2, 3, 5, 6, 7, 9, 10, 11, 12, 13, 14, 16, 17, 18]);
    expect(summary.values).toEqual([
      ['Complaints summary'],
      ['Source: tracker.xlsx, sheet Tracker, header row 3.'],
      ['Built 3 March 2022 at 10:15.'],
      ['Complaints received'],
      ['Measure', 'All complaints', 'Children in care'],
      ['Complaints', 2, 1],
      ['Upheld or partially upheld, by team'],
      ['Team', 'All complaints'],
      ['=HYPERLINK("http://example.org","Fostering")', 1],
      ['+44 20 7946 0000', 0],
      ['-Leaving care', 2],
      ['@Duty', 1.5],
      ['Issues found in the tracker'],
      ['Row', 'Severity', 'Field', 'Message'],
      [8, 'info', null, 'Row 8 is a total row: skipped.'],
    ]);
  });

  it('writes text as plain text, never as a formula', async () => {
    const output = await writeReportWorkbook(await buildTracker(), { layout, highlights: [] });
    const xml = sheetPartXml(output, 'Complaints summary');
    expect(xml).not.toMatch(/<f[ >]/);
    // Inline strings: the shared strings stay as they were, and text is never a formula.
    expect(xml).toMatch(/<c r="A11"[^>]* t="inlineStr"/);
    expect(xml).toMatch(/<c r="A12"[^>]* t="inlineStr"/);
    expect(xml).toMatch(/<c r="B14"[^>]*><v>1\.5<\/v>/);
  });

  it('makes titles and headers bold, shades the headers, wraps the tables and sizes the columns', async () => {
    const output = await writeReportWorkbook(await buildTracker(), { layout, highlights: [] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(output as unknown as ExcelJS.Buffer);
    const sheet = workbook.getWorksheet('Complaints summary');
    if (!sheet) throw new Error('no summary sheet');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A5').font?.bold).toBe(true);
    expect(sheet.getCell('C6').font?.bold).toBe(true);
    expect(sheet.getCell('C6').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell('A7').font?.bold).toBeFalsy();
    expect(sheet.getCell('A7').fill).toMatchObject({ pattern: 'none' });
    // Table text wraps within its column, at the top of its row.
    expect(sheet.getCell('A7').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    const widths = [1, 2, 3, 4].map((column) => sheet.getColumn(column).width ?? 0);
    // The 44-character label wraps at the widest column, 45; the message fits with its padding.
    expect(widths[0]).toBe(45);
    expect(widths[3]).toBe('Row 8 is a total row: skipped.'.length + 2);
    for (const width of widths) expect(width).toBeGreaterThanOrEqual(7);
  });

  it('prints as the layout says: A4 landscape, one page wide, its footer, the title repeated', async () => {
    const landscape: SummaryLayout = {
      ...layout,
      print: { ...layout.print, orientation: 'landscape', footer: 'Q1 & Q2. Built today.' },
    };
    const first = await writeReportWorkbook(await buildTracker(), {
      layout: landscape,
      highlights: [],
    });
    const rebuilt = await writeReportWorkbook(first, { layout: landscape, highlights: [] });
    const xml = sheetPartXml(rebuilt, 'Complaints summary');
    expect(xml).toContain(
      '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>',
    );
    expect(xml).toContain('<oddFooter>&amp;CQ1 &amp;&amp; Q2. Built today.</oddFooter>');
    const workbook = readPart(rebuilt, 'xl/workbook.xml') ?? '';
    // Once, on the summary (the fourth tab), however many times it is rebuilt.
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(workbook).toContain(
      '<definedName name="_xlnm.Print_Titles" localSheetId="3">\'Complaints summary\'!$1:$1</definedName>',
    );
  });

  it('gives a row of wrapped text the height of its lines', async () => {
    const long: SummaryLayout = {
      ...layout,
      tables: [
        {
          id: 'issues',
          title: 'Issues found in the tracker',
          header: ['Sheet', 'Row', 'Severity', 'Field', 'Message'],
          rows: [['Log', 4, 'Warning', 'Stage', 'word '.repeat(30).trim()]],
          chart: null,
        },
      ],
    };
    const output = await writeReportWorkbook(await buildTracker(), {
      layout: long,
      highlights: [],
    });
    // 30 words of 4 in a column 45 wide: 9 words to a line of 44, so 4 lines of 15 points.
    expect(sheetPartXml(output, 'Complaints summary')).toContain(
      '<row r="7" ht="60" customHeight="1">',
    );
  });

  it('replaces the summary sheet on a rebuild rather than adding a second one', async () => {
    const first = await writeReportWorkbook(await buildTracker(), { layout, highlights: [] });
    const second = await writeReportWorkbook(first, {
      layout: { ...layout, notes: ['Rebuilt.'], tables: layout.tables.slice(0, 1) },
      highlights: [],
    });
    const workbook = openWorkbook(second);
    expect(workbook.sheetNames).toEqual(['Lists', 'Tracker', 'Notes', 'Complaints summary']);
    expect(workbook.readSheet('Complaints summary').values).toEqual([
      ['Complaints summary'],
      ['Rebuilt.'],
      ['Complaints received'],
      ['Measure', 'All complaints', 'Children in care'],
      ['Complaints', 2, 1],
    ]);
  });

  it('highlights exactly the target rows over the tracker span, contiguous rows as one range', async () => {
    const output = await writeReportWorkbook(await buildUserTracker(), {
      layout,
      highlights: [target([8, 4, 6, 7])],
    });
    const formats = conditionalFormats(sheetPartXml(output, 'Tracker'));
    expect(formats.map(({ sqref, formulas }) => ({ sqref, formulas }))).toEqual([
      { sqref: 'F4:F100', formulas: ['10'] },
      { sqref: 'B4:H4 B6:H8', formulas: ['AND(TRUE,"complaints-report"<>"")'] },
    ]);
    const styles = readPart(output, 'xl/styles.xml') ?? '';
    const dxfs = [...styles.matchAll(/<dxf>(.*?)<\/dxf>/gs)].map((m) => m[1]);
    expect(dxfs[Number(formats[1].dxfId[0])]).toContain(HIGHLIGHT_FILL_ARGB);
    expect(conditionalFormats(sheetPartXml(output, 'Notes'))).toEqual([]);
  });

  it('replaces its earlier highlight on a rebuild and removes it when there is none', async () => {
    const first = await writeReportWorkbook(await buildUserTracker(), {
      layout,
      highlights: [target([4])],
    });
    const second = await writeReportWorkbook(first, { layout, highlights: [target([6, 8])] });
    expect(conditionalFormats(sheetPartXml(second, 'Tracker')).map((f) => f.sqref)).toEqual([
      'F4:F100',
      'B6:H6 B8:H8',
    ]);
    const third = await writeReportWorkbook(second, { layout, highlights: [] });
    expect(conditionalFormats(sheetPartXml(third, 'Tracker')).map((f) => f.sqref)).toEqual([
      'F4:F100',
    ]);
  });

  it('replaces a highlight the Excel add-in made, and keeps a user rule that is always true', async () => {
    const rule = (
      formula: string,
      argb: string,
      priority: number,
    ): ExcelJS.ConditionalFormattingRule => ({
      type: 'expression',
      formulae: [formula],
      priority,
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb } } },
    });
    const input = await buildTracker({
      extra: (ws) => {
        ws.addConditionalFormatting({ ref: 'B1:H1', rules: [rule('TRUE', 'FF00B050', 1)] });
        ws.addConditionalFormatting({
          ref: 'B8:H8',
          rules: [rule('AND(TRUE, "Complaints-Report"<>"")', 'FFFFF2CC', 2)],
        });
      },
    });
    const output = await writeReportWorkbook(input, { layout, highlights: [target([4])] });
    const formats = conditionalFormats(sheetPartXml(output, 'Tracker'));
    expect(formats.map(({ sqref, formulas }) => ({ sqref, formulas }))).toEqual([
      { sqref: 'B1:H1', formulas: ['TRUE'] },
      { sqref: 'B4:H4', formulas: ['AND(TRUE,"complaints-report"<>"")'] },
    ]);
  });

  it('refuses to highlight a sheet the workbook does not have', async () => {
    const attempt = writeReportWorkbook(await buildTracker(), {
      layout,
      highlights: [{ ...target([4]), sheet: 'Complaints' }],
    });
    await expect(attempt).rejects.toThrow(
      new HostError(
        'not-found',
        'This workbook has no sheet called "Complaints" to highlight. Its sheets are: "Lists", "Tracker", "Notes".',
      ),
    );
  });

  it('refuses a file that is not an .xlsx with the reader’s message', async () => {
    const attempt = writeReportWorkbook(new TextEncoder().encode('Ref,Date\n'), {
      layout,
      highlights: [],
    });
    await expect(attempt).rejects.toBeInstanceOf(HostError);
    await expect(attempt).rejects.toMatchObject({ kind: 'unsupported' });
  });
});
