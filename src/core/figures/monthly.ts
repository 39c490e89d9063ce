/** The monthly series (rule 24): the period's complaints by the month first received, by status. */
import { partsOfDay } from '../dates';
import type { AssessedComplaint, DayNumber, MonthCount } from '../types';

function monthKey(day: DayNumber): string {
  const { year, month } = partsOfDay(day);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** Every calendar month the period touches, in order, even a month with no complaints. */
export function monthsOf(from: DayNumber, to: DayNumber): string[] {
  const first = partsOfDay(from);
  const last = partsOfDay(to);
  const months: string[] = [];
  for (
    let index = first.year * 12 + first.month - 1;
    index <= last.year * 12 + last.month - 1;
    index += 1
  ) {
    months.push(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`);
  }
  return months;
}

/** The period's complaints month by month; the months sum to the period's figures. */
export function countMonthly(
  complaints: readonly AssessedComplaint[],
  from: DayNumber,
  to: DayNumber,
): MonthCount[] {
  const months = new Map<string, MonthCount>();
  for (const month of monthsOf(from, to)) {
    months.set(month, {
      month,
      received: 0,
      closedOnTime: 0,
      closedLate: 0,
      closedUnknown: 0,
      openInTime: 0,
      openOverdue: 0,
    });
  }
  for (const complaint of complaints) {
    const count = months.get(monthKey(complaint.received));
    if (count === undefined) continue;
    count.received += 1;
    count[complaint.status] += 1;
  }
  return [...months.values()];
}
