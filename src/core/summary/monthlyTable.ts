/** The monthly series (docs/design.md rule 24): complaints first received each month, by timescale. */
import { formatMonthYear } from '../dates';
import type { Report } from '../types';
import { TIMESCALE_LABELS } from './breakdownTables';
import type { SummaryTable } from './types';

/** "2022-05" → "May 2022"; the text itself if it is not a month. */
function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  return match ? formatMonthYear(Number(match[1]), Number(match[2])) : month;
}

/** The month-by-month table with a column chart, or null when the period touches no month. */
export function monthlyTable(report: Report): SummaryTable | null {
  const months = report.all.monthly;
  if (months.length === 0) return null;
  return {
    id: 'monthly',
    title: 'Complaints received each month',
    header: ['Month', 'Received', ...Object.values(TIMESCALE_LABELS)],
    rows: months.map((m) => [
      monthLabel(m.month),
      m.received,
      m.closedOnTime,
      m.closedLate,
      m.closedUnknown,
      m.openInTime,
      m.openOverdue,
    ]),
    chart: 'column',
  };
}
