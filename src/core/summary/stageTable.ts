/**
 * Timescales stage by stage (docs/design.md rule 21): what each council stage received, how many
 * responses were within the limit, within an agreed extension or late (each with its share of the
 * responses with a date), how many are open, the average working days, and the share within
 * timescale (rule 26) beside the same share in the compared periods.
 */
import { STAGE_LABELS } from '../labels';
import type { Breakdown, Report, StageTimes } from '../types';
import { comparisonColumns, percentCell } from './columns';
import { PERCENT_HEADER, type SummaryCell, type SummaryTable } from './types';

const COUNCIL_STAGES = ['1', '2', '3'] as const;

/** Responses with a date: the denominator of every share in this table (rule 26). */
function responded(t: StageTimes): number {
  return t.withinLimit + t.withinExtension + t.late;
}

function withinTimescale(t: StageTimes): string {
  return percentCell(t.withinLimit + t.withinExtension, responded(t));
}

/** The stage table, or null when no council stage received anything in any period shown. */
export function stageTimescalesTable(report: Report): SummaryTable | null {
  const compared = comparisonColumns(report);
  const showUnknown = COUNCIL_STAGES.some((s) => report.all.stageTimescales[s].unknown > 0);
  const header = ['Stage', 'Received', 'Within limit', PERCENT_HEADER];
  header.push('Within extension', PERCENT_HEADER, 'Late', PERCENT_HEADER);
  if (showUnknown) header.push('No response date');
  header.push('Open', 'Average working days', 'Within timescale');
  header.push(...compared.map((c) => c.header));
  const received = (b: Breakdown, s: (typeof COUNCIL_STAGES)[number]) =>
    b.stageTimescales[s].received;
  const rows: SummaryCell[][] = [];
  for (const stage of COUNCIL_STAGES) {
    const t = report.all.stageTimescales[stage];
    if (t.received === 0 && compared.every((c) => received(c.breakdown, stage) === 0)) continue;
    const total = responded(t);
    const row: SummaryCell[] = [STAGE_LABELS[stage], t.received];
    row.push(t.withinLimit, percentCell(t.withinLimit, total));
    row.push(t.withinExtension, percentCell(t.withinExtension, total));
    row.push(t.late, percentCell(t.late, total));
    if (showUnknown) row.push(t.unknown);
    row.push(t.openInTime + t.openOverdue, t.meanWorkingDays ?? '–', withinTimescale(t));
    row.push(...compared.map((c) => withinTimescale(c.breakdown.stageTimescales[stage])));
    rows.push(row);
  }
  if (rows.length === 0) return null;
  return {
    id: 'stageTimescales',
    title: 'Timescales by stage (percentages of responses sent)',
    header,
    rows,
    chart: null,
  };
}
