/** The officer's lists: overdue complaints by reference, and the issues found in the tracker. */
import { FIELD_LABELS } from '../fields';
import type { Report, Severity } from '../types';
import type { SummaryCell, SummaryTable } from './types';

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
    rows: report.issues.length > 0 ? issueRows(report) : [['', '', '', '', 'No issues found']],
    chart: null,
  };
}

/**
 * The summary lists the first issues only: a sheet of thousands of them cannot be read or printed,
 * and writing them would cost a large tracker extra round trips. The task pane and the Report JSON
 * list every one.
 */
export const SUMMARY_ISSUE_ROWS = 500;

function issueRows(report: Report): SummaryCell[][] {
  const rows: SummaryCell[][] = report.issues
    .slice(0, SUMMARY_ISSUE_ROWS)
    .map((i) => [
      i.sheet,
      i.row,
      SEVERITY_LABELS[i.severity],
      i.field === null ? '' : capitalise(FIELD_LABELS[i.field]),
      i.message,
    ]);
  const more = report.issues.length - SUMMARY_ISSUE_ROWS;
  if (more > 0) {
    const count = more.toLocaleString('en-GB');
    rows.push([
      '',
      '',
      '',
      '',
      `… and ${count} more, listed in the task pane and the Report JSON.`,
    ]);
  }
  return rows;
}
