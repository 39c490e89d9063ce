/**
 * The "Complaints summary" sheet as data: titled tables both hosts write the same way, so Excel
 * and the .xlsx file show identical figures. Text only; no host formatting here.
 */
import {
  describeSource,
  reportHasColumn,
  OUTCOME_LABELS,
  STAGE_LABELS,
  COMPLAINANT_LABELS,
} from './labels';
import type { Breakdown, Report } from './types';

export type SummaryCell = string | number;

/** The kind of native chart a table gets, when it gets one. */
export type SummaryChart = 'pie' | 'column' | 'bar';

export type SummaryTable = {
  /** Stable identifier: hosts name ranges and charts after it. */
  id: string;
  title: string;
  header: string[];
  rows: SummaryCell[][];
  chart: SummaryChart | null;
};

export type SummaryLayout = {
  sheetName: string;
  title: string;
  /** Lines under the title: source, period, when built. */
  notes: string[];
  tables: SummaryTable[];
};

/** The name of the sheet the add-in owns. */
export const SUMMARY_SHEET_NAME = 'Complaints summary';

/** Lay out the summary sheet for a report; `builtAt` is the host's wording of "now". */
export function layoutSummary(report: Report, builtAt: string): SummaryLayout {
  const cic = report.childrenInCare;
  const both = (pick: (b: Breakdown) => number | undefined): SummaryCell[] =>
    cic ? [pick(report.all) ?? 0, pick(cic) ?? 0] : [pick(report.all) ?? 0];
  const header = (first: string): string[] =>
    cic ? [first, 'All complaints', 'Children in care'] : [first, 'All complaints'];
  // One row per labelled bucket, in the labels' order, with its count in each breakdown.
  const labelled = <K extends string>(
    labels: Record<K, string>,
    pick: (b: Breakdown) => Partial<Record<K, number>> | null,
  ): SummaryCell[][] =>
    (Object.keys(labels) as K[]).map((k) => [labels[k], ...both((b) => pick(b)?.[k])]);
  const tables: SummaryTable[] = [
    {
      id: 'totals',
      title: 'Complaints received',
      header: header('Measure'),
      rows: [['Complaints', ...both((b) => b.complaints)]],
      chart: null,
    },
  ];
  if (report.all.outcomes) {
    tables.push({
      id: 'outcomes',
      title: 'Outcomes',
      header: header('Outcome'),
      rows: labelled(OUTCOME_LABELS, (b) => b.outcomes),
      chart: 'pie',
    });
  }
  tables.push({
    id: 'stages',
    title: 'Stages',
    header: header('Stage'),
    rows: labelled(STAGE_LABELS, (b) => b.stages),
    chart: 'column',
  });
  tables.push({
    id: 'timescales',
    title: 'Timescales',
    header: header('Timescale'),
    rows: [
      ['Closed on time', ...both((b) => b.timescales.closedOnTime)],
      ['Closed late', ...both((b) => b.timescales.closedLate)],
      ['Closed, no response date', ...both((b) => b.timescales.closedUnknown)],
      ['Open, in time', ...both((b) => b.timescales.openInTime)],
      ['Open, overdue', ...both((b) => b.timescales.openOverdue)],
    ],
    chart: 'bar',
  });
  if (report.all.complainants) {
    tables.push({
      id: 'complainants',
      title: 'Complainants',
      header: header('Complainant'),
      rows: labelled(COMPLAINANT_LABELS, (b) => b.complainants),
      chart: null,
    });
  }
  const upheld = report.all.upheld;
  if (upheld && reportHasColumn(report, 'team')) {
    tables.push({
      id: 'upheldByTeam',
      title: 'Upheld or partially upheld, by team',
      header: header('Team'),
      rows: Object.keys(upheld.byTeam).map((team) => [
        team,
        ...both((b) => b.upheld?.byTeam[team]),
      ]),
      chart: null,
    });
  }
  if (report.all.themes) {
    tables.push({
      id: 'themes',
      title: 'Themes',
      header: header('Theme'),
      rows: report.all.themes.map(({ theme }) => [
        theme,
        ...both((b) => b.themes?.find((t) => t.theme === theme)?.complaints),
      ]),
      chart: null,
    });
  }
  const overdue = report.all.timescales.overdueReferences;
  tables.push({
    id: 'overdue',
    title: 'Overdue complaints',
    header: ['Reference'],
    rows: overdue.length > 0 ? overdue.map((ref) => [ref]) : [['None']],
    chart: null,
  });
  tables.push({
    id: 'issues',
    title: 'Issues found in the tracker',
    header: ['Row', 'Severity', 'Field', 'Message'],
    rows:
      report.issues.length > 0
        ? report.issues.map((i) => [i.row, i.severity, i.field ?? '', i.message])
        : [['', '', '', 'No issues found']],
    chart: null,
  });
  return {
    sheetName: SUMMARY_SHEET_NAME,
    title: 'Complaints summary',
    notes: [...describeSource(report), `Built ${builtAt}.`],
    tables,
  };
}
