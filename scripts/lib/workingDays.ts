/**
 * Day arithmetic for the generators: days since 1970-01-01 and England & Wales working days. Kept
 * apart from src/core on purpose, so generated data never leans on the engine it is used to test.
 */

const DAY_MS = 86_400_000;

/** England & Wales bank holidays 2019–2023 (GOV.UK), one-offs and substitute days included. */
const HOLIDAYS = new Set(
  [
    '2019-01-01',
    '2019-04-19',
    '2019-04-22',
    '2019-05-06',
    '2019-05-27',
    '2019-08-26',
    '2019-12-25',
    '2019-12-26',
    '2020-01-01',
    '2020-04-10',
    '2020-04-13',
    '2020-05-08',
    '2020-05-25',
    '2020-08-31',
    '2020-12-25',
    '2020-12-28',
    '2021-01-01',
    '2021-04-02',
    '2021-04-05',
    '2021-05-03',
    '2021-05-31',
    '2021-08-30',
    '2021-12-27',
    '2021-12-28',
    '2022-01-03',
    '2022-04-15',
    '2022-04-18',
    '2022-05-02',
    '2022-06-02',
    '2022-06-03',
    '2022-08-29',
    '2022-09-19',
    '2022-12-26',
    '2022-12-27',
    '2023-01-02',
    '2023-04-07',
    '2023-04-10',
    '2023-05-01',
    '2023-05-08',
    '2023-05-29',
    '2023-08-28',
    '2023-12-25',
    '2023-12-26',
  ].map(dayFromIso),
);

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
export function dayFromIso(iso: string): number {
  const time = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(time)) throw new RangeError(`Not an ISO date: ${iso}`);
  return time / DAY_MS;
}

/** The UTC-midnight `Date` of a day, as exceljs writes date cells. */
export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

/** Not a weekend, not a bank holiday. */
export function isWorkingDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
  return weekday !== 0 && weekday !== 6 && !HOLIDAYS.has(day);
}

/** The n-th working day after `day` (the day itself not counted). */
export function addWorkingDays(day: number, n: number): number {
  let current = day;
  for (let left = n; left > 0;) {
    current += 1;
    if (isWorkingDay(current)) left -= 1;
  }
  return current;
}

/** The day itself when it is a working day, else the next one. */
export function nextWorkingDay(day: number): number {
  let current = day;
  while (!isWorkingDay(current)) current += 1;
  return current;
}
