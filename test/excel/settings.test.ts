import { createExcelHost } from '../../src/excel/createExcelHost';
import { SETTINGS_KEY } from '../../src/excel/settings';
import type { StoredSettings } from '../../src/core/port';
import { installFakeExcel } from './support/fakeExcel';

const stored: StoredSettings = {
  source: { kind: 'table', name: 'Complaints' },
  period: { kind: 'custom', from: '2022-04-01', to: '2023-03-31' },
  limits: { stage1: 10, stage1Extended: 20, stage2: 25, stage2Extended: 65, stage3: 30 },
};

describe('settings', () => {
  it('saves under one key as JSON, and reads back what it saved', async () => {
    const fake = installFakeExcel({ sheets: [] });
    const host = createExcelHost();
    await host.saveSettings(stored);
    expect(JSON.parse(fake.settings.get(SETTINGS_KEY) as string)).toEqual(stored);
    expect(fake.log).toContain('settings saved');
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

  it('reports a failed save with what to check', async () => {
    installFakeExcel({ sheets: [], settingsSaveFails: true });
    await expect(createExcelHost().saveSettings(stored)).rejects.toMatchObject({
      kind: 'unknown',
      message: expect.stringMatching(/not read-only/),
    });
  });
});
