import fc from 'fast-check';
import { buildReport } from '../../src/core/buildReport';
import { partsOfDay, toIsoDate } from '../../src/core/dates';
import { findDiscrepancies, reconcileReport, ReconciliationError } from '../../src/core/reconcile';
import type {
  Breakdown,
  CellValue,
  MonthCount,
  Report,
  Stage,
  StageTimes,
  TimescaleStatus,
} from '../../src/core/types';
import { tracker, type TrackerRecord } from './_lib/grid';
import { day } from './_lib/records';

/** Five complaints whose every breakdown adds up, written out by hand. */
function goodBreakdown(): Breakdown {
  return {
    complaints: 5,
    outcomes: {
      upheld: 1,
      partiallyUpheld: 1,
      notUpheld: 1,
      withdrawn: 0,
      resolved: 0,
      other: 0,
      open: 2,
    },
    stages: { '1': 3, '2': 1, '3': 0, ombudsman: 1 },
    timescales: {
      closedOnTime: 1,
      closedLate: 1,
      closedUnknown: 1,
      openInTime: 1,
      openOverdue: 1,
      overdueReferences: ['623963'],
    },
    upheld: {
      complaints: 2,
      byTeam: { Fostering: 1, Adoption: 1 },
      byComplainant: { parent: 2 },
      byStage: { '1': 1, ombudsman: 1 },
    },
    complainants: { child: 1, parent: 2, advocate: 1, fosterCarer: 0, other: 0, notRecorded: 1 },
    themes: [
      { theme: 'Delay', complaints: 5 },
      { theme: 'Communication', complaints: 2 },
    ],
    teams: [
      { team: 'Fostering', complaints: 3, upheld: 1 },
      { team: 'Adoption', complaints: 2, upheld: 1 },
    ],
    stageActivity: { '1': 4, '2': 1, '3': 0, ombudsman: 1 },
    stageTimescales: {
      '1': stageTimes({ received: 4, withinLimit: 2, withinExtension: 1, late: 1 }),
      '2': stageTimes({ received: 1, openOverdue: 1 }),
      '3': stageTimes({}),
    },
    escalations: { stage1: 4, toStage2: 1, toStage3: 0, toOmbudsman: 1 },
    monthly: [
      month('2021-09', { closedOnTime: 1, closedLate: 1, closedUnknown: 1 }),
      month('2021-10', { openInTime: 1, openOverdue: 1 }),
    ],
  };
}

function stageTimes(parts: Partial<StageTimes>): StageTimes {
  const zero = { received: 0, withinLimit: 0, withinExtension: 0, late: 0, unknown: 0 };
  return {
    ...zero,
    openInTime: 0,
    openOverdue: 0,
    ...parts,
    meanWorkingDays: null,
    medianWorkingDays: null,
  };
}

function month(key: string, counts: Partial<Record<TimescaleStatus, number>>): MonthCount {
  const zero = { closedOnTime: 0, closedLate: 0, closedUnknown: 0, openInTime: 0, openOverdue: 0 };
  const all = { ...zero, ...counts };
  return { month: key, received: Object.values(all).reduce((a, b) => a + b, 0), ...all };
}

function emptyBreakdown(): Breakdown {
  return {
    ...goodBreakdown(),
    complaints: 0,
    outcomes: {
      upheld: 0,
      partiallyUpheld: 0,
      notUpheld: 0,
      withdrawn: 0,
      resolved: 0,
      other: 0,
      open: 0,
    },
    stages: { '1': 0, '2': 0, '3': 0, ombudsman: 0 },
    timescales: {
      closedOnTime: 0,
      closedLate: 0,
      closedUnknown: 0,
      openInTime: 0,
      openOverdue: 0,
      overdueReferences: [],
    },
    upheld: { complaints: 0, byTeam: {}, byComplainant: {}, byStage: {} },
    complainants: { child: 0, parent: 0, advocate: 0, fosterCarer: 0, other: 0, notRecorded: 0 },
    themes: [],
    teams: [],
    stageActivity: { '1': 0, '2': 0, '3': 0, ombudsman: 0 },
    stageTimescales: { '1': stageTimes({}), '2': stageTimes({}), '3': stageTimes({}) },
    escalations: { stage1: 0, toStage2: 0, toStage3: 0, toOmbudsman: 0 },
    monthly: [month('2021-09', {}), month('2021-10', {})],
  };
}

