/** The officer's lists: overdue complaints by reference, and the issues found in the tracker. */
import { FIELD_LABELS } from '../fields';
import type { Report, Severity } from '../types';
import type { SummaryTable } from './types';

const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Error',
  warning: 'Warning',
  info: 'Note',
};

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function overdueTable(report: Report): SummaryTable {
  const overdue = report.all.timescales.overdueReferences;
  return {
    id: 'overdue',
    title: 'Overdue complaints',
    header: ['Reference'],
    rows: overdue.length > 0 ? overdue.map((ref) => [ref]) : [['None']],
    chart: null,
  };
}

/** Fields in words ("Response date", never `closed`), as the officer reads them elsewhere. */
export function issuesTable(report: Report): SummaryTable {
  return {
    id: 'issues',
    title: 'Issues found in the tracker',
    header: ['Sheet', 'Row', 'Severity', 'Field', 'Message'],
    rows:
      report.issues.length > 0
        ? report.issues.map((i) => [
            i.sheet,
            i.row,
            SEVERITY_LABELS[i.severity],
            i.field === null ? '' : capitalise(FIELD_LABELS[i.field]),
            i.message,
          ])
        : [['', '', '', '', 'No issues found']],
    chart: null,
  };
}
