/**
 * The summary tables of one measure each (totals, outcomes, stages, timescales, complainants,
 * teams, themes, escalations): a label per row, then the figure columns of `columns.ts`.
 */
import { COMPLAINANT_LABELS, OUTCOME_LABELS, reportHasColumn, STAGE_LABELS } from '../labels';
import type { Breakdown, Report, TimescaleStatus } from '../types';
import {
  comparisonColumns,
  figureColumns,
  figureHeader,
  figureRow,
  percentCell,
  type FigureColumn,
} from './columns';
import type { SummaryCell, SummaryTable } from './types';

/** One row per labelled bucket, in the labels' order. */
function labelledRows<K extends string>(
  labels: Record<K, string>,
  columns: FigureColumn[],
  pick: (b: Breakdown) => Partial<Record<K, number>> | null,
): SummaryCell[][] {
  return (Object.keys(labels) as K[]).map((k) =>
    figureRow(labels[k], columns, (b) => pick(b)?.[k]),
  );
}

export const TIMESCALE_LABELS: Record<TimescaleStatus, string> = {
  closedOnTime: 'Closed on time',
  closedLate: 'Closed late',
  closedUnknown: 'Closed, no response date',
  openInTime: 'Open, in time',
  openOverdue: 'Open, overdue',
};

function totalsTable(report: Report): SummaryTable {
  const columns = figureColumns(report).map((c) => ({ ...c, withPercent: false }));
  return {
    id: 'totals',
    title: 'Complaints received',
    header: figureHeader('Measure', columns),
    rows: [figureRow('Complaints', columns, (b) => b.complaints)],
    chart: null,
  };
}

function teamsTable(report: Report): SummaryTable | null {
  const teams = report.all.teams;
  if (!teams || teams.length === 0 || !reportHasColumn(report, 'team')) return null;
  const upheld = report.all.upheld !== null;
  const compared = comparisonColumns(report);
  const header = ['Team', 'Complaints', '%'];
  if (upheld) header.push('Upheld', '% upheld');
  header.push(...compared.map((c) => c.header));
  const rows = teams.map((t) => {
    const row: SummaryCell[] = [
      t.team,
      t.complaints,
      percentCell(t.complaints, report.all.complaints),
    ];
    if (upheld) row.push(t.upheld, percentCell(t.upheld, t.complaints));
    for (const c of compared) {
      row.push(c.breakdown.teams?.find((other) => other.team === t.team)?.complaints ?? 0);
    }
    return row;
  });
  return {
    id: 'teams',
    title: 'Complaints by team, with how many were upheld',
    header,
    rows,
    chart: null,
  };
}

function escalationsTable(report: Report, columns: FigureColumn[]): SummaryTable {
  return {
    id: 'escalations',
    title: 'Escalations',
    header: figureHeader('Escalation', columns),
    rows: [
      figureRow('Considered at stage 1', columns, (b) => b.escalations.stage1),
      // The one share of a share: rule 22's escalation rate, of the complaints at stage 1.
      figureRow(
        'Of those, went on to stage 2',
        columns,
        (b) => b.escalations.toStage2,
        (b) => b.escalations.stage1,
      ),
      figureRow('Reached stage 3', columns, (b) => b.escalations.toStage3),
      figureRow('Went to the Ombudsman (LGSCO)', columns, (b) => b.escalations.toOmbudsman),
    ],
    chart: null,
  };
}

/** The tables of one measure each, in the order the sheet shows them; null sections left out. */
export function breakdownTables(report: Report): SummaryTable[] {
  const columns = figureColumns(report);
  const header = (label: string) => figureHeader(label, columns);
  const tables: (SummaryTable | null)[] = [
    totalsTable(report),
    report.all.outcomes && {
      id: 'outcomes',
      title: 'Outcomes',
      header: header('Outcome'),
      rows: labelledRows(OUTCOME_LABELS, columns, (b) => b.outcomes),
      chart: 'pie',
    },
    {
      id: 'stages',
      title: 'Complaints by the highest stage reached',
      header: header('Stage'),
      rows: labelledRows(STAGE_LABELS, columns, (b) => b.stages),
      chart: 'column',
    },
    {
      id: 'timescales',
      title: 'Timescales',
      header: header('Timescale'),
      rows: labelledRows<TimescaleStatus>(TIMESCALE_LABELS, columns, (b) => b.timescales),
      chart: 'bar',
    },
    report.all.complainants && {
      id: 'complainants',
      title: 'Complainants',
      header: header('Complainant'),
      rows: labelledRows(COMPLAINANT_LABELS, columns, (b) => b.complainants),
      chart: null,
    },
    teamsTable(report),
    report.all.themes && {
      id: 'themes',
      title: 'Themes (a complaint may have several)',
      header: header('Theme'),
      rows: report.all.themes.map(({ theme }) =>
        figureRow(theme, columns, (b) => b.themes?.find((t) => t.theme === theme)?.complaints),
      ),
      chart: null,
    },
    escalationsTable(report, columns),
  ];
  return tables.filter((t): t is SummaryTable => t !== null);
}
