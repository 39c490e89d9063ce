/**
 * Words a complaints officer reads for each category, shared by the summary sheet, the task pane
 * and the narrative so every surface names things the same way.
 */
import { formatLongDate, parseIsoDate } from './dates';
import type { Complainant, Field, OutcomeCounts, Report, StageCounts } from './types';

export const OUTCOME_LABELS: Record<keyof OutcomeCounts, string> = {
  upheld: 'Upheld',
  partiallyUpheld: 'Partially upheld',
  notUpheld: 'Not upheld',
  withdrawn: 'Withdrawn',
  resolved: 'Resolved informally',
  other: 'Other outcome',
  open: 'Being investigated',
};

export const STAGE_LABELS: Record<keyof StageCounts, string> = {
  '1': 'Stage 1',
  '2': 'Stage 2',
  '3': 'Stage 3',
  ombudsman: 'Ombudsman (LGSCO)',
};

export const COMPLAINANT_LABELS: Record<Complainant, string> = {
  child: 'Child or young person',
  parent: 'Parent or guardian',
  advocate: 'Advocate',
  fosterCarer: 'Foster carer',
  other: 'Other',
  notRecorded: 'Not recorded',
};

/** A report's ISO date in words ("10 March 2022"); the text itself if it is not a date. */
export function formatReportDate(iso: string): string {
  const day = parseIsoDate(iso);
  return day === null ? iso : formatLongDate(day);
}

/** True when any sheet the report read has a column for this field. */
export function reportHasColumn(report: Report, field: Field): boolean {
  return report.source.sheets.some((sheet) => sheet.columns[field] !== undefined);
}

/** Where the figures came from and for which period, in a line or two. */
export function describeSource(report: Report): string[] {
  const { source, period } = report;
  const [only] = source.sheets;
  const sheets =
    source.sheets.length === 1
      ? `sheet '${only.sheet}', header on row ${only.headerRow}`
      : `sheets ${source.sheets.map((s) => `'${s.sheet}' (header on row ${s.headerRow})`).join(', ')}`;
  return [
    `Source: ${source.file}, ${sheets}.`,
    `Period: complaints received ${formatReportDate(period.from)} to ${formatReportDate(
      period.to,
    )}, as of ${formatReportDate(period.asOf)}.`,
  ];
}
