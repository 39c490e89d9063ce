/** The monthly series (rule 24): the period's complaints by the month first received, by status. */
import { firstOfMonth, lastOfMonth, partsOfDay } from '../dates';
import { countKeys, type KeyCounts } from '../_lib/keyCounts';
import type { AssessedComplaint, DayNumber, MonthCount, TimescaleStatus } from '../types';

/** A calendar month as months from year 0, so a range of months is a range of numbers. */
type MonthIndex = number;

function monthIndexOf(day: DayNumber): MonthIndex {
  const { year, month } = partsOfDay(day);
  return year * 12 + month - 1;
}

function monthKey(index: MonthIndex): string {
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every calendar month the period touches, in order, even a month with no complaints. */
export function monthsOf(from: DayNumber, to: DayNumber): string[] {
  const months: string[] = [];
  for (let index = monthIndexOf(from); index <= monthIndexOf(to); index += 1) {
    months.push(monthKey(index));
  }
  return months;
}

/** The timescale states a month is counted by, in the order the Report JSON lists them. */
const STATUSES: readonly TimescaleStatus[] = [
  'closedOnTime',
  'closedLate',
  'closedUnknown',
  'openInTime',
  'openOverdue',
];

/**
 * The period's complaints month by month; the months sum to the period's figures. Each day of the
 * months is given its month's counts once, so a complaint costs one look-up by its day number.
 */
export function countMonthly(
  complaints: readonly AssessedComplaint[],
  from: DayNumber,
  to: DayNumber,
): MonthCount[] {
  const first = monthIndexOf(from);
  const last = monthIndexOf(to);
  const start = firstOfMonth(Math.floor(first / 12), (first % 12) + 1);
  const months: { month: string; statuses: KeyCounts<TimescaleStatus> }[] = [];
  const byDay: KeyCounts<TimescaleStatus>[] = [];
  for (let index = first; index <= last; index += 1) {
    const statuses = countKeys(STATUSES);
    months.push({ month: monthKey(index), statuses });
    const end = lastOfMonth(Math.floor(index / 12), (index % 12) + 1);
    while (start + byDay.length <= end) byDay.push(statuses);
  }
  for (const complaint of complaints) {
    const offset = complaint.received - start;
    if (offset >= 0 && offset < byDay.length) byDay[offset].add(complaint.status);
  }
  return months.map(({ month, statuses }) => {
    const counts = statuses.record();
    const received = STATUSES.reduce((sum, status) => sum + counts[status], 0);
    return { month, received, ...counts };
  });
}
