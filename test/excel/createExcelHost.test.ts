import { createExcelHost } from '../../src/excel/createExcelHost';
import { installFakeExcel } from './support/fakeExcel';
import { trackerGrid } from './support/trackerCells';

const editing = { code: 'InvalidOperationInCellEditMode' };

describe('createExcelHost', () => {
  it('lists visible sheets (not its own summary), tables and the active sheet', async () => {
    installFakeExcel({
      active: 'Log',
      sheets: [
        { name: 'Cover', cells: [['x']] },
        { name: 'Log', cells: trackerGrid(2) },
        { name: 'Lookups', cells: [['x']], hidden: true },
        { name: 'Complaints summary', cells: [['x']] },
      ],
      tables: [
        {
          name: 'Complaints',
          sheet: 'Log',
          firstRow: 1,
          firstColumn: 0,
          rowCount: 3,
          columnCount: 11,
        },
      ],
    });
    expect(await createExcelHost().listSources()).toEqual({
      sheets: ['Cover', 'Log'],
      tables: ['Complaints'],
      active: 'Log',
    });
  });

  it('offers no active tracker while its own summary sheet is the active one', async () => {
    installFakeExcel({ active: 'Complaints summary', sheets: [{ name: 'Complaints summary' }] });
    expect((await createExcelHost().listSources()).active).toBeNull();
  });

  it('asks Excel to hold each run while the user is editing a cell, rather than retry', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Log', cells: trackerGrid(3) }] });
    const host = createExcelHost();
    await host.listSources();
    await host.readTracker(null);
    await host.loadSettings();
    expect(fake.runOptions).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true },
    ]);
  });

  it('says what to do if Excel refuses for cell editing all the same, without retrying', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Log', cells: trackerGrid(3) }] });
    fake.failSyncs(editing);
    const sync = jest.spyOn(fake.context, 'sync');
    await expect(createExcelHost().readTracker(null)).rejects.toMatchObject({
      kind: 'editing',
      message: expect.stringMatching(/press Enter or Esc/),
    });
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
