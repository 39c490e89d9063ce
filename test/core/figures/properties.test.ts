/**
 * Properties of the board's figures (rules 19–25) on generated trackers of one or two sheets:
 * every breakdown and comparison reconciles; each stage's timescale parts sum to its activity,
 * which is the stage rows received in the period (a model, by hand); the months sum to the
 * period's complaints and statuses; the teams sum to the complaints; a comparison has figures
 * exactly when it is covered, and they are the report for that period with the same as-of date.
 */
import fc from 'fast-check';
import { buildReport, type BuildOptions } from '../../../src/core/buildReport';
import { toIsoDate } from '../../../src/core/dates';
import { previousPeriod } from '../../../src/core/period';
import { findDiscrepancies, reconcileReport } from '../../../src/core/reconcile';
import type { Breakdown, Report, Stage, TimescaleStatus } from '../../../src/core/types';
import { tracker, type TrackerRecord } from '../_lib/grid';
import { day } from '../_lib/records';

const FIRST = day('2021-01-01');
const LAST = day('2022-12-31');

const STAGE_CELLS: [string, Stage][] = [
  ['', 1],
  ['1', 1],
  ['Stage 2', 2],
  ['stage three', 3],
  ['Ombudsman', 'ombudsman'],
];

const rowArb = fc.record({
  reference: fc.constantFrom('A1', 'A2', 'B7', 'C10', 'X-9'),
  received: fc.integer({ min: FIRST, max: LAST }),
  stage: fc.constantFrom(...STAGE_CELLS),
  outcome: fc.constantFrom('', 'Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn', 'ADR'),
  closed: fc.option(fc.integer({ min: 0, max: 90 }), { nil: null }),
  childInCare: fc.constantFrom('', 'Y', 'No'),
  team: fc.constantFrom('', 'Fostering', 'fostering ', 'Adoption', 'Leaving Care'),
  extension: fc.constantFrom('', 'Yes'),
  due: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  sheet: fc.integer({ min: 0, max: 1 }),
});
type GenRow = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

const toRecord = (row: GenRow): TrackerRecord => ({
  reference: row.reference,
  received: toIsoDate(row.received),
  stage: row.stage[0],
  outcome: row.outcome,
  closed: row.closed === null ? null : toIsoDate(row.received + row.closed),
  childInCare: row.childInCare,
  team: row.team,
  extension: row.extension,
  due: row.due === null ? null : toIsoDate(row.received + row.due),
});

/** The second sheet's columns in another order, without a due date or a looked-after column. */
const SECOND_FIELDS = ['team', 'received', 'outcome', 'reference', 'stage', 'closed'] as const;

function sheetsOf(rows: GenRow[]) {
  const first = rows.filter((row) => row.sheet === 0).map(toRecord);
  const second = rows.filter((row) => row.sheet === 1).map(toRecord);
  return [
    tracker(first, { name: 'Log A' }),
    tracker(second, { name: 'Log B', fields: SECOND_FIELDS, titleRows: 2 }),
  ];
}

/** Rule 20 by hand: the stage rows kept (first per reference and stage, sheet order) in [from, to]. */
function expectedActivity(rows: GenRow[], from: number, to: number) {
  const ordered = [...rows.filter((r) => r.sheet === 0), ...rows.filter((r) => r.sheet === 1)];
  const seen = new Set<string>();
  const counts = { '1': 0, '2': 0, '3': 0, ombudsman: 0 };
  for (const row of ordered) {
    const key = `${row.reference}|${String(row.stage[1])}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (row.received >= from && row.received <= to) counts[String(row.stage[1]) as '1'] += 1;
  }
  return counts;
}

const STATUSES: TimescaleStatus[] = [
  'closedOnTime',
  'closedLate',
  'closedUnknown',
  'openInTime',
  'openOverdue',
];

function checkBreakdown(b: Breakdown): void {
  expect(findDiscrepancies('b', b)).toEqual([]);
  for (const stage of ['1', '2', '3'] as const) {
    const t = b.stageTimescales[stage];
    const parts =
      t.withinLimit + t.withinExtension + t.late + t.unknown + t.openInTime + t.openOverdue;
    expect(parts).toBe(b.stageActivity[stage]);
    expect(t.received).toBe(b.stageActivity[stage]);
    if (t.meanWorkingDays === null) expect(t.medianWorkingDays).toBeNull();
    else expect(t.withinLimit + t.withinExtension + t.late).toBeGreaterThan(0);
  }
  expect(b.monthly.reduce((n, m) => n + m.received, 0)).toBe(b.complaints);
  for (const status of STATUSES) {
    expect(b.monthly.reduce((n, m) => n + m[status], 0)).toBe(b.timescales[status]);
  }
  expect((b.teams ?? []).reduce((n, t) => n + t.complaints, 0)).toBe(b.complaints);
  expect((b.teams ?? []).reduce((n, t) => n + t.upheld, 0)).toBe(b.upheld?.complaints ?? 0);
  expect(b.escalations.toStage2).toBeLessThanOrEqual(b.escalations.stage1);
  expect(b.escalations.stage1).toBeLessThanOrEqual(b.complaints);
}

function build(rows: GenRow[], options: BuildOptions): Report {
  const result = buildReport(sheetsOf(rows), options);
  if (!result.ok) throw new Error(result.message);
  return result.report;
}

describe('rules 19–25: properties of generated two-sheet trackers', () => {
  it('rules 17, 20–24: every breakdown and comparison reconciles, and stage activity is the rows in the period', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 30 }),
        fc.integer({ min: FIRST, max: LAST }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: -30, max: 120 }),
        (rows, from, length, asOfAfter) => {
          const to = from + length;
          const report = build(rows, { file: 'p.xlsx', from, to, asOf: to + asOfAfter });
          expect(() => reconcileReport(report)).not.toThrow();
          const breakdowns = [report.all, report.childrenInCare];
          for (const c of Object.values(report.comparisons)) {
            expect(c.all !== null).toBe(c.covered);
            expect(c.childrenInCare !== null).toBe(c.covered);
            breakdowns.push(c.all, c.childrenInCare);
          }
          for (const b of breakdowns) if (b !== null) checkBreakdown(b);
          expect(report.all.stageActivity).toEqual(expectedActivity(rows, from, to));
          expect(report.period.toDate).toBe(asOfAfter < 0);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('rule 25: a covered previous period is the report for that period, as of the same date', () => {
    let covered = 0;
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: FIRST + 200, max: LAST }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 60 }),
        (rows, from, length, asOfAfter) => {
          const to = from + length;
          const asOf = to + asOfAfter;
          const report = build(rows, { file: 'p.xlsx', from, to, asOf });
          const { previous } = report.comparisons;
          if (!previous.covered) return;
          covered += 1;
          const period = previousPeriod({ from, to });
          const direct = build(rows, { file: 'p.xlsx', ...period, asOf });
          expect(previous.all).toEqual(direct.all);
          expect(previous.childrenInCare).toEqual(direct.childrenInCare);
          expect(direct.period.covered).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
    // Not a vacuous property: a fair share of the generated trackers cover the previous period.
    expect(covered).toBeGreaterThan(10);
  });
});
