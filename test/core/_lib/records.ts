/**
 * Typed engine records for tests of the steps after validation (folding, timescales, summaries),
 * built from ISO dates so expected values read as dates.
 */
import { parseIsoDate } from '../../../src/core/dates';
import type {
  AssessedComplaint,
  DayNumber,
  Stage,
  TimescaleStatus,
  TrackerRow,
} from '../../../src/core/types';

/** The day number of a `YYYY-MM-DD` date; throws on a typo so a test cannot pass on a bad date. */
export function day(iso: string): DayNumber {
  const value = parseIsoDate(iso);
  if (value === null) throw new RangeError(`Not a date: ${iso}`);
  return value;
}

/** A row as validation would type it; dates as ISO text. Blank optional fields by default. */
export type RowSpec = Partial<Omit<TrackerRow, 'received' | 'closed' | 'due'>> & {
  received?: string;
  closed?: string | null;
  due?: string | null;
};

/** Builds a `TrackerRow`: reference A1, received 1 September 2021, stage 1, nothing else. */
export function trackerRow(spec: RowSpec = {}): TrackerRow {
  return {
    sheet: spec.sheet ?? 'Tracker',
    row: spec.row ?? 2,
    reference: spec.reference ?? 'A1',
    received: day(spec.received ?? '2021-09-01'),
    stage: spec.stage ?? 1,
    complainant: spec.complainant ?? 'notRecorded',
    childInCare: spec.childInCare ?? false,
    team: spec.team ?? null,
    themes: spec.themes ?? [],
    outcome: spec.outcome ?? null,
    closed: spec.closed ? day(spec.closed) : null,
    extension: spec.extension ?? false,
    due: spec.due ? day(spec.due) : null,
  };
}

/** What an assessed complaint needs to be summarised: one record row and its judgement. */
export type AssessedSpec = RowSpec & { status?: TimescaleStatus; open?: boolean };

/**
 * Builds an `AssessedComplaint` of one row, so summary tests can set the status they count without
 * going through the calendar. `open` defaults to the row having neither outcome nor response date.
 */
export function assessed(spec: AssessedSpec = {}): AssessedComplaint {
  const record = trackerRow(spec);
  const open = spec.open ?? (record.outcome === null && record.closed === null);
  const stage: Stage = record.stage;
  return {
    reference: record.reference,
    received: record.received,
    stage,
    record,
    timescaleRow: stage === 'ombudsman' ? null : record,
    stageRows: [record],
    status: spec.status ?? (open ? 'openInTime' : 'closedOnTime'),
    due: null,
    open,
  };
}
