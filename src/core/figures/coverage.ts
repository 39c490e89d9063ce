/**
 * Coverage (rule 19): the dates the tracker covers, from its earliest to its latest counted
 * received date, and whether a period falls within them.
 */
import type { DayNumber, TrackerRow } from '../types';
import type { Period } from '../period';

/** The tracker's earliest and latest received dates; null when it has no counted rows. */
export type Coverage = { first: DayNumber; last: DayNumber } | null;

/** How far inside a period the tracker's first and last dates may fall and still cover it. */
export const COVERAGE_SLACK_DAYS = 31;

/** The span of received dates over the counted rows (duplicates already left out). */
export function coverageOf(rows: readonly TrackerRow[]): Coverage {
  let coverage: Coverage = null;
  for (const { received } of rows) coverage = widenCoverage(coverage, received);
  return coverage;
}

/** The span widened, in place when there is one, to take in one more received date. */
export function widenCoverage(coverage: Coverage, received: DayNumber): Coverage {
  if (coverage === null) return { first: received, last: received };
  if (received < coverage.first) coverage.first = received;
  else if (received > coverage.last) coverage.last = received;
  return coverage;
}

/**
 * A period is covered when the tracker starts no more than 31 days after it does, and ends no more
 * than 31 days before its end or the as-of date, whichever is earlier.
 */
export function isCovered(coverage: Coverage, period: Period, asOf: DayNumber): boolean {
  if (coverage === null) return false;
  const end = Math.min(period.to, asOf);
  return (
    coverage.first <= period.from + COVERAGE_SLACK_DAYS &&
    coverage.last >= end - COVERAGE_SLACK_DAYS
  );
}
