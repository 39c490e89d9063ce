/** Shrunk failures of the generated-tracker tests, kept as named cases. */
import { buildReport } from '../../../src/core/buildReport';
import type { RawSheet } from '../../../src/core/types';

describe('fuzz regressions', () => {
  it('an invalid Date as the reference is no reference (it was a complaint called "Invalid Date"), with no warning about its other cells', () => {
    // Shrunk from seed -576495130.
    const sheet: RawSheet = {
      name: 'Tracker',
      values: [
        ['DATE RECEIVED', 'REF', 'EXTENSION'],
        [43466, new Date(Number.NaN), Number.NaN],
      ],
      rowNumbers: [1, 2],
      firstColumn: 0,
      date1904: false,
    };
    const result = buildReport(sheet, { file: 't.xlsx', from: 17897, to: 17897, asOf: 17797 });
    if (!result.ok) throw new Error(result.message);
    expect(result.report.rows.excluded).toBe(1);
    expect(result.report.issues.filter((i) => i.row === 2).map((i) => i.message)).toEqual([
      'Row 2: reference is #NUM!, an Excel error value; the row is left out of every figure until its formula is put right.',
    ]);
  });
});
