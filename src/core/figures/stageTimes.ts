/**
 * Stage by stage (rules 20 and 21): the stage rows received in the period, whichever period their
 * complaint first came in, and how each council-stage row stands against its timescale.
 */
import type { WorkingCalendar } from '../calendar';
import { dueDateOf } from '../timescales';
import type {
  AssessedComplaint,
  DayNumber,
  Limits,
  StageCounts,
  StageTimes,
  StageTimescales,
  TrackerRow,
} from '../types';
import { countKeys } from '../_lib/keyCounts';
import { STAGE_KEYS, stageKey, stageRank } from '../complaints';
import { median } from './median';

/**
 * The stage rows received in a period (`periodFigures`), each row's complaint at the same position
 * in `complaints`: two lists rather than an object per row, since slicing a large tracker
 * would otherwise make an object for every stage row of every period.
 */
export type Activity = { rows: TrackerRow[]; complaints: AssessedComplaint[] };

/** No stage rows yet (`addActivity` adds them). */
export function emptyActivity(): Activity {
  return { rows: [], complaints: [] };
}

/** Adds a stage row and its complaint to a period's activity. */
export function addActivity(
  activity: Activity,
  row: TrackerRow,
  complaint: AssessedComplaint,
): void {
  activity.rows.push(row);
  activity.complaints.push(complaint);
}

/** What judging a stage row needs: the report date, the limits and the working calendar. */
export type StageJudge = { asOf: DayNumber; limits: Limits; calendar: WorkingCalendar };

/** Where one council-stage row stands (rule 21), checked in the rule's order. */
export type StageRowStatus = Exclude<keyof StageTimes, 'received' | `${string}WorkingDays`>;

/** Stage rows by their own stage. */
export function countStageActivity(activity: Activity): StageCounts {
  const counts = countKeys(STAGE_KEYS);
  for (const row of activity.rows) counts.add(stageKey(row.stage));
  return counts.record();
}

/** The standard limit of a council stage, whatever the extension. */
function standardLimit(stage: 1 | 2 | 3, limits: Limits): number {
  if (stage === 1) return limits.stage1;
  return stage === 2 ? limits.stage2 : limits.stage3;
}

/** How one council-stage row of a complaint stands against its timescale (rule 21). */
export function judgeStageRow(
  row: TrackerRow,
  complaint: AssessedComplaint,
  judge: StageJudge,
): StageRowStatus {
  const stage = row.stage as 1 | 2 | 3;
  const due = dueDateOf(row, judge.limits, judge.calendar);
  if (row.closed === null) {
    if (row.outcome !== null || isEscalated(complaint, stage)) return 'unknown';
    return judge.asOf > due ? 'openOverdue' : 'openInTime';
  }
  if (row.closed > due) return 'late';
  const standardEnd = judge.calendar.addWorkingDays(
    row.received,
    standardLimit(stage, judge.limits),
  );
  return row.closed <= standardEnd ? 'withinLimit' : 'withinExtension';
}

/** True when the complaint has a row at a stage above `stage`: a loop, not a closure per row. */
function isEscalated(complaint: AssessedComplaint, stage: 1 | 2 | 3): boolean {
  for (const other of complaint.stageRows) if (stageRank(other.stage) > stage) return true;
  return false;
}

/** Where a council-stage row can stand, in the order the Report JSON lists them. */
const STAGE_ROW_STATUSES: readonly StageRowStatus[] = [
  'withinLimit',
  'withinExtension',
  'late',
  'unknown',
  'openInTime',
  'openOverdue',
];

/** Each council stage's rows against their timescales, with mean and median working days. */
export function summariseStageTimes(activity: Activity, judge: StageJudge): StageTimescales {
  // By council stage, 1 to 3 at positions 0 to 2.
  const statuses = [1, 2, 3].map(() => countKeys(STAGE_ROW_STATUSES));
  const days: number[][] = [[], [], []];
  const { rows, complaints } = activity;
  for (let position = 0; position < rows.length; position += 1) {
    const row = rows[position];
    const { stage, received, closed } = row;
    if (stage === 'ombudsman') continue;
    statuses[stage - 1].add(judgeStageRow(row, complaints[position], judge));
    if (closed !== null) days[stage - 1].push(judge.calendar.workingDaysBetween(received, closed));
  }
  const timesOf = (position: number): StageTimes => {
    const counts = statuses[position].record();
    const received = STAGE_ROW_STATUSES.reduce((sum, status) => sum + counts[status], 0);
    return {
      received,
      ...counts,
      meanWorkingDays: meanToOneDecimal(days[position]),
      medianWorkingDays: median(days[position]),
    };
  };
  return { '1': timesOf(0), '2': timesOf(1), '3': timesOf(2) };
}

/**
 * The mean of whole numbers to one decimal place, halves rounded up, in integer arithmetic so a
 * mean such as 7.45 is never rounded down by floating point. Null for no values.
 */
export function meanToOneDecimal(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const total = values.reduce((sum, n) => sum + n, 0);
  const n = values.length;
  return Math.floor((total * 20 + n) / (2 * n)) / 10;
}
