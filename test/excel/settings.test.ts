import { createExcelHost } from '../../src/excel/createExcelHost';
import { SETTINGS_KEY } from '../../src/excel/settings';
import type { StoredSettings } from '../../src/core/port';
import { installFakeExcel } from './support/fakeExcel';
import { writeReport } from './support/writeReport';

const stored: StoredSettings = {
  source: { kind: 'table', name: 'Complaints' },
  period: { kind: 'custom', from: '2022-04-01', to: '2023-03-31' },
  limits: { stage1: 10, stage1Extended: 20, stage2: 25, stage2Extended: 65, stage3: 30 },
};

describe('settings', () => {
  it('saves with the report under one key as JSON, in the workbook settings', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: [['x']] }] });
    const host = createExcelHost();
    await writeReport(host, { settings: stored });
    expect(JSON.parse(fake.settings.get(SETTINGS_KEY) as string)).toEqual(stored);
    expect(await host.loadSettings()).toEqual(stored);
  });

  it("keeps the committee paper's choices: the council's wording, references, template, appendix", async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: [['x']] }] });
    const host = createExcelHost();
    const paper: StoredSettings = {
      ...stored,
      wording: { terms: { council: 'Westshire County Council', board: 'the “Corporate” Board' } },
      references: false,
      template: 'annual',
      appendix: true,
    };
    await writeReport(host, { settings: paper });
    const saved = JSON.parse(fake.settings.get(SETTINGS_KEY) as string) as StoredSettings;
    expect(saved).toEqual(paper);
    expect(await host.loadSettings()).toEqual(paper);
    // A later build without them (the standard wording restored) leaves none behind.
    await writeReport(host, { settings: stored });
    expect(await host.loadSettings()).toEqual(stored);
  });

  it('reads them fresh from the workbook every time, never from a copy in memory', async () => {
    const fake = installFakeExcel({ sheets: [] });
    const host = createExcelHost();
    expect(await host.loadSettings()).toBeNull();
    // As if the ribbon, another runtime or another user saved them meanwhile.
    fake.settings.set(SETTINGS_KEY, JSON.stringify(stored));
    expect(await host.loadSettings()).toEqual(stored);
  });

  it.each([
    ['nothing stored', undefined],
    ['text that is not JSON', '{not json'],
    ['JSON that is not an object', '[1,2]'],
    ['a value not written as text', 42],
  ])('reads %s as no settings', async (_, value) => {
    const settings = new Map<string, unknown>(value === undefined ? [] : [[SETTINGS_KEY, value]]);
    installFakeExcel({ sheets: [], settings });
    expect(await createExcelHost().loadSettings()).toBeNull();
  });

  it('keeps the report when only the settings are refused, and returns why', async () => {
    const fake = installFakeExcel({
      sheets: [{ name: 'Tracker', cells: [['x']] }],
      settingsSaveFails: true,
    });
    const written = await writeReport(createExcelHost(), { settings: stored });
    expect(written.settingsError).toMatchObject({ message: expect.stringMatching(/read-only/) });
    expect(fake.sheetNames()).toEqual(['Tracker', 'Complaints summary']);
  });
});
