import Holidays from 'date-holidays';
import { BANK_HOLIDAY_YEARS, BANK_HOLIDAYS_ENGLAND_WALES } from '../../src/core/bankHolidays';
import { dayOfWeek, parseIsoDate } from '../../src/core/dates';

const years = Array.from(
  { length: BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1 },
  (_, index) => BANK_HOLIDAY_YEARS.first + index,
);

const isWeekend = (iso: string): boolean => [0, 6].includes(dayOfWeek(parseIsoDate(iso) as number));

/**
 * England's public holidays per `date-holidays`, dates only. It also lists a holiday on the weekend
 * day it falls (Christmas Day on a Saturday) beside its substitute day; GOV.UK, and our list, give the
 * substitute day only, so weekend days are left out of the comparison.
 */
function referenceHolidays(year: number): string[] {
  return new Holidays('GB', 'ENG')
    .getHolidays(year)
    .filter((holiday) => holiday.type === 'public')
    .map((holiday) => holiday.date.slice(0, 10))
    .filter((iso) => !isWeekend(iso))
    .sort();
}

describe('BANK_HOLIDAYS_ENGLAND_WALES', () => {
  it('covers 2015 to 2030', () => {
    expect(BANK_HOLIDAY_YEARS).toEqual({ first: 2015, last: 2030 });
    expect(years).toHaveLength(16);
  });

  it.each(years)('%i matches date-holidays (GB, ENG) exactly', (year) => {
    const ours = BANK_HOLIDAYS_ENGLAND_WALES.filter((iso) => iso.startsWith(`${year}-`));
    expect(ours).toEqual(referenceHolidays(year));
  });

  it.each(years)('%i has eight holidays, or more only in a year of one-offs', (year) => {
    const count = BANK_HOLIDAYS_ENGLAND_WALES.filter((iso) => iso.startsWith(`${year}-`)).length;
    expect(count).toBe(year === 2022 ? 10 : year === 2023 ? 9 : 8);
  });

  it('holds only valid, weekday, sorted, distinct YYYY-MM-DD dates inside the covered years', () => {
    for (const iso of BANK_HOLIDAYS_ENGLAND_WALES) {
      expect(parseIsoDate(iso)).not.toBeNull();
      expect(isWeekend(iso)).toBe(false);
      const year = Number(iso.slice(0, 4));
      expect(year).toBeGreaterThanOrEqual(BANK_HOLIDAY_YEARS.first);
      expect(year).toBeLessThanOrEqual(BANK_HOLIDAY_YEARS.last);
    }
    expect([...BANK_HOLIDAYS_ENGLAND_WALES].sort()).toEqual(BANK_HOLIDAYS_ENGLAND_WALES);
    expect(new Set(BANK_HOLIDAYS_ENGLAND_WALES).size).toBe(BANK_HOLIDAYS_ENGLAND_WALES.length);
  });

  it.each([
    ['2020-05-08', 'VE Day 75th anniversary (early May bank holiday moved from Monday 4 May)'],
    ['2022-06-02', 'spring bank holiday moved for the Platinum Jubilee'],
    ['2022-06-03', 'Platinum Jubilee bank holiday'],
    ['2022-09-19', 'State Funeral of Queen Elizabeth II'],
    ['2023-05-08', 'Coronation of King Charles III'],
  ])('includes the one-off %s (%s)', (iso) => {
    expect(BANK_HOLIDAYS_ENGLAND_WALES).toContain(iso);
  });

  it.each([
    ['2020-05-04', 'the usual first Monday in May, moved to VE Day in 2020'],
    ['2022-05-30', 'the usual last Monday in May, moved to 2 June in 2022'],
    ['2020-12-26', 'Boxing Day 2020 fell on a Saturday'],
    ['2021-12-25', 'Christmas Day 2021 fell on a Saturday'],
    ['2022-01-01', 'New Year’s Day 2022 fell on a Saturday'],
  ])('leaves out %s (%s)', (iso) => {
    expect(BANK_HOLIDAYS_ENGLAND_WALES).not.toContain(iso);
  });

  it.each([
    ['2015-12-28', 'Boxing Day substitute'],
    ['2016-12-27', 'Christmas Day substitute'],
    ['2017-01-02', 'New Year’s Day substitute'],
    ['2020-12-28', 'Boxing Day substitute'],
    ['2021-12-27', 'Christmas Day substitute'],
    ['2021-12-28', 'Boxing Day substitute'],
    ['2022-01-03', 'New Year’s Day substitute'],
    ['2022-12-27', 'Christmas Day substitute'],
    ['2023-01-02', 'New Year’s Day substitute'],
    ['2026-12-28', 'Boxing Day substitute'],
    ['2027-12-27', 'Christmas Day substitute'],
    ['2027-12-28', 'Boxing Day substitute'],
    ['2028-01-03', 'New Year’s Day substitute'],
  ])('includes the substitute day %s (%s)', (iso) => {
    expect(BANK_HOLIDAYS_ENGLAND_WALES).toContain(iso);
  });
});
