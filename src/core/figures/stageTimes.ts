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
import { stageRank } from '../complaints';

/** A stage row received in the period, with the complaint it belongs to (`periodFigures`). */
export type ActivityRow = { row: TrackerRow; complaint: AssessedComplaint };

/** What judging a stage row needs: the report date, the limits and the working calendar. */
export type StageJudge = { asOf: DayNumber; limits: Limits; calendar: WorkingCalendar };

/** Where one council-stage row stands (rule 21), checked in the rule's order. */
export type StageRowStatus = Exclude<keyof StageTimes, 'received' | `${string}WorkingDays`>;

/** Stage rows by their own stage. */
export function countStageActivity(rows: readonly ActivityRow[]): StageCounts {
  const counts: StageCounts = { '1': 0, '2': 0, '3': 0, ombudsman: 0 };
  for (const { row } of rows) counts[String(row.stage) as keyof StageCounts] += 1;
  return counts;
}

/** The standard limit of a council stage, whatever the extension. */
function standardLimit(stage: 1 | 2 | 3, limits: Limits): number {
  if (stage === 1) return limits.stage1;
  return stage === 2 ? limits.stage2 : limits.stage3;
}

/** How one council-stage row stands against its timescale (rule 21). */
export function judgeStageRow(item: ActivityRow, judge: StageJudge): StageRowStatus {
  const { row, complaint } = item;
  const stage = row.stage as 1 | 2 | 3;
  const due = dueDateOf(row, judge.limits, judge.calendar);
  if (row.closed === null) {
    const escalated = complaint.stageRows.some((r) => stageRank(r.stage) > stageRank(stage));
    if (row.outcome !== null || escalated) return 'unknown';
    return judge.asOf > due ? 'openOverdue' : 'openInTime';
  }
  if (row.closed > due) return 'late';
  const standardEnd = judge.calendar.addWorkingDays(
    row.received,
    standardLimit(stage, judge.limits),
  );
  return row.closed <= standardEnd ? 'withinLimit' : 'withinExtension';
}

/** Each council stage's rows against their timescales, with mean and median working days. */
export function summariseStageTimes(
  rows: readonly ActivityRow[],
  judge: StageJudge,
): StageTimescales {
  const days: Record<'1' | '2' | '3', number[]> = { '1': [], '2': [], '3': [] };
  const times = { '1': emptyStageTimes(), '2': emptyStageTimes(), '3': emptyStageTimes() };
  for (const item of rows) {
    if (item.row.stage === 'ombudsman') continue;
    const stage = String(item.row.stage) as '1' | '2' | '3';
    times[stage].received += 1;
    times[stage][judgeStageRow(item, judge)] += 1;
    const { received, closed } = item.row;
    if (closed !== null) days[stage].push(judge.calendar.workingDaysBetween(received, closed));
  }
  for (const stage of ['1', '2', '3'] as const) {
    times[stage].meanWorkingDays = meanToOneDecimal(days[stage]);
    times[stage].medianWorkingDays = median(days[stage]);
  }
  return times;
}

function emptyStageTimes(): StageTimes {
  return {
    received: 0,
    withinLimit: 0,
    withinExtension: 0,
    late: 0,
    unknown: 0,
    openInTime: 0,
    openOverdue: 0,
    meanWorkingDays: null,
    medianWorkingDays: null,
  };
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

/** The median of whole numbers: an even count gives the mean of the middle two. Null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A typed array sorts numbers as numbers, without calling a comparison function per pair.
  const sorted = Float64Array.from(values).sort();
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
