import { createExcelHost } from '../../src/excel/createExcelHost';
import { layoutGrid } from '../../src/excel/summaryGrid';
import { installFakeExcel } from './support/fakeExcel';
import { sampleLayout } from './support/summaryLayouts';
import { trackerGrid } from './support/trackerCells';

const SUMMARY = 'Complaints summary';

function tracker() {
  return { name: 'Tracker', cells: trackerGrid(20) };
}

describe('writeSummary', () => {
  it('writes the whole layout to a new summary sheet in one values assignment', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await createExcelHost().writeSummary(sampleLayout());
    const grid = layoutGrid(sampleLayout());
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)).toEqual(grid.cells);
    expect(fake.log.filter((e) => e.startsWith('values'))).toEqual([`values ${SUMMARY}!A1:D33`]);
  });

  it('sets the text format before any value lands, so "=SUM(A1)" stays text', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await createExcelHost().writeSummary(sampleLayout());
    const writes = fake.log.filter((e) => /^(numberFormat|values) /.test(e));
    expect(writes).toEqual([`numberFormat ${SUMMARY}!A1:D33`, `values ${SUMMARY}!A1:D33`]);
    const block = fake.ranges.find((r) => r.address === 'A1:D33' && r.sheet === SUMMARY)!;
    const row = (block.mock.values as unknown[][]).findIndex((cells) => cells[0] === '=SUM(A1)');
    expect((block.mock.numberFormat as string[][])[row][0]).toBe('@');
  });

  it('bolds the title, table titles and headers, and autofits the tables', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await createExcelHost().writeSummary(sampleLayout());
    const bold = fake.ranges.filter((r) => r.font.bold === true).map((r) => r.address);
    expect(bold).toEqual(expect.arrayContaining(['A1:D1', 'A6:D6', 'A7:D7', 'A32:D32']));
    expect(bold).toHaveLength(13);
    expect(fake.log).toContain(`autofit ${SUMMARY}!A6:D33`);
  });

  it('adds a native chart, titled, for each table that asks for one', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await createExcelHost().writeSummary(sampleLayout());
    expect(
      fake.charts.map((c) => [c.sheet, c.type, c.dataAddress, c.seriesBy, c.chart.title.text]),
    ).toEqual([
      [SUMMARY, 'Pie', 'A11:B14', 'Columns', 'Outcomes'],
      [SUMMARY, 'ColumnClustered', 'A17:C19', 'Columns', 'Stages'],
      [SUMMARY, 'BarClustered', 'A27:C29', 'Columns', 'Timescales'],
    ]);
    expect(fake.charts.every((c) => c.chart.position.length === 2)).toBe(true);
  });

  it('shows the summary sheet at the end, in two syncs', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    const sync = jest.spyOn(fake.context, 'sync');
    await createExcelHost().writeSummary(sampleLayout());
    expect(fake.log.filter((e) => e !== 'sync').pop()).toBe(`activate ${SUMMARY}`);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  it('replaces its own earlier summary rather than adding a second one', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    const host = createExcelHost();
    await host.writeSummary(sampleLayout());
    const sync = jest.spyOn(fake.context, 'sync');
    await host.writeSummary({ ...sampleLayout(), notes: ['Built 1 May 2023 at 09:00.'] });
    expect(fake.sheetNames()).toEqual(['Tracker', SUMMARY]);
    expect(fake.grid(SUMMARY)[1][0]).toBe('Built 1 May 2023 at 09:00.');
    const order = fake.log.filter((e) => /sheet/.test(e));
    expect(order).toEqual([
      `add sheet ${SUMMARY}`,
      `delete sheet ${SUMMARY}`,
      `add sheet ${SUMMARY}`,
    ]);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  it('never deletes a sheet of that name that the user made', async () => {
    const theirs = {
      name: SUMMARY,
      cells: [['Complaints summary'], ['Our own pivot, do not touch']],
    };
    const fake = installFakeExcel({ sheets: [tracker(), theirs] });
    await expect(createExcelHost().writeSummary(sampleLayout())).rejects.toMatchObject({
      message: expect.stringMatching(/did not make\. Rename that sheet/),
    });
    expect(fake.log.some((e) => e.startsWith('delete sheet'))).toBe(false);
    expect(fake.grid(SUMMARY)[1][0]).toBe('Our own pivot, do not touch');
  });

  it('never writes to the tracker sheet', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await createExcelHost().writeSummary(sampleLayout());
    expect(fake.log.some((e) => e.includes('Tracker!'))).toBe(false);
    expect(fake.grid('Tracker')).toEqual(trackerGrid(20));
  });

  it('writes a summary too large for one request in slices, each text-formatted first', async () => {
    const fake = installFakeExcel({ sheets: [tracker()] });
    await createExcelHost({ maxPayloadBytes: 600 }).writeSummary(sampleLayout());
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
      fake.failSyncs(null, { code }, { code }, { code });
      await expect(
        createExcelHost({ retryDelayMs: 0 }).writeSummary(sampleLayout()),
      ).rejects.toMatchObject({ kind, message: expect.stringMatching(message) });
    },
  );
});
