/**
 * Report periods: the presets a complaints manager reports on, and the period in words for the
 * narrative. `asOf` is always an argument: the core never reads the clock.
 */
import { firstOfMonth, formatLongDate, formatMonthYear, lastOfMonth, partsOfDay } from './dates';
import type { DayNumber } from './types';

/** The periods a board usually asks for. */
export type PeriodPreset = 'last-6-months' | 'last-quarter' | 'financial-year';

/** Every preset, in the order the pane and the command line offer them. */
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
  'last-6-months',
  'last-quarter',
  'financial-year',
];

/** An inclusive range of days. */
export type Period = { from: DayNumber; to: DayNumber };

/** Months counted from year 0 (`year * 12 + month - 1`), so month arithmetic crosses years simply. */
function monthIndexOf(day: DayNumber): number {
  const { year, month } = partsOfDay(day);
  return year * 12 + month - 1;
}

function firstOfMonthIndex(index: number): DayNumber {
  return firstOfMonth(Math.floor(index / 12), (index % 12) + 1);
}

function lastOfMonthIndex(index: number): DayNumber {
  return lastOfMonth(Math.floor(index / 12), (index % 12) + 1);
}

/**
 * The latest whole period of a preset that has ended by `asOf`, so a report run any day covers
 * finished months only: the six calendar months before asOf's month; the latest calendar quarter
 * ending before asOf's month; the latest 1 April – 31 March financial year ending before asOf.
 */
export function periodForPreset(preset: PeriodPreset, asOf: DayNumber): Period {
  const thisMonth = monthIndexOf(asOf);
  switch (preset) {
    case 'last-6-months':
      return { from: firstOfMonthIndex(thisMonth - 6), to: lastOfMonthIndex(thisMonth - 1) };
    case 'last-quarter': {
      const lastMonth = thisMonth - 1;
      // Quarters end in March, June, September and December: month indexes ≡ 2 (mod 3).
      const quarterEnd = lastMonth - ((((lastMonth - 2) % 3) + 3) % 3);
      return { from: firstOfMonthIndex(quarterEnd - 2), to: lastOfMonthIndex(quarterEnd) };
    }
    case 'financial-year': {
      const { year } = partsOfDay(asOf);
      const endYear = asOf > lastOfMonth(year, 3) ? year : year - 1;
      return { from: firstOfMonth(endYear - 1, 4), to: lastOfMonth(endYear, 3) };
    }
    default:
      throw new RangeError(`Unknown period preset: ${String(preset)}`);
  }
}

/**
 * The period in board-paper words: "in 2021/22 (April 2021 to March 2022)" for a financial year,
 * "in September 2021" for one whole month, "between September 2021 and February 2022" for whole
 * months, "on 3 September 2021" for one day, else "between 3 September 2021 and 28 February 2022".
 */
export function describePeriod(from: DayNumber, to: DayNumber): string {
  if (to < from) throw new RangeError('A period cannot end before it starts');
  const start = partsOfDay(from);
  const end = partsOfDay(to);
  const wholeMonths = start.day === 1 && to === lastOfMonth(end.year, end.month);
  if (wholeMonths && start.month === 4 && end.month === 3 && end.year === start.year + 1) {
    const shortEnd = String(end.year % 100).padStart(2, '0');
    return `in ${start.year}/${shortEnd} (April ${start.year} to March ${end.year})`;
  }
  if (wholeMonths && start.year === end.year && start.month === end.month) {
    return `in ${formatMonthYear(start.year, start.month)}`;
  }
  if (wholeMonths) {
    const first = formatMonthYear(start.year, start.month);
    return `between ${first} and ${formatMonthYear(end.year, end.month)}`;
  }
  if (from === to) return `on ${formatLongDate(from)}`;
  return `between ${formatLongDate(from)} and ${formatLongDate(to)}`;
}

/** True when a period runs from the 1st of a month to the last day of a month. */
export function isWholeMonths(period: Period): boolean {
  const start = partsOfDay(period.from);
  const end = partsOfDay(period.to);
  return start.day === 1 && period.to === lastOfMonth(end.year, end.month);
}

/**
 * The period of the same length just before (rule 25): as many whole calendar months when the
 * period is whole months, else as many days.
 */
export function previousPeriod(period: Period): Period {
  if (!isWholeMonths(period)) {
    const days = period.to - period.from + 1;
    return { from: period.from - days, to: period.from - 1 };
  }
  const first = monthIndexOf(period.from);
  const months = monthIndexOf(period.to) - first + 1;
  return { from: firstOfMonthIndex(first - months), to: lastOfMonthIndex(first - 1) };
}

/**
 * The same period a year before (rule 25): the same months for a whole-month period, else the same
 * dates, 29 February becoming 28 February.
 */
export function yearEarlierPeriod(period: Period): Period {
  if (isWholeMonths(period)) {
    return {
      from: firstOfMonthIndex(monthIndexOf(period.from) - 12),
      to: lastOfMonthIndex(monthIndexOf(period.to) - 12),
    };
  }
  return { from: dayAYearBefore(period.from), to: dayAYearBefore(period.to) };
}

function dayAYearBefore(day: DayNumber): DayNumber {
  const { year, month, day: date } = partsOfDay(day);
  const target = Math.min(date, lastOfMonth(year - 1, month) - firstOfMonth(year - 1, month) + 1);
  return firstOfMonth(year - 1, month) + target - 1;
}

/**
 * The annual report's default period: the latest whole financial year (1 April to 31 March) that
 * has ended before `asOf`, as the statutory annual report on complaints covers.
 */
export function annualPeriod(asOf: DayNumber): Period {
  return periodForPreset('financial-year', asOf);
}
