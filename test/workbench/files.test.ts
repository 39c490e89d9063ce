import { reportFileName, resolveToday } from '../../src/workbench/files';

describe('resolveToday', () => {
  const now = new Date(2023, 4, 8, 23, 59); // local time: 8 May 2023, a minute before midnight

  it.each([
    ['no parameter: the local date', '', '2023-05-08'],
    ['a fixed date', '?today=2022-10-31', '2022-10-31'],
    ['a fixed date among other parameters', '?x=1&today=2021-09-03', '2021-09-03'],
    ['an impossible date is ignored', '?today=2022-02-30', '2023-05-08'],
    ['a UK-style date is ignored', '?today=31/10/2022', '2023-05-08'],
    ['an empty value is ignored', '?today=', '2023-05-08'],
  ])('%s', (_, search, expected) => {
    expect(resolveToday(search, now)).toBe(expected);
  });
});

describe('reportFileName', () => {
  it.each([
    ['sample-tracker.xlsx', 'sample-tracker (report).xlsx'],
    ['Complaints 2022.XLSX', 'Complaints 2022 (report).xlsx'],
    ['tracker', 'tracker (report).xlsx'],
    ['.xlsx', 'tracker (report).xlsx'],
  ])('%s → %s', (name, expected) => {
    expect(reportFileName(name)).toBe(expected);
  });
});
