/**
 * Timescales (docs/design.md rules 10, 11, 13): each complaint's due date and whether it was answered on
 * time, late, or with no response date, or is still open in time or overdue as of the report date.
 */
import type { WorkingCalendar } from './calendar';
import type {
  AssessedComplaint,
  Complaint,
  DayNumber,
  Limits,
  TimescaleStatus,
  TrackerRow,
} from './types';

/** Working days allowed for a council-stage row, with or without an agreed extension. */
export function limitFor(row: TrackerRow, limits: Limits): number {
  switch (row.stage) {
    case 1:
      return row.extension ? limits.stage1Extended : limits.stage1;
    case 2:
      return row.extension ? limits.stage2Extended : limits.stage2;
    default:
      return limits.stage3;
  }
}

/** A row is closed once it has a response date or an outcome. */
export function isClosed(row: TrackerRow): boolean {
  return row.closed !== null || row.outcome !== null;
}

/**
 * The due date of a council-stage row: an explicit due date wins, else the received date plus the
 * stage's limit in working days, the day of receipt not counted.
 */
export function dueDateOf(row: TrackerRow, limits: Limits, calendar: WorkingCalendar): DayNumber {
  return row.due ?? calendar.addWorkingDays(row.received, limitFor(row, limits));
}

/**
 * Judge a complaint as of a date. Open/closed follows its highest-stage row; the timescale follows
 * its highest council-stage row, since the ombudsman sets no council timescale.
 */
export function assessComplaint(
  complaint: Complaint,
  asOf: DayNumber,
  limits: Limits,
  calendar: WorkingCalendar,
): AssessedComplaint {
  const open = !isClosed(complaint.record);
  const row = complaint.timescaleRow;
  if (row === null) return assessed(complaint, open, null, 'closedUnknown');
  const due = dueDateOf(row, limits, calendar);
  if (isClosed(row)) {
    if (row.closed === null) return assessed(complaint, open, due, 'closedUnknown');
    return assessed(complaint, open, due, row.closed <= due ? 'closedOnTime' : 'closedLate');
  }
  return assessed(complaint, open, due, asOf > due ? 'openOverdue' : 'openInTime');
}

/**
 * The complaint with its judgement, written out field by field: an object spread per complaint
 * costs several times as much on a large tracker. The fields keep the spread's order.
 */
function assessed(
  complaint: Complaint,
  open: boolean,
  due: DayNumber | null,
  status: TimescaleStatus,
): AssessedComplaint {
  return {
    reference: complaint.reference,
    received: complaint.received,
    stage: complaint.stage,
    record: complaint.record,
    timescaleRow: complaint.timescaleRow,
    stageRows: complaint.stageRows,
    open,
    due,
    status,
  };
}
