import type { RowTarget, StoredSettings } from '../../src/core/port';
import type { SummaryLayout } from '../../src/core/summaryLayout';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { createXlsxHost, type XlsxHostState } from '../../src/xlsx/xlsxHost';
import { conditionalFormats, sheetPartXml } from './_helpers/parts';
import { buildTracker, handWorkbook, oleFile } from './_helpers/workbooks';

const layout: SummaryLayout = {
  sheetName: 'Complaints summary',
  title: 'Complaints summary',
  notes: ['Built today.'],
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
      header: ['Measure', 'All complaints'],
      rows: [['Complaints', 2]],
      chart: null,
    },
  ],
};
const overdue: RowTarget = { sheet: 'Tracker', rows: [4, 6], firstColumn: 1, lastColumn: 7 };

async function makeHost(): Promise<{
  host: ReturnType<typeof createXlsxHost>;
  states: XlsxHostState[];
}> {
  const states: XlsxHostState[] = [];
  const host = createXlsxHost({ name: 'tracker.xlsx', data: await buildTracker() }, (state) =>
    states.push(state),
  );
  return { host, states };
}

describe('createXlsxHost', () => {
  it('lists the worksheets, no tables, and the first visible sheet as active', async () => {
    const { host } = await makeHost();
    await expect(host.listSources()).resolves.toEqual({
      sheets: ['Lists', 'Tracker', 'Notes'],
      tables: [],
      active: 'Tracker',
    });
  });

  it('reads every visible sheet when no source is given, and reports progress once', async () => {
    const { host } = await makeHost();
    const progress = jest.fn();
    const sheets = await host.readTracker(null, progress);
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Tracker', 'Notes']);
    expect(sheets[0].rowNumbers).toEqual([1, 3, 4, 6, 8]);
    expect(progress).toHaveBeenCalledTimes(1);
    expect(progress).toHaveBeenCalledWith(6, 6);
  });

  it('reports progress every 5,000 rows while reading a large sheet, out of the rows it holds', async () => {
    // 12,001 rows: a header, then 12,000 data rows, one of them with no cells.
    const rows = ['<row r="1"><c r="A1" t="inlineStr"><is><t>Ref</t></is></c></row>'];
    for (let r = 2; r <= 12_001; r++) {
      rows.push(r === 500 ? `<row r="${r}"/>` : `<row r="${r}"><c r="A${r}"><v>${r}</v></c></row>`);
    }
    const data = handWorkbook({ sheets: [{ name: 'Big', xml: rows.join('') }] });
    const progress = jest.fn();
    const [sheet] = await createXlsxHost({ name: 'big.xlsx', data }).readTracker(null, progress);
    expect(sheet.values).toHaveLength(12_000);
    expect(progress.mock.calls).toEqual([
      [5_000, 12_001],
      [10_000, 12_001],
      [12_000, 12_000],
    ]);
  });

  it('reads a sheet by name', async () => {
    const { host } = await makeHost();
    const [sheet] = await host.readTracker({ kind: 'sheet', name: 'Notes' });
    expect(sheet.values).toEqual([['Read me']]);
  });

  it.each([
    [
      { kind: 'table', name: 'Complaints' } as const,
      'unsupported',
      /choose the sheet that holds the table "Complaints"/,
    ],
    [{ kind: 'sheet', name: 'Missing' } as const, 'not-found', /no sheet called "Missing"/],
  ])('refuses %p with a HostError', async (source, kind, message) => {
    const { host } = await makeHost();
    const attempt = host.readTracker(source);
    await expect(attempt).rejects.toMatchObject({ name: 'HostError', kind });
    await expect(attempt).rejects.toThrow(message);
  });

  it('says an empty sheet has no data', async () => {
    const data = handWorkbook({ sheets: [{ name: 'Blank', xml: '' }] });
    const attempt = createXlsxHost({ name: 'blank.xlsx', data }).readTracker(null);
    await expect(attempt).rejects.toMatchObject({ kind: 'no-data' });
    await expect(attempt).rejects.toThrow('The sheet "Blank" is empty.');
  });

  it('rejects (rather than throws) when the file is not a workbook', async () => {
    const host = createXlsxHost({ name: 'tracker.xlsx', data: oleFile('EncryptedPackage') });
    await expect(host.listSources()).rejects.toMatchObject({ kind: 'protected' });
    await expect(host.readTracker(null)).rejects.toMatchObject({ kind: 'protected' });
  });

  it('keeps the summary it is given and tells the listener', async () => {
    const { host, states } = await makeHost();
    await host.writeSummary(layout);
    expect(host.state().summary).toBe(layout);
    expect(states).toEqual([
      { summary: layout, highlight: null, highlights: [], selection: null, settings: null },
    ]);
  });

  it('replaces the highlight on each call and clears it', async () => {
    const { host, states } = await makeHost();
    await host.highlightRows(overdue);
    await host.highlightRows({ ...overdue, rows: [8] });
    expect(host.state().highlight).toEqual({ ...overdue, rows: [8] });
    await host.clearHighlights();
    expect(host.state().highlight).toBeNull();
    expect(states.map((state) => state.highlight?.rows ?? null)).toEqual([[4, 6], [8], null]);
  });

  it('keeps the selection apart from the highlight', async () => {
    const { host } = await makeHost();
    await host.highlightRows(overdue);
    await host.selectRows({ ...overdue, rows: [6], firstColumn: 2, lastColumn: 2 });
    expect(host.state().selection).toEqual({
      ...overdue,
      rows: [6],
      firstColumn: 2,
      lastColumn: 2,
    });
    expect(host.state().highlight).toEqual(overdue);
  });

  it.each(['highlightRows', 'selectRows'] as const)(
    '%s refuses a sheet the workbook does not have, leaving the state alone',
    async (method) => {
      const { host, states } = await makeHost();
      await expect(host[method]({ ...overdue, sheet: 'Nope' })).rejects.toMatchObject({
        kind: 'not-found',
      });
      expect(states).toEqual([]);
    },
  );

  it('remembers settings and returns them, starting with none', async () => {
    const { host, states } = await makeHost();
    await expect(host.loadSettings()).resolves.toBeNull();
    const settings: StoredSettings = {
      source: { kind: 'sheet', name: 'Tracker' },
      overrides: { team: 'Service area', due: null },
    };
    await host.saveSettings(settings);
    await expect(host.loadSettings()).resolves.toEqual(settings);
    expect(states).toHaveLength(1);
  });

  it("remembers the committee paper's choices a build writes, and forgets the ones it drops", async () => {
    const { host } = await makeHost();
    const paper: StoredSettings = {
      period: { kind: 'preset', preset: 'financial-year' },
      wording: { terms: { childrenInCare: 'children looked after' } },
      references: false,
      template: 'annual',
      appendix: true,
    };
    await host.writeReport({ layout, highlights: [], settings: paper });
    await expect(host.loadSettings()).resolves.toEqual(paper);
    await host.writeReport({ layout, highlights: [], settings: { references: true } });
    await expect(host.loadSettings()).resolves.toEqual({ references: true });
  });

  it('exports the workbook with the current summary and highlight', async () => {
    const { host } = await makeHost();
    await host.writeSummary(layout);
    await host.highlightRows(overdue);
    const output = await host.exportWorkbook();
    const workbook = openWorkbook(output);
    expect(workbook.sheetNames).toEqual(['Lists', 'Tracker', 'Notes', 'Complaints summary']);
    expect(workbook.readSheet('Complaints summary').values[0]).toEqual(['Complaints summary']);
    const formats = conditionalFormats(sheetPartXml(output, 'Tracker'));
    expect(formats.map((format) => format.sqref)).toEqual(['B4:H4 B6:H6']);
  });

  it('refuses to export before a report is built', async () => {
    const { host } = await makeHost();
    await expect(host.exportWorkbook()).rejects.toMatchObject({ kind: 'no-data' });
  });
});
