import { MAX_COLUMN_WIDTH, summaryColumnWidths } from '../../src/core/summaryLayout';
import { createExcelHost } from '../../src/excel/createExcelHost';
import { columnPoints } from '../../src/excel/writeSummary';
import { layoutGrid } from '../../src/excel/summaryGrid';
import { installFakeExcel, type SheetSpec } from './support/fakeExcel';
import { sampleLayout } from './support/summaryLayouts';
import { trackerGrid } from './support/trackerCells';
import { writeReport } from './support/writeReport';

const SUMMARY = 'Complaints summary';
/** The new summary's name while it is written, before the old one goes. */
const NEW = 'Complaints summary (new)';

function tracker() {
  return { name: 'Tracker', cells: trackerGrid(20) };
}

describe('writeSummary', () => {
  it('writes the whole layout to a new summary sheet in one values assignment', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    const grid = layoutGrid(sampleLayout());
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)).toEqual(grid.cells);
    expect(fake.log.filter((e) => e.startsWith('values'))).toEqual([`values ${NEW}!A1:D33`]);
  });

  it('sets the text format before any value lands, so "=SUM(A1)" stays text', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    const writes = fake.log.filter((e) => /^(numberFormat|values) /.test(e));
    expect(writes).toEqual([`numberFormat ${NEW}!A1:D33`, `values ${NEW}!A1:D33`]);
    const block = fake.ranges.find((r) => r.address === 'A1:D33' && r.sheet === SUMMARY)!;
    const row = (block.mock.values as unknown[][]).findIndex((cells) => cells[0] === '=SUM(A1)');
    expect((block.mock.numberFormat as string[][])[row][0]).toBe('@');
  });

  it('bolds the title, table titles and headers', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    const bold = fake.ranges.filter((r) => r.font.bold === true).map((r) => r.address);
    expect(bold).toEqual(expect.arrayContaining(['A1:D1', 'A6:D6', 'A7:D7', 'A32:D32']));
    expect(bold).toHaveLength(13);
  });

  it('sets each column to the width the core works out, as the .xlsx file has it', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    const widths = summaryColumnWidths(sampleLayout());
    const set = fake.ranges
      .filter((r) => /^[A-Z]+:[A-Z]+$/.test(r.address))
      .map((r) => [r.address, r.format.columnWidth]);
    expect(set).toEqual(
      widths.map((digits, i) => {
        const column = String.fromCharCode(65 + i);
        return [`${column}:${column}`, columnPoints(digits)];
      }),
    );
    // The issue message wraps at the widest column rather than widening it.
    expect(widths[3]).toBe(MAX_COLUMN_WIDTH);
    expect(fake.log.some((e) => e.startsWith('autofit '))).toBe(false);
  });

  it('wraps each table’s text, top-aligned, and sizes the rows to it', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    const wrapped = fake.ranges.filter((r) => r.format.wrapText === true);
    expect(wrapped.map((r) => r.address)).toEqual([
      'A7:C8',
      'A11:C14',
      'A17:C19',
      'A22:C24',
      'A27:C29',
      'A32:D33',
    ]);
    expect(wrapped.every((r) => r.format.verticalAlignment === 'Top')).toBe(true);
    expect(fake.log).toContain(`autofitRows ${NEW}!A6:D33`);
  });

  it('adds a native chart, titled, for each table that asks for one', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    expect(
      fake.charts.map((c) => [c.sheet, c.type, c.dataAddress, c.seriesBy, c.chart.title.text]),
    ).toEqual([
      [SUMMARY, 'Pie', 'A11:B14', 'Columns', 'Outcomes'],
      [SUMMARY, 'ColumnClustered', 'A17:C19', 'Columns', 'Stages'],
      [SUMMARY, 'BarClustered', 'A27:C29', 'Columns', 'Timescales'],
    ]);
    expect(fake.charts.every((c) => c.chart.position.length === 2)).toBe(true);
  });

  it('names and shows the summary sheet once it is written, in three syncs on its own', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    const sync = jest.spyOn(fake.context, 'sync');
    await writeReport(createExcelHost());
    const sheetSteps = fake.log.filter((e) => /^(add sheet|rename|activate|delete sheet)/.test(e));
    expect(sheetSteps).toEqual([
      `add sheet ${NEW}`,
      `rename ${NEW} -> ${SUMMARY}`,
      `activate ${SUMMARY}`,
    ]);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it('replaces its own earlier summary rather than adding a second one', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    const host = createExcelHost();
    await writeReport(host);
    fake.log.length = 0;
    await writeReport(host, {
      layout: { ...sampleLayout(), notes: ['Built 1 May 2023 at 09:00.'] },
    });
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)[1][0]).toBe('Built 1 May 2023 at 09:00.');
    const order = fake.log.filter((e) => /^(add sheet|delete sheet|rename)/.test(e));
    expect(order).toEqual([
      `add sheet ${NEW}`,
      `delete sheet ${SUMMARY}`,
      `rename ${NEW} -> ${SUMMARY}`,
    ]);
  });

  it('never deletes a sheet of that name that the user made', async () => {
    const theirs = {
      name: SUMMARY,
      cells: [['Complaints summary'], ['Our own pivot, do not touch']],
    };
    const fake = installFakeExcel({ sheets: [tracker(), theirs] });
    await expect(writeReport(createExcelHost())).rejects.toMatchObject({
      message: expect.stringMatching(/did not make\. Rename that sheet/),
    });
    expect(fake.log.some((e) => e.startsWith('delete sheet'))).toBe(false);
    expect(fake.grid(SUMMARY)[1][0]).toBe('Our own pivot, do not touch');
  });

  it('never writes to the tracker sheet', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost());
    expect(fake.log.some((e) => e.includes('Tracker!'))).toBe(false);
    expect(fake.grid('Tracker')).toEqual(trackerGrid(20));
  });

  it('writes a summary too large for one request in slices, each text-formatted first', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await writeReport(createExcelHost({ maxPayloadBytes: 600 }));
    const writes = fake.log.filter((e) => /^(numberFormat|values) /.test(e));
    expect(writes.length).toBeGreaterThan(2);
    writes.forEach((entry, i) =>
      expect(entry.split(' ')[0]).toBe(i % 2 === 0 ? 'numberFormat' : 'values'),
    );
    expect(fake.grid(SUMMARY)).toEqual(layoutGrid(sampleLayout()).cells);
  });

  it.each([
    ['AccessDenied', 'protected', /Protect Workbook/],
    ['InvalidOperationInCellEditMode', 'editing', /press Enter or Esc/],
  ])(
    'turns Excel refusing with %s into the %s kind with a message to act on',
    async (code, kind, message) => {
      const fake = installFakeExcel({ sheets: [tracker()] });
      fake.failSyncs(null, null, { code });
      await expect(writeReport(createExcelHost())).rejects.toMatchObject({
        kind,
        message: expect.stringMatching(message),
      });
      expect(fake.sheetNames()).not.toContain(NEW);
    },
  );
});

