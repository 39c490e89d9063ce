import { DEFAULT_WORDING } from '../../src/core/narrative';
import type { Report } from '../../src/core/types';
import {
  coversFinancialYear,
  DEFAULT_PAPER,
  financialYearBefore,
  paperRequestOf,
  readStoredPaper,
} from '../../src/taskpane/paperChoices';

describe('readStoredPaper', () => {
  it.each<[string, Parameters<typeof readStoredPaper>[0], ReturnType<typeof readStoredPaper>]>([
    ['nothing stored', null, { references: true, template: 'board', appendix: false }],
    [
      'every choice',
      { references: false, template: 'annual', appendix: true },
      { references: false, template: 'annual', appendix: true },
    ],
    [
      'hand-edited values, each falling back alone',
      { references: 'no', template: 'Annual', appendix: 'yes' } as never,
      { references: true, template: 'board', appendix: false },
    ],
    [
      'one good value among bad ones',
      { references: 0, template: 'annual', appendix: 1 } as never,
      { references: true, template: 'annual', appendix: false },
    ],
  ])('%s', (_, stored, expected) => {
    expect(readStoredPaper(stored)).toEqual(expected);
  });
});

describe('financialYearBefore', () => {
  it.each([
    ['2022-03-15', '2020/21', '2020-04-01', '2021-03-31', '1 April 2020 to 31 March 2021'],
    ['2022-04-01', '2021/22', '2021-04-01', '2022-03-31', '1 April 2021 to 31 March 2022'],
    ['2000-05-01', '1999/00', '1999-04-01', '2000-03-31', '1 April 1999 to 31 March 2000'],
  ])('as of %s: %s', (asOf, name, from, to, dates) => {
    expect(financialYearBefore(asOf)).toEqual({
      choice: { kind: 'preset', preset: 'financial-year' },
      from,
      to,
      name,
      dates,
    });
  });

  it('is null while the as-of date is not a date', () => {
    expect(financialYearBefore('2022-02-30')).toBeNull();
  });
});

describe('coversFinancialYear', () => {
  const period = (from: string, to: string, toDate = false): Report['period'] => ({
    from,
    to,
    asOf: '2023-05-01',
    covered: true,
    toDate,
  });
  it.each([
    ['a whole financial year', period('2021-04-01', '2022-03-31'), true],
    ['a year not yet over', period('2022-04-01', '2023-03-31', true), false],
    ['six months', period('2021-09-01', '2022-02-28'), false],
    ['a calendar year', period('2021-01-01', '2021-12-31'), false],
    ['two financial years', period('2020-04-01', '2022-03-31'), false],
    ['a day short', period('2021-04-02', '2022-03-31'), false],
  ])('%s: %s', (_, value, expected) => {
    expect(coversFinancialYear(value)).toBe(expected);
  });
});

describe('paperRequestOf', () => {
  it('asks for the standard wording and remembers no wording when the boxes are empty', () => {
    expect(paperRequestOf({}, DEFAULT_PAPER)).toEqual({
      references: true,
      wording: undefined,
      remember: { wording: undefined, template: 'board', appendix: false },
    });
  });

  it("builds with the council's terms and remembers the changes, not the whole wording", () => {
    const request = paperRequestOf(
      { board: 'the Corporate Parenting Board', council: '{oops}' },
      { references: false, template: 'annual', appendix: true },
    );
    expect(request.references).toBe(false);
    expect(request.wording?.terms).toEqual({
      ...DEFAULT_WORDING.terms,
      board: 'the Corporate Parenting Board',
    });
    expect(request.wording?.headings).toEqual(DEFAULT_WORDING.headings);
    expect(request.remember).toEqual({
      wording: { terms: { board: 'the Corporate Parenting Board' } },
      template: 'annual',
      appendix: true,
    });
  });
});
