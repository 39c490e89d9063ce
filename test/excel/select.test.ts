import { createExcelHost } from '../../src/excel/createExcelHost';
import { installFakeExcel } from './support/fakeExcel';
import { trackerGrid } from './support/trackerCells';

const sheets = [
  { name: 'Summary', cells: [['x']] },
  { name: 'Tracker', cells: trackerGrid(40) },
];

function selections(log: string[]) {
  return log.filter((e) => e.startsWith('select ') || e.startsWith('activate '));
}

describe('selectRows', () => {
  it.each([
    ['one row', [8], '1.18', ['activate Tracker', 'select Tracker!A8:K8']],
    ['one run', [8, 9, 10], '1.18', ['activate Tracker', 'select Tracker!A8:K10']],
    ['several runs', [8, 9, 30], '1.18', ['activate Tracker', 'select Tracker!A8:K9,A30:K30']],
    [
      'several runs before ExcelApi 1.18',
      [8, 9, 30],
      '1.17',
      ['activate Tracker', 'select Tracker!A8:K9'],
    ],
    ['no rows', [], '1.18', ['activate Tracker']],
  ])('selects %s', async (_, rows, apiVersion, expected) => {
    const fake = installFakeExcel({ apiVersion, sheets });
    await createExcelHost().selectRows({ sheet: 'Tracker', rows, firstColumn: 0, lastColumn: 10 });
    expect(selections(fake.log)).toEqual(expected);
  });

  it('selects one column of cells when the target spans one column', async () => {
    const fake = installFakeExcel({ sheets });
    await createExcelHost().selectRows({
      sheet: 'Tracker',
      rows: [3, 4],
      firstColumn: 7,
      lastColumn: 7,
    });
    expect(selections(fake.log)).toEqual(['activate Tracker', 'select Tracker!H3:H4']);
  });

  it('keeps a long multi-area address within what Excel accepts', async () => {
    const fake = installFakeExcel({ sheets });
    const rows = Array.from({ length: 600 }, (_, i) => 2 + i * 2);
    await createExcelHost().selectRows({ sheet: 'Tracker', rows, firstColumn: 0, lastColumn: 10 });
    const [, address] = selections(fake.log)[1].split('!');
    expect(address.length).toBeLessThanOrEqual(2000);
    expect(address.startsWith('A2:K2,A4:K4,')).toBe(true);
  });

  it('says which sheet it could not find', async () => {
    installFakeExcel({ sheets });
    await expect(
      createExcelHost().selectRows({ sheet: 'Log', rows: [2], firstColumn: 0, lastColumn: 3 }),
    ).rejects.toMatchObject({
      kind: 'not-found',
      message: expect.stringMatching(/the sheet "Log"/),
    });
  });

  it('changes nothing in the workbook, in one sync', async () => {
    const fake = installFakeExcel({ sheets });
    const sync = jest.spyOn(fake.context, 'sync');
    await createExcelHost().selectRows({
      sheet: 'Tracker',
      rows: [5, 9],
      firstColumn: 0,
      lastColumn: 10,
    });
    expect(fake.log.filter((e) => /^(values|numberFormat|font|fill|rule)/.test(e))).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
