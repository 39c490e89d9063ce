/**
 * The "Complaints summary" sheet as data: titled tables both hosts write the same way, so Excel
 * and the .xlsx file show identical figures, with a print setup each host applies. Text and
 * numbers only; no host formatting here. The tables are made in `summary/`.
 */
import { describeSource, formatReportDate } from './labels';
import { DEFAULT_WORDING, type Terms } from './narrative/wording';
import { breakdownTables } from './summary/breakdownTables';
import { monthlyTable } from './summary/monthlyTable';
import { issuesTable, overdueTable } from './summary/recordTables';
import { rewordLayout } from './summary/reword';
import { stageTimescalesTable } from './summary/stageTable';
import type { SummaryLayout, SummaryTable } from './summary/types';
import type { Comparison, Report } from './types';

export type {
  SummaryCell,
  SummaryChart,
  SummaryLayout,
  SummaryPrint,
  SummaryTable,
} from './summary/types';
export { PERCENT_HEADER } from './summary/types';
export {
  MAX_COLUMN_WIDTH,
  MIN_COLUMN_WIDTH,
  summaryColumnWidths,
  wrappedLines,
} from './summary/columnWidths';

/** The name of the sheet the add-in owns. */
export const SUMMARY_SHEET_NAME = 'Complaints summary';

function describeComparison(name: string, comparison: Comparison): string {
  const dates = `${formatReportDate(comparison.from)} to ${formatReportDate(comparison.to)}`;
  return comparison.covered
    ? `${name}: ${dates}.`
    : `${name} (${dates}) not compared: the tracker does not cover it.`;
}

/** What the comparison columns stand for, or why one is missing (rule 25: never silently). */
function comparisonNotes(report: Report): string[] {
  const { previous, yearEarlier } = report.comparisons;
  const same = previous.from === yearEarlier.from && previous.to === yearEarlier.to;
  return [
    ...(same ? [] : [describeComparison('Previous period', previous)]),
    describeComparison('Year earlier', yearEarlier),
  ];
}

/**
 * A sheet with more columns than this prints landscape: the stage table (eleven columns or more)
 * is then large enough to read on A4, where portrait would shrink the whole sheet to fit it.
 */
export const PORTRAIT_MOST_COLUMNS = 8;

/**
 * Lay out the summary sheet for a report; `builtAt` is the host's wording of "now", `terms` the
 * council's words, which replace the standard ones in every label, heading and note the sheet
 * writes (issue 8 part 3).
 */
export function layoutSummary(
  report: Report,
  builtAt: string,
  terms: Terms = DEFAULT_WORDING.terms,
): SummaryLayout {
  const { from, to, asOf } = report.period;
  const tables: SummaryTable[] = [...breakdownTables(report)];
  const stages = stageTimescalesTable(report);
  if (stages) tables.push(stages);
  const monthly = monthlyTable(report);
  if (monthly) tables.push(monthly);
  tables.push(overdueTable(report), issuesTable(report));
  const columns = Math.max(...tables.map((t) => t.header.length));
  const layout: SummaryLayout = {
    sheetName: SUMMARY_SHEET_NAME,
    title: 'Complaints summary',
    notes: [...describeSource(report), ...comparisonNotes(report), `Built ${builtAt}.`],
    tables,
    print: {
      paper: 'A4',
      orientation: columns > PORTRAIT_MOST_COLUMNS ? 'landscape' : 'portrait',
      fitToWidth: true,
      repeatRows: 1,
      footer: `Complaints received ${formatReportDate(from)} to ${formatReportDate(to)}, as of ${formatReportDate(asOf)}. Built ${builtAt}.`,
    },
  };
  // The first note names the tracker's file and sheets: their names are never reworded.
  return rewordLayout(layout, terms, 1);
}