function goodReport(): Report {
  return {
    schemaVersion: 2,
    source: {
      file: 't.xlsx',
      sheets: [{ sheet: 'Tracker', headerRow: 1, columns: { reference: 'Ref' } }],
    },
    coverage: { firstReceived: '2021-03-01', lastReceived: '2022-03-01' },
    period: {
      from: '2021-09-01',
      to: '2022-02-28',
      asOf: '2022-03-10',
      covered: true,
      toDate: false,
    },
    rows: { read: 9, blank: 1, summary: 1, excluded: 1, duplicate: 1, counted: 5 },
    issues: [],
    all: goodBreakdown(),
    childrenInCare: emptyBreakdown(),
    comparisons: {
      previous: {
        from: '2021-03-01',
        to: '2021-08-31',
        covered: true,
        all: goodBreakdown(),
        childrenInCare: null,
      },
      yearEarlier: {
        from: '2020-09-01',
        to: '2021-02-28',
        covered: false,
        all: null,
        childrenInCare: null,
      },
    },
  };
}

describe('rule 17: every breakdown sums to its total', () => {
  it('rule 17: a breakdown that adds up has no discrepancies', () => {
    expect(findDiscrepancies('all', goodBreakdown())).toEqual([]);
  });

  it('rule 17: sections dropped for a missing column are not checked', () => {
    const b = {
      ...goodBreakdown(),
      outcomes: null,
      upheld: null,
      complainants: null,
      themes: null,
    };
    expect(findDiscrepancies('all', b)).toEqual([]);
  });

  it.each<[string, (b: Breakdown) => void, string]>([
    ['outcomes', (b) => (b.outcomes!.open += 1), 'outcomes add up to 6, not 5'],
    ['stages', (b) => (b.stages['3'] += 1), 'stages add up to 6, not 5'],
    ['timescales', (b) => (b.timescales.closedLate -= 1), 'timescales add up to 4, not 5'],
    ['overdue references', (b) => b.timescales.overdueReferences.push('A9'), 'overdue references'],
    ['complainants', (b) => (b.complainants!.other += 2), 'complainants add up to 7, not 5'],
    ['upheld total', (b) => (b.upheld!.complaints = 3), 'upheld complaints add up to 3, not 2'],
    [
      'upheld by team',
      (b) => (b.upheld!.byTeam.Fostering = 2),
      'upheld by team add up to 3, not 2',
    ],
    [
      'upheld by complainant',
      (b) => (b.upheld!.byComplainant = { parent: 1 }),
      'upheld by complainant',
    ],
    ['upheld by stage', (b) => (b.upheld!.byStage = { '1': 1 }), 'upheld by stage'],
    [
      'upheld against outcomes',
      (b) => ((b.outcomes!.upheld -= 1), (b.outcomes!.other += 1)),
      'upheld complaints add up to 2, not 1',
    ],
    [
      'a theme above the total',
      (b) => (b.themes![0].complaints = 6),
      'theme Delay exceeds the total',
    ],
    ['teams', (b) => (b.teams![0].complaints = 4), 'teams add up to 6, not 5'],
    ['upheld by team list', (b) => (b.teams![1].upheld = 0), 'upheld by team add up to 1, not 2'],
    [
      'a stage timescale',
      (b) => (b.stageTimescales['1'].late = 2),
      'stage 1 timescales add up to 5, not 4',
    ],
    ['stage activity', (b) => (b.stageActivity['2'] = 3), 'stage 2 responses add up to 1, not 3'],
    ['months', (b) => (b.monthly[0].received = 4), 'months add up to 6, not 5'],
    [
      "months' statuses",
      (b) => ((b.monthly[1].openOverdue = 0), (b.monthly[1].openInTime = 2)),
      "months' openInTime add up to 2, not 1",
    ],
    [
      'escalations',
      (b) => (b.escalations.toStage2 = 5),
      'escalations exceed the complaints they are of',
    ],
  ])('rule 17: a broken %s is caught', (_, breakIt, problem) => {
    const b = goodBreakdown();
    breakIt(b);
    const problems = findDiscrepancies('all complaints', b);
    expect(problems).toContainEqual(expect.stringContaining(problem));
    expect(problems.every((p) => p.startsWith('all complaints '))).toBe(true);
  });
});

