/** The summary sheet as data: the shapes both hosts write, and the Word document reads. */

export type SummaryCell = string | number;

/** The kind of native chart a table gets, when it gets one. */
export type SummaryChart = 'pie' | 'column' | 'bar';

export type SummaryTable = {
  /** Stable identifier: hosts name ranges and charts after it. */
  id: string;
  title: string;
  header: string[];
  rows: SummaryCell[][];
  /** A chart of the table's first figure column (counts, never the "%" columns beside them). */
  chart: SummaryChart | null;
};

/**
 * How the sheet prints, for a host to apply: A4, one page wide (as many pages tall as it needs),
 * the top `repeatRows` sheet rows (the title) repeated on every page, and a footer naming the
 * period and the build.
 */
export type SummaryPrint = {
  paper: 'A4';
  /** Landscape when the widest table would shrink too far to fit a portrait page's width. */
  orientation: 'portrait' | 'landscape';
  fitToWidth: true;
  /** How many rows at the top of the sheet repeat on each printed page. */
  repeatRows: number;
  /** Footer text: the period and when the report was built. Plain text, no host codes. */
  footer: string;
};

export type SummaryLayout = {
  sheetName: string;
  title: string;
  /** Lines under the title: source, period, comparisons, when built. */
  notes: string[];
  tables: SummaryTable[];
  print: SummaryPrint;
};

/** The header of a column of percentages, placed just after the counts it is a share of. */
export const PERCENT_HEADER = '%';