describe('rebuilding the summary safely', () => {
  /** A summary sheet as an earlier build left it. */
  function oldSummary(extra: Partial<SheetSpec> = {}): SheetSpec {
    return { name: SUMMARY, cells: layoutGrid(sampleLayout()).cells, ...extra };
  }
  const rebuilt = { ...sampleLayout(), notes: ['Built 1 May 2023 at 09:00.'] };

  it('replaces an old summary that is the only visible sheet: the new one is there first', async () => {
    const fake = installFakeExcel({
      active: SUMMARY,
      sheets: [{ ...tracker(), hidden: true }, oldSummary()],
    });
    await expect(writeReport(createExcelHost(), { layout: rebuilt })).resolves.toEqual({
      settingsError: null,
    });
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)[1][0]).toBe('Built 1 May 2023 at 09:00.');
  });

  it('refuses a very hidden old summary with what to do, and leaves it there', async () => {
    const fake = installFakeExcel({ sheets: [tracker(), oldSummary({ veryHidden: true })] });
    await expect(writeReport(createExcelHost(), { layout: rebuilt })).rejects.toMatchObject({
      message: expect.stringMatching(/very hidden.*Visible.*then build again\.$/),
    });
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)).toEqual(layoutGrid(sampleLayout()).cells);
    expect(fake.log.some((e) => /^(add|delete) sheet|^rule\+/.test(e))).toBe(false);
  });

  it('refuses a protected workbook structure up front, and leaves the old summary', async () => {
    const fake = installFakeExcel({ structureProtected: true, sheets: [tracker(), oldSummary()] });
    const sync = jest.spyOn(fake.context, 'sync');
    await expect(writeReport(createExcelHost(), { layout: rebuilt })).rejects.toMatchObject({
      kind: 'protected',
      message: expect.stringMatching(/structure is protected.*Review > Protect Workbook/),
    });
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)).toEqual(layoutGrid(sampleLayout()).cells);
    expect(sync).toHaveBeenCalledTimes(2); // the looks; nothing was sent to be written
  });

  it('without the protection API (ExcelApi 1.6), turns Excel refusing into the same advice', async () => {
    const fake = installFakeExcel({
      apiVersion: '1.6',
      structureProtected: true,
      sheets: [tracker(), oldSummary()],
    });
    await expect(writeReport(createExcelHost(), { layout: rebuilt })).rejects.toMatchObject({
      kind: 'protected',
      message: expect.stringMatching(/Review > Protect Workbook/),
    });
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)).toEqual(layoutGrid(sampleLayout()).cells);
  });

  it('removes the half-written new summary when Excel refuses the swap', async () => {
    const fake = installFakeExcel({ sheets: [tracker(), oldSummary()] });
    fake.failSyncs(null, null, { code: 'InvalidOperation' });
    await expect(writeReport(createExcelHost(), { layout: rebuilt })).rejects.toMatchObject({
      message: expect.stringMatching(/InvalidOperation/),
    });
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
  });
});
