/**
 * Reconciliation (docs/design.md rule 17): every breakdown sums to its total. A failure here is a bug in
 * the engine, never a problem with the tracker, so it throws rather than returning an issue.
 */
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
  return problems;
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
  if (problems.length > 0) throw new ReconciliationError(problems);
}
