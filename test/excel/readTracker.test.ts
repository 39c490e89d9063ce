import { createExcelHost } from '../../src/excel/createExcelHost';
import { HostError } from '../../src/core/port';
import { installFakeExcel } from './support/fakeExcel';
import { HEADER, trackerGrid, trackerRow } from './support/trackerCells';

const payloadError = (code: string) => ({ code, message: 'too big' });

describe('readTracker', () => {
  it('reads the active sheet with its own row numbers and first column', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: trackerGrid(3, 4, 2) }] });
    const [sheet] = await createExcelHost().readTracker(null);
    expect(sheet.name).toBe('Tracker');
    expect(sheet.values[0]).toEqual(HEADER);
    expect(sheet.values[3]).toEqual(trackerRow(2));
    expect(sheet.rowNumbers).toEqual([4, 5, 6, 7]);
    expect(sheet.firstColumn).toBe(2);
    expect(sheet.date1904).toBe(false);
    expect(fake.valueReads).toEqual(['Tracker!C4:M7']);
  });

  it('reads a named sheet rather than the active one', async () => {
    installFakeExcel({
      active: 'Notes',
      sheets: [
        { name: 'Notes', cells: [['nothing to see']] },
        { name: 'Log 2022', cells: trackerGrid(2) },
      ],
    });
    const [sheet] = await createExcelHost().readTracker({ kind: 'sheet', name: 'Log 2022' });
    expect(sheet.name).toBe('Log 2022');
    expect(sheet.values).toHaveLength(3);
    expect(sheet.rowNumbers).toEqual([1, 2, 3]);
  });

  it('reads an Excel table with its header, wherever it sits on the sheet', async () => {
    const fake = installFakeExcel({
      sheets: [{ name: 'Data', cells: [['Title above the table'], [], ...trackerGrid(5, 1, 1)] }],
      tables: [
        {
          name: 'Complaints',
          sheet: 'Data',
          firstRow: 3,
          firstColumn: 1,
          rowCount: 6,
          columnCount: 11,
        },
      ],
    });
    const [sheet] = await createExcelHost().readTracker({ kind: 'table', name: 'Complaints' });
    expect(sheet.name).toBe('Data');
    expect(sheet.values[0]).toEqual(HEADER);
    expect(sheet.rowNumbers).toEqual([3, 4, 5, 6, 7, 8]);
    expect(sheet.firstColumn).toBe(1);
    expect(fake.valueReads).toEqual(['Data!B3:L8']);
  });

  it('sees the 1904 date system through DATE(1904,1,1)', async () => {
    installFakeExcel({ date1904: true, sheets: [{ name: 'Mac tracker', cells: trackerGrid(1) }] });
    expect((await createExcelHost().readTracker(null))[0].date1904).toBe(true);
  });

  it.each([
    ['an empty sheet', { kind: 'sheet', name: 'Blank' } as const, 'no-data', /"Blank" is empty/],
    ['a missing sheet', { kind: 'sheet', name: 'Old' } as const, 'not-found', /the sheet "Old"/],
    ['a missing table', { kind: 'table', name: 'T1' } as const, 'not-found', /the table "T1"/],
  ])('refuses %s with a message that says what to do', async (_, source, kind, message) => {
    installFakeExcel({ sheets: [{ name: 'Blank', cells: [] }] });
    const failure = createExcelHost().readTracker(source);
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ kind, message: expect.stringMatching(message) });
  });

  it('reads in chunks, reporting progress after each, and loses no row', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: trackerGrid(999) }] });
    const progress: [number, number][] = [];
    const host = createExcelHost({ firstReadCellBytes: 40, maxPayloadBytes: 40_000 });
    const [sheet] = await host.readTracker(null, (read, total) => progress.push([read, total]));
    expect(sheet.values).toEqual(trackerGrid(999));
    expect(sheet.rowNumbers[999]).toBe(1000);
    expect(fake.valueReads.length).toBeGreaterThan(2);
    expect(fake.valueReads[0]).toBe('Tracker!A1:K90'); // 40,000 bytes / (11 cells × 40 bytes)
    expect(progress.map(([read]) => read)).toEqual(
      [...progress.map(([read]) => read)].sort((a, b) => a - b),
    );
    expect(progress[progress.length - 1]).toEqual([1000, 1000]);
    expect(progress.length).toBe(fake.valueReads.length);
  });

  it('sizes the first read in bytes: 64 per cell by default, so 1,000 rows come at once', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: trackerGrid(999) }] });
    const sync = jest.spyOn(fake.context, 'sync');
    await createExcelHost({ maxPayloadBytes: 1_000_000 }).readTracker(null);
    expect(fake.valueReads).toEqual(['Tracker!A1:K1000']);
    expect(sync).toHaveBeenCalledTimes(2); // the size, then the values
  });

  it('sizes later reads from the bytes measured, so a wide text column gets fewer rows', async () => {
    const long = 'x'.repeat(400);
    const cells = trackerGrid(999).map((row, i) => (i === 0 ? row : [...row.slice(0, 10), long]));
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells }] });
    await createExcelHost({ maxPayloadBytes: 100_000 }).readTracker(null);
    expect(fake.valueReads[0]).toBe('Tracker!A1:K142'); // 100,000 / (11 × 64)
    expect(Math.max(...fake.responseBytes)).toBeLessThanOrEqual(100_000);
  });

  it.each([
    'RequestPayloadSizeLimitExceeded',
    'ResponsePayloadSizeLimitExceeded',
    'RangeExceedsLimit',
  ])('halves the rows and retries when Excel answers %s', async (code) => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: trackerGrid(399) }] });
    fake.failSyncs(null, payloadError(code));
    // 281,600 bytes / (11 cells × 64 bytes) = 400 rows in the first read.
    const [sheet] = await createExcelHost({ maxPayloadBytes: 281_600 }).readTracker(null);
    expect(sheet.values).toEqual(trackerGrid(399));
    expect(fake.valueReads.slice(0, 3)).toEqual([
      'Tracker!A1:K400',
      'Tracker!A1:K200',
      'Tracker!A201:K400',
    ]);
  });

  it('gives up with a too-large message when a single row is still too large', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: trackerGrid(1) }] });
    fake.failSyncs(null, ...Array(5).fill(payloadError('ResponsePayloadSizeLimitExceeded')));
    await expect(createExcelHost().readTracker(null)).rejects.toMatchObject({ kind: 'too-large' });
  });

  it.each([
    [5_000, 3],
    [100_000, 8],
  ])('reads %i rows of 11 columns in at most %i syncs, each under 5 MB', async (rows, maxSyncs) => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: trackerGrid(rows) }] });
    const sync = jest.spyOn(fake.context, 'sync');
    const [sheet] = await createExcelHost().readTracker(null);
    expect(sheet.values).toHaveLength(rows + 1);
    expect(sheet.values[rows]).toEqual(trackerRow(rows - 1));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(maxSyncs);
    expect(Math.max(...fake.responseBytes)).toBeLessThan(5_000_000);
    if (process.env.REPORT_FIGURES) {
      process.stdout.write(
        `${rows} rows: ${sync.mock.calls.length} syncs, ${fake.responseBytes.join(' / ')} bytes\n`,
      );
    }
  });

  it('never writes to the tracker', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: trackerGrid(50) }] });
    await createExcelHost({ maxPayloadBytes: 7_040 }).readTracker(null);
    expect(fake.log.filter((entry) => entry !== 'sync')).toEqual([]);
    expect(fake.grid('Tracker')).toEqual(trackerGrid(50));
  });
});
