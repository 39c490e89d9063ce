import { createExcelHost } from '../../src/excel/createExcelHost';
import { HIGHLIGHT_FILL, HIGHLIGHT_FORMULA } from '../../src/excel/highlight';
import { HIGHLIGHTED_SHEETS_KEY } from '../../src/excel/settings';
import { installFakeExcel, type SheetSpec } from './support/fakeExcel';
import { trackerGrid } from './support/trackerCells';
import { highlight } from './support/writeReport';

const USER_RULES = [
  { type: 'Custom', address: 'H2:H200', formula: '=$H2="Upheld"' },
  { type: 'ColorScale', address: 'B2:B200' },
];

function trackerSheet(extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name: 'Tracker', cells: trackerGrid(30), rules: USER_RULES, ...extra };
}

const target = { sheet: 'Tracker', rows: [12, 5, 6, 7, 20], firstColumn: 0, lastColumn: 10 };

function liveRules(fake: ReturnType<typeof installFakeExcel>) {
  return fake.rules.filter((r) => !r.deleted);
}

describe('highlighting through writeReport', () => {
  it('adds one marked rule over the runs of rows, across the tracker columns', async () => {
    const fake = installFakeExcel({ sheets: [trackerSheet()] });
    await highlight(createExcelHost(), target);
    const added = liveRules(fake).slice(USER_RULES.length);
    expect(added.map((r) => [r.sheet, r.type, r.address])).toEqual([
      ['Tracker', 'Custom', 'A5:K7,A12:K12,A20:K20'],
    ]);
    expect(added[0].mock.custom.rule.formula).toBe(HIGHLIGHT_FORMULA);
    expect(added[0].mock.custom.format.fill.color).toBe(HIGHLIGHT_FILL);
  });

  it('adds one rule per run where Excel has no RangeAreas (before ExcelApi 1.9)', async () => {
    const fake = installFakeExcel({ apiVersion: '1.8', sheets: [trackerSheet()] });
    await highlight(createExcelHost(), target);
    expect(
      liveRules(fake)
        .slice(USER_RULES.length)
        .map((r) => r.address),
    ).toEqual(['A5:K7', 'A12:K12', 'A20:K20']);
  });

  it('replaces its earlier highlight and leaves the user rules alone', async () => {
    const fake = installFakeExcel({ sheets: [trackerSheet()] });
    const host = createExcelHost();
    await highlight(host, target);
    await highlight(host, { ...target, rows: [9] });
    expect(liveRules(fake).map((r) => r.address)).toEqual(['H2:H200', 'B2:B200', 'A9:K9']);
  });

  it('remembers the highlighted sheet with the workbook', async () => {
    const fake = installFakeExcel({ sheets: [trackerSheet()] });
    await highlight(createExcelHost(), target);
    expect(JSON.parse(fake.settings.get(HIGHLIGHTED_SHEETS_KEY) as string)).toEqual(['Tracker']);
  });

  it('never writes a value or a format to the tracker, in three syncs on its own', async () => {
    const fake = installFakeExcel({ sheets: [trackerSheet()] });
    const sync = jest.spyOn(fake.context, 'sync');
    await highlight(createExcelHost(), target);
    expect(fake.log.filter((e) => /^(values|numberFormat|font|fill) Tracker/.test(e))).toEqual([]);
    expect(fake.grid('Tracker')).toEqual(trackerGrid(30));
    expect(sync.mock.calls.length).toBeLessThanOrEqual(3);
  });

  it('refuses a protected sheet with the way to unprotect it, writing nothing', async () => {
    const fake = installFakeExcel({ sheets: [trackerSheet({ protected: true })] });
    await expect(highlight(createExcelHost(), target)).rejects.toMatchObject({
      kind: 'protected',
      message:
        'The sheet "Tracker" is protected. Unprotect the sheet (Review > Unprotect Sheet) and build again.',
    });
    expect(liveRules(fake)).toHaveLength(USER_RULES.length);
    expect(fake.sheetNames()).toEqual(['Tracker']);
  });

  it('refuses a sheet that is not there', async () => {
    installFakeExcel({ sheets: [trackerSheet()] });
    await expect(highlight(createExcelHost(), { ...target, sheet: 'Gone' })).rejects.toMatchObject({
      kind: 'not-found',
    });
  });
});

