/**
 * Reconciliation (docs/design.md rule 17): every breakdown sums to its total. A failure here is a bug in
 * the engine, never a problem with the tracker, so it throws rather than returning an issue.
 */
import { TIMESCALE_STATUSES } from './summarise';
import type { Breakdown, Report } from './types';

/** Thrown when the figures disagree with each other. */
export class ReconciliationError extends Error {
  constructor(readonly problems: string[]) {
    super(`The report's figures do not reconcile: ${problems.join('; ')}`);
    this.name = 'ReconciliationError';
  }
}

const sum = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((total, n) => total + n, 0);

/** Every way the breakdown's parts fail to add up to its total; empty when it reconciles. */
export function findDiscrepancies(name: string, b: Breakdown): string[] {
  const problems: string[] = [];
  const check = (what: string, got: number, want: number): void => {
    if (got !== want) problems.push(`${name} ${what} add up to ${got}, not ${want}`);
  };
  if (b.outcomes) check('outcomes', sum(b.outcomes), b.complaints);
  check('stages', sum(b.stages), b.complaints);
  const { overdueReferences, ...timescales } = b.timescales;
  check('timescales', sum(timescales), b.complaints);
  check('overdue references', overdueReferences.length, b.timescales.openOverdue);
  if (b.complainants) check('complainants', sum(b.complainants), b.complaints);
  if (b.upheld && b.outcomes) {
    const upheld = b.outcomes.upheld + b.outcomes.partiallyUpheld;
    check('upheld complaints', b.upheld.complaints, upheld);
    check('upheld by team', sum(b.upheld.byTeam), upheld);
    check('upheld by complainant', sum(b.upheld.byComplainant), upheld);
    check('upheld by stage', sum(b.upheld.byStage), upheld);
  }
  if (b.themes) {
    for (const t of b.themes) {
      if (t.complaints > b.complaints) problems.push(`${name} theme ${t.theme} exceeds the total`);
    }
  }
  problems.push(...findBoardDiscrepancies(name, b));
  return problems;
}

/** The board's figures (rules 20–24): stage by stage, teams, escalations, months. */
function findBoardDiscrepancies(name: string, b: Breakdown): string[] {
  const problems: string[] = [];
  const check = (what: string, got: number, want: number): void => {
    if (got !== want) problems.push(`${name} ${what} add up to ${got}, not ${want}`);
  };
  if (b.teams) {
    check(
      'teams',
      sumOf(b.teams, (t) => t.complaints),
      b.complaints,
    );
    if (b.upheld)
      check(
        'upheld by team',
        sumOf(b.teams, (t) => t.upheld),
        b.upheld.complaints,
      );
  }
  for (const stage of ['1', '2', '3'] as const) {
    const t = b.stageTimescales[stage];
    const parts = t.withinLimit + t.withinExtension + t.late + t.unknown;
    const received = t.received;
    check(`stage ${stage} timescales`, parts + t.openInTime + t.openOverdue, received);
    check(`stage ${stage} responses`, received, b.stageActivity[stage]);
  }
  check(
    'months',
    sumOf(b.monthly, (m) => m.received),
    b.complaints,
  );
  for (const status of TIMESCALE_STATUSES) {
    check(
      `months' ${status}`,
      sumOf(b.monthly, (m) => m[status]),
      b.timescales[status],
    );
  }
  const e = b.escalations;
  if (e.toStage2 > e.stage1 || e.stage1 > b.complaints || e.toOmbudsman > b.complaints) {
    problems.push(`${name} escalations exceed the complaints they are of`);
  }
  return problems;
}

function sumOf<T>(items: readonly T[], count: (item: T) => number): number {
  return items.reduce((total, item) => total + count(item), 0);
}

/** Check a whole report: rows, both breakdowns, and children in care within all complaints. */
export function reconcileReport(report: Report): void {
  const { read, ...parts } = report.rows;
  const problems = findDiscrepancies('all complaints', report.all);
  if (sum(parts) !== read) problems.push(`row counts add up to ${sum(parts)}, not ${read}`);
  if (report.childrenInCare) {
    problems.push(...findDiscrepancies('children in care', report.childrenInCare));
    if (report.childrenInCare.complaints > report.all.complaints) {
      problems.push('more complaints about children in care than complaints');
    }
  }
  for (const [which, comparison] of Object.entries(report.comparisons)) {
    if (!comparison.covered && (comparison.all || comparison.childrenInCare)) {
      problems.push(`the ${which} comparison has figures for a period the tracker does not cover`);
    }
    if (comparison.all) problems.push(...findDiscrepancies(`${which} period`, comparison.all));
    if (comparison.childrenInCare) {
      problems.push(...findDiscrepancies(`${which} children in care`, comparison.childrenInCare));
    }
  }
  if (problems.length > 0) throw new ReconciliationError(problems);
}
