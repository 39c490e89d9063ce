import { buildReport, type BuildResult } from '../../../../src/core/buildReport';
import { parseIsoDate } from '../../../../src/core/dates';
import type { CellValue, RawSheet } from '../../../../src/core/types';

/** A tracker sheet from a header and rows; sheet rows start at 1 with the header. */
export function sheetOf(header: string[], rows: CellValue[][]): RawSheet {
  const values = [header, ...rows];
  return {
    name: 'Tracker',
    values,
    rowNumbers: values.map((_, i) => i + 1),
    firstColumn: 0,
    date1904: false,
  };
}

function day(iso: string): number {
  const value = parseIsoDate(iso);
  if (value === null) throw new Error(`bad test date ${iso}`);
  return value;
}

/** Build for Sept 2021 – Feb 2022 as of 10 March 2022 (the seed report's period) unless told. */
export function build(
  sheet: RawSheet,
  period: { from: string; to: string; asOf: string } = {
    from: '2021-09-01',
    to: '2022-02-28',
    asOf: '2022-03-10',
  },
): Extract<BuildResult, { ok: true }> {
  const result = buildReport(sheet, {
    file: 'tracker.xlsx',
    from: day(period.from),
    to: day(period.to),
    asOf: day(period.asOf),
  });
  if (!result.ok) throw new Error(result.message);
  return result;
}

export const FULL_HEADER = [
  'Ref',
  'Date received',
  'Stage',
  'Complainant',
  'Looked after',
  'Team',
  'Themes',
  'Outcome',
  'Date responded',
];
