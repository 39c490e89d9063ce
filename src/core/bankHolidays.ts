/**
 * England & Wales bank holidays, 2015–2030, as GOV.UK publishes them (https://www.gov.uk/bank-holidays):
 * Good Friday and Christmas Day (common-law holidays), the days in Schedule 1 to the Banking and
 * Financial Dealings Act 1971, and the days appointed by royal proclamation under section 1 of that
 * Act (New Year's Day, the early May bank holiday, substitute days and one-offs). One-offs: the early
 * May bank holiday moved to Friday 8 May 2020 (75th anniversary of VE Day); the spring bank holiday
 * moved to Thursday 2 June 2022 and an extra one on Friday 3 June 2022 (Platinum Jubilee); the State
 * Funeral of Queen Elizabeth II, 19 September 2022; the Coronation of King Charles III, 8 May 2023.
 * Only working days are listed: a holiday at a weekend appears as its substitute day, as on GOV.UK.
 * Years GOV.UK has not yet published follow the regular pattern; add any later proclamation here
 * (the tests check the list against the `date-holidays` package).
 */
import type { IsoDate } from './types';

/** The years the list covers; outside them the calendar knows only weekends. */
export const BANK_HOLIDAY_YEARS = { first: 2015, last: 2030 } as const;

/** Every England & Wales bank holiday in `BANK_HOLIDAY_YEARS`, in date order. */
export const BANK_HOLIDAYS_ENGLAND_WALES: readonly IsoDate[] = [
  // 2015
  '2015-01-01', // New Year's Day
  '2015-04-03', // Good Friday
  '2015-04-06', // Easter Monday
  '2015-05-04', // Early May bank holiday
  '2015-05-25', // Spring bank holiday
  '2015-08-31', // Summer bank holiday
  '2015-12-25', // Christmas Day
  '2015-12-28', // Boxing Day (substitute day)
  // 2016
  '2016-01-01', // New Year's Day
  '2016-03-25', // Good Friday
  '2016-03-28', // Easter Monday
  '2016-05-02', // Early May bank holiday
  '2016-05-30', // Spring bank holiday
  '2016-08-29', // Summer bank holiday
  '2016-12-26', // Boxing Day
  '2016-12-27', // Christmas Day (substitute day)
  // 2017
  '2017-01-02', // New Year's Day (substitute day)
  '2017-04-14', // Good Friday
  '2017-04-17', // Easter Monday
  '2017-05-01', // Early May bank holiday
  '2017-05-29', // Spring bank holiday
  '2017-08-28', // Summer bank holiday
  '2017-12-25', // Christmas Day
  '2017-12-26', // Boxing Day
  // 2018
  '2018-01-01', // New Year's Day
  '2018-03-30', // Good Friday
  '2018-04-02', // Easter Monday
  '2018-05-07', // Early May bank holiday
  '2018-05-28', // Spring bank holiday
  '2018-08-27', // Summer bank holiday
  '2018-12-25', // Christmas Day
  '2018-12-26', // Boxing Day
  // 2019
  '2019-01-01', // New Year's Day
  '2019-04-19', // Good Friday
  '2019-04-22', // Easter Monday
  '2019-05-06', // Early May bank holiday
  '2019-05-27', // Spring bank holiday
  '2019-08-26', // Summer bank holiday
  '2019-12-25', // Christmas Day
  '2019-12-26', // Boxing Day
  // 2020
  '2020-01-01', // New Year's Day
  '2020-04-10', // Good Friday
  '2020-04-13', // Easter Monday
  '2020-05-08', // Early May bank holiday (VE Day)
  '2020-05-25', // Spring bank holiday
  '2020-08-31', // Summer bank holiday
  '2020-12-25', // Christmas Day
  '2020-12-28', // Boxing Day (substitute day)
  // 2021
  '2021-01-01', // New Year's Day
  '2021-04-02', // Good Friday
  '2021-04-05', // Easter Monday
  '2021-05-03', // Early May bank holiday
  '2021-05-31', // Spring bank holiday
  '2021-08-30', // Summer bank holiday
  '2021-12-27', // Christmas Day (substitute day)
  '2021-12-28', // Boxing Day (substitute day)
  // 2022
  '2022-01-03', // New Year's Day (substitute day)
  '2022-04-15', // Good Friday
  '2022-04-18', // Easter Monday
  '2022-05-02', // Early May bank holiday
  '2022-06-02', // Spring bank holiday
  '2022-06-03', // Platinum Jubilee bank holiday
  '2022-08-29', // Summer bank holiday
  '2022-09-19', // State Funeral of Queen Elizabeth II
  '2022-12-26', // Boxing Day
  '2022-12-27', // Christmas Day (substitute day)
  // 2023
  '2023-01-02', // New Year's Day (substitute day)
  '2023-04-07', // Good Friday
  '2023-04-10', // Easter Monday
  '2023-05-01', // Early May bank holiday
  '2023-05-08', // Coronation of King Charles III
  '2023-05-29', // Spring bank holiday
  '2023-08-28', // Summer bank holiday
  '2023-12-25', // Christmas Day
  '2023-12-26', // Boxing Day
  // 2024
  '2024-01-01', // New Year's Day
  '2024-03-29', // Good Friday
  '2024-04-01', // Easter Monday
  '2024-05-06', // Early May bank holiday
  '2024-05-27', // Spring bank holiday
  '2024-08-26', // Summer bank holiday
  '2024-12-25', // Christmas Day
  '2024-12-26', // Boxing Day
  // 2025
  '2025-01-01', // New Year's Day
  '2025-04-18', // Good Friday
  '2025-04-21', // Easter Monday
  '2025-05-05', // Early May bank holiday
  '2025-05-26', // Spring bank holiday
  '2025-08-25', // Summer bank holiday
  '2025-12-25', // Christmas Day
  '2025-12-26', // Boxing Day
  // 2026
  '2026-01-01', // New Year's Day
  '2026-04-03', // Good Friday
  '2026-04-06', // Easter Monday
  '2026-05-04', // Early May bank holiday
  '2026-05-25', // Spring bank holiday
  '2026-08-31', // Summer bank holiday
  '2026-12-25', // Christmas Day
  '2026-12-28', // Boxing Day (substitute day)
  // 2027
  '2027-01-01', // New Year's Day
  '2027-03-26', // Good Friday
  '2027-03-29', // Easter Monday
  '2027-05-03', // Early May bank holiday
  '2027-05-31', // Spring bank holiday
  '2027-08-30', // Summer bank holiday
  '2027-12-27', // Christmas Day (substitute day)
  '2027-12-28', // Boxing Day (substitute day)
  // 2028
  '2028-01-03', // New Year's Day (substitute day)
  '2028-04-14', // Good Friday
  '2028-04-17', // Easter Monday
  '2028-05-01', // Early May bank holiday
  '2028-05-29', // Spring bank holiday
  '2028-08-28', // Summer bank holiday
  '2028-12-25', // Christmas Day
  '2028-12-26', // Boxing Day
  // 2029
  '2029-01-01', // New Year's Day
  '2029-03-30', // Good Friday
  '2029-04-02', // Easter Monday
  '2029-05-07', // Early May bank holiday
  '2029-05-28', // Spring bank holiday
  '2029-08-27', // Summer bank holiday
  '2029-12-25', // Christmas Day
  '2029-12-26', // Boxing Day
  // 2030
  '2030-01-01', // New Year's Day
  '2030-04-19', // Good Friday
  '2030-04-22', // Easter Monday
  '2030-05-06', // Early May bank holiday
  '2030-05-27', // Spring bank holiday
  '2030-08-26', // Summer bank holiday
  '2030-12-25', // Christmas Day
  '2030-12-26', // Boxing Day
];
