/**
 * The figure columns of a summary table: this period's complaints (and children in care), each
 * with its percentage beside it, then the previous period and the year earlier wherever the
 * tracker covers them (docs/design.md rule 25).
 */
import type { Breakdown, Report } from '../types';
import { PERCENT_HEADER, type SummaryCell } from './types';

/** One set of complaints a column counts. */
export type FigureColumn = {
  header: string;
  breakdown: Breakdown;
  /** True for this period's columns, which carry a percentage beside the count. */
  withPercent: boolean;
};

/** A whole-number percentage (rule 26), halves up; a dash when there is nothing to divide by. */
export function percentCell(part: number, total: number): string {
  if (total <= 0) return '–';
  return `${Math.round((part * 100) / total)}%`;
}

/** True when the previous period is the same dates as the year earlier (a 12-month period). */
function previousIsYearEarlier(report: Report): boolean {
  const { previous, yearEarlier } = report.comparisons;
  return previous.from === yearEarlier.from && previous.to === yearEarlier.to;
}

/** The comparison columns the report supports: covered, and not the same period twice. */
export function comparisonColumns(report: Report): FigureColumn[] {
  const { previous, yearEarlier } = report.comparisons;
  const columns: FigureColumn[] = [];
  if (previous.covered && previous.all && !previousIsYearEarlier(report)) {
    columns.push({ header: 'Previous period', breakdown: previous.all, withPercent: false });
  }
  if (yearEarlier.covered && yearEarlier.all) {
    columns.push({ header: 'Year earlier', breakdown: yearEarlier.all, withPercent: false });
  }
  return columns;
}

/** This period's columns: all complaints, and children in care when the tracker records it. */
export function periodColumns(report: Report): FigureColumn[] {
  const columns: FigureColumn[] = [
    { header: 'All complaints', breakdown: report.all, withPercent: true },
  ];
  if (report.childrenInCare) {
    columns.push({
      header: 'Children in care',
      breakdown: report.childrenInCare,
      withPercent: true,
    });
  }
  return columns;
}

/** Every figure column, this period's first. */
export function figureColumns(report: Report): FigureColumn[] {
  return [...periodColumns(report), ...comparisonColumns(report)];
}

/** The header cells for a label column and the figure columns ("%" after each counted one). */
export function figureHeader(label: string, columns: FigureColumn[]): string[] {
  return [
    label,
    ...columns.flatMap((c) => (c.withPercent ? [c.header, PERCENT_HEADER] : [c.header])),
  ];
}

/**
 * One row: the label, then each column's count (and its share of `total` for that column).
 * `count` returns undefined for a label the breakdown does not have, which counts as 0.
 */
export function figureRow(
  label: string,
  columns: FigureColumn[],
  count: (b: Breakdown) => number | undefined,
  total: (b: Breakdown) => number = (b) => b.complaints,
): SummaryCell[] {
  return [
    label,
    ...columns.flatMap((c) => {
      const n = count(c.breakdown) ?? 0;
      return c.withPercent ? [n, percentCell(n, total(c.breakdown))] : [n];
    }),
  ];
}