describe('clearHighlights', () => {
  it('removes only its own rules, on every sheet it recorded', async () => {
    const settings = new Map<string, unknown>([[HIGHLIGHTED_SHEETS_KEY, '["Tracker","Archive"]']]);
    const ours = (address: string) => ({ type: 'Custom', address, formula: HIGHLIGHT_FORMULA });
    const fake = installFakeExcel({
      settings,
      sheets: [
        trackerSheet({ rules: [...USER_RULES, ours('A5:K7')] }),
        { name: 'Archive', cells: trackerGrid(5), rules: [ours('A3:K3')] },
        { name: 'Notes', cells: [['x']], rules: [ours('A1:A1')] },
      ],
    });
    await createExcelHost().clearHighlights();
    expect(liveRules(fake).map((r) => [r.sheet, r.address])).toEqual([
      ['Tracker', 'H2:H200'],
      ['Tracker', 'B2:B200'],
      ['Notes', 'A1:A1'],
    ]);
  });

  it('clears what the latest highlight left, and forgets the sheet', async () => {
    const fake = installFakeExcel({
      sheets: [trackerSheet(), { name: 'Archive', cells: trackerGrid(5) }],
    });
    const host = createExcelHost();
    await highlight(host, { ...target, sheet: 'Archive', rows: [3] });
    await highlight(host, target);
    await host.clearHighlights();
    expect(liveRules(fake).map((r) => [r.sheet, r.address])).toEqual([
      ['Tracker', 'H2:H200'],
      ['Tracker', 'B2:B200'],
    ]);
    expect(JSON.parse(fake.settings.get(HIGHLIGHTED_SHEETS_KEY) as string)).toEqual([]);
  });

  it('still finds its rules after the workbook is closed and reopened', async () => {
    const settings = new Map<string, unknown>([[HIGHLIGHTED_SHEETS_KEY, '["Tracker"]']]);
    const ours = { type: 'Custom', address: 'A5:K7', formula: HIGHLIGHT_FORMULA };
    const fake = installFakeExcel({
      settings,
      sheets: [trackerSheet({ rules: [...USER_RULES, ours] }), { name: 'Other', cells: [['x']] }],
    });
    await createExcelHost().clearHighlights();
    expect(liveRules(fake)).toHaveLength(USER_RULES.length);
  });

  it('looks on every sheet when a highlighted sheet was renamed', async () => {
    const settings = new Map<string, unknown>([[HIGHLIGHTED_SHEETS_KEY, '["Tracker"]']]);
    const ours = { type: 'Custom', address: 'A5:K7', formula: HIGHLIGHT_FORMULA };
    const fake = installFakeExcel({
      settings,
      sheets: [trackerSheet({ name: 'Tracker 2023', rules: [ours] })],
    });
    await createExcelHost().clearHighlights();
    expect(liveRules(fake)).toEqual([]);
  });

  it('does nothing but look when there is nothing of its own to remove', async () => {
    const fake = installFakeExcel({ sheets: [trackerSheet()] });
    await createExcelHost().clearHighlights();
    expect(liveRules(fake)).toHaveLength(USER_RULES.length);
    expect(fake.log.filter((e) => e.startsWith('rule-'))).toEqual([]);
  });

  it('refuses a protected sheet that carries its highlight, saying try again', async () => {
    const ours = { type: 'Custom', address: 'A5:K7', formula: HIGHLIGHT_FORMULA };
    installFakeExcel({ sheets: [trackerSheet({ protected: true, rules: [ours] })] });
    await expect(createExcelHost().clearHighlights()).rejects.toMatchObject({
      kind: 'protected',
      message: expect.stringMatching(/Unprotect Sheet\) and try again\.$/),
    });
  });
});