describe('rule 17: the engine checks the whole report', () => {
  it('rule 17: a report that adds up passes', () => {
    expect(() => reconcileReport(goodReport())).not.toThrow();
  });

  it.each<[string, (r: Report) => void, string]>([
    ['row counts', (r) => (r.rows.read = 10), 'row counts add up to 9, not 10'],
    ['all complaints', (r) => (r.all.stages['1'] = 0), 'all complaints stages'],
    [
      'children in care',
      (r) => (r.childrenInCare!.outcomes!.open = 1),
      'children in care outcomes',
    ],
    [
      'a comparison',
      (r) => (r.comparisons.previous.all!.stages['2'] = 4),
      'previous period stages add up to 8, not 5',
    ],
    [
      'figures for an uncovered comparison',
      (r) => (r.comparisons.yearEarlier.all = goodBreakdown()),
      'the yearEarlier comparison has figures for a period the tracker does not cover',
    ],
    [
      'more children in care than complaints',
      (r) =>
        (r.childrenInCare = {
          ...goodBreakdown(),
          complaints: 6,
          stages: { '1': 6, '2': 0, '3': 0, ombudsman: 0 },
        }),
      'more complaints about children in care than complaints',
    ],
  ])('rule 17: broken %s → ReconciliationError', (_, breakIt, problem) => {
    const report = goodReport();
    breakIt(report);
    let thrown: unknown;
    try {
      reconcileReport(report);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ReconciliationError);
    expect((thrown as ReconciliationError).problems).toEqual(
      expect.arrayContaining([expect.stringContaining(problem)]),
    );
  });

  it('rule 17: no child-in-care column (null) is not a discrepancy', () => {
    expect(() => reconcileReport({ ...goodReport(), childrenInCare: null })).not.toThrow();
  });
});

