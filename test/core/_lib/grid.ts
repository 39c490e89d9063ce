/**
 * Terse `RawSheet`s for the engine's contract tests: title rows, a header, data rows, with the
 * sheet's own row numbers worked out the way a host would report them; and the report built from
 * one over the seed report's period.
 */
import { buildReport, type BuildOptions, type BuildResult } from '../../../src/core/buildReport';
import { FIELDS } from '../../../src/core/fields';
import type { CellValue, Field, RawSheet } from '../../../src/core/types';
import { day } from './records';

export type GridOptions = {
  /** Rows above the header: a title, then blank rows. Sheet rows are numbered from 1. */
  titleRows?: number;
  /** The sheet's tab name. */
  name?: string;
  /** The workbook counts serial dates from 1904. */
  date1904?: boolean;
  /** The sheet column (0 = A) the grid starts in. */
  firstColumn?: number;
};

/**
 * Builds a sheet of `titleRows` title rows, the header row and the data rows, so tests can check
 * that row numbers in issues are the sheet's own rather than indexes into the grid.
 */
export function grid(
  header: CellValue[],
  rows: CellValue[][],
  options: GridOptions = {},
): RawSheet {
  const titleRows = options.titleRows ?? 0;
  const titles: CellValue[][] = Array.from({ length: titleRows }, (_, i) =>
    i === 0 ? ['Children’s social care complaints 2021/22'] : [],
  );
  const values = [...titles, header, ...rows];
  return {
    name: options.name ?? 'Tracker',
    values,
    rowNumbers: values.map((_, index) => index + 1),
    firstColumn: options.firstColumn ?? 0,
    date1904: options.date1904 ?? false,
  };
}

/** The sheet row of the `index`-th (0-based) data row of a `grid` built with `options`. */
export function sheetRowOf(index: number, options: GridOptions = {}): number {
  return (options.titleRows ?? 0) + 2 + index;
}

/** The header text each field gets in `tracker` sheets: one common spelling per field. */
export const TRACKER_HEADERS: Record<Field, string> = {
  reference: 'Ref',
  received: 'Date received',
  stage: 'Stage',
  complainant: 'Complainant',
  childInCare: 'Looked after',
  team: 'Team',
  theme: 'Theme',
  outcome: 'Outcome',
  closed: 'Date responded',
  extension: 'Extension agreed',
  due: 'Due date',
};

/** One tracker row by field; a field left out is a blank cell. */
export type TrackerRecord = Partial<Record<Field, CellValue>>;

export type TrackerOptions = GridOptions & {
  /** The columns the tracker has, in order; every field (in `FIELDS` order) by default. */
  fields?: readonly Field[];
};

/**
 * Builds a tracker from rows described by field, so a test names only the cells it is about.
 * A `null` record is a wholly blank row.
 */
export function tracker(records: (TrackerRecord | null)[], options: TrackerOptions = {}): RawSheet {
  const fields = options.fields ?? FIELDS;
  const header = fields.map((field) => TRACKER_HEADERS[field]);
  const rows = records.map((record) =>
    record === null ? [] : fields.map((field) => record[field] ?? null),
  );
  return grid(header, rows, options);
}

/** The seed report's period, September 2021 to February 2022 as of 10 March 2022, from tracker.xlsx. */
export const BUILD_OPTIONS: BuildOptions = {
  file: 'tracker.xlsx',
  from: day('2021-09-01'),
  to: day('2022-02-28'),
  asOf: day('2022-03-10'),
};

/**
 * Builds the report for `sheet` with `BUILD_OPTIONS`, changed by `options`; throws when no report
 * could be built, so a test about the report cannot pass on a failure.
 */
export function buildFor(
  sheet: RawSheet,
  options: Partial<BuildOptions> = {},
): Extract<BuildResult, { ok: true }> {
  const result = buildReport(sheet, { ...BUILD_OPTIONS, ...options });
  if (!result.ok) throw new Error(`no report: ${result.message}`);
  return result;
}