describe('rule 17: every report the engine builds reconciles (property)', () => {
  const FIRST = day('2021-06-01');
  const LAST = day('2022-06-30');

  /** A day written the ways trackers hold dates: serial, Date, day-first text, ISO text. */
  const dateCell = (d: number, style: number): CellValue => {
    const { year, month, day: dom } = partsOfDay(d);
    const pad = (n: number): string => String(n).padStart(2, '0');
    switch (style) {
      case 0:
        return d - day('1899-12-30');
      case 1:
        return new Date(d * 86_400_000);
      case 2:
        return `${pad(dom)}/${pad(month)}/${year}`;
      default:
        return toIsoDate(d);
    }
  };
  const dateArb = fc
    .tuple(fc.integer({ min: FIRST, max: LAST }), fc.integer({ min: 0, max: 3 }))
    .map(([d, style]) => ({ d, cell: dateCell(d, style) }));

  /** Stage cells and the stage each means (docs/design.md rule 8), so the model need not parse. */
  const STAGE_CELLS: [CellValue, Stage][] = [
    ['', 1],
    ['1', 1],
    ['S1', 1],
    ['Stage 2', 2],
    [2, 2],
    ['stage three', 3],
    ['LGSCO', 'ombudsman'],
  ];
  const RANK: Record<string, number> = { '1': 1, '2': 2, '3': 3, ombudsman: 4 };

  const rowArb = fc.record({
    reference: fc.constantFrom('A1', 'A2', 'B7', 'C10', '623963', 'X-9'),
    received: dateArb,
    stage: fc.constantFrom(...STAGE_CELLS),
    outcome: fc.constantFrom('', 'Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn', 'Resolved'),
    closed: fc.option(fc.integer({ min: 0, max: 120 }), { nil: null }),
    childInCare: fc.constantFrom('', 'Y', 'No', 'maybe'),
    complainant: fc.constantFrom('', 'Parent', 'YP', 'Advocate', 'Foster carer', 'MP'),
    team: fc.constantFrom('', 'Fostering', 'fostering ', 'Adoption'),
    theme: fc.constantFrom('', 'Delay', 'delay; Communication', 'Staff\nDelay'),
    extension: fc.constantFrom('', 'Yes', 'No'),
    due: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
  });
  type GenRow = typeof rowArb extends fc.Arbitrary<infer T> ? T : never;

  const toRecord = (row: GenRow): TrackerRecord => ({
    reference: row.reference,
    received: row.received.cell,
    stage: row.stage[0],
    outcome: row.outcome,
    closed: row.closed === null ? null : toIsoDate(row.received.d + row.closed),
    childInCare: row.childInCare,
    complainant: row.complainant,
    team: row.team,
    theme: row.theme,
    extension: row.extension,
    due: row.due === null ? null : toIsoDate(row.received.d + row.due),
  });

  /** docs/design.md rules 6–7 by hand: first row per (reference, stage) kept, earliest kept date in period. */
  function expectedComplaints(rows: GenRow[], from: number, to: number): Map<string, Stage> {
    const kept = new Map<string, Map<Stage, number>>();
    for (const row of rows) {
      const stages = kept.get(row.reference) ?? new Map<Stage, number>();
      if (!stages.has(row.stage[1])) stages.set(row.stage[1], row.received.d);
      kept.set(row.reference, stages);
    }
    const inPeriod = new Map<string, Stage>();
    for (const [reference, stages] of kept) {
      const earliest = Math.min(...stages.values());
      const highest = [...stages.keys()].sort((a, b) => RANK[String(b)] - RANK[String(a)])[0];
      if (earliest >= from && earliest <= to) inPeriod.set(reference, highest);
    }
    return inPeriod;
  }

  it('rule 17: for random trackers of valid rows the report reconciles and counts distinct references in the period', () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(rowArb, { nil: null, freq: 8 }), { maxLength: 40 }),
        fc.integer({ min: FIRST, max: LAST }),
        fc.integer({ min: 0, max: 400 }),
        fc.integer({ min: FIRST, max: LAST + 60 }),
        (rows, from, length, asOf) => {
          const records = rows.map((row) => (row === null ? null : toRecord(row)));
          const to = from + length;
          const result = buildReport(tracker(records), { file: 'p.xlsx', from, to, asOf });
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          const { report } = result;
          expect(() => reconcileReport(report)).not.toThrow();
          expect(findDiscrepancies('all', report.all)).toEqual([]);
          expect(findDiscrepancies('cic', report.childrenInCare as Breakdown)).toEqual([]);
          const valid = rows.filter((row): row is GenRow => row !== null);
          const expected = expectedComplaints(valid, from, to);
          expect(report.all.complaints).toBe(expected.size);
          const stages = { '1': 0, '2': 0, '3': 0, ombudsman: 0 };
          for (const stage of expected.values()) stages[String(stage) as keyof typeof stages] += 1;
          expect(report.all.stages).toEqual(stages);
          expect(report.rows.excluded).toBe(0);
          expect(report.rows.blank).toBe(rows.length - valid.length);
          for (const ref of report.all.timescales.overdueReferences)
            expect(expected.has(ref)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
