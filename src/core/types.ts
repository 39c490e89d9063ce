/**
 * The shapes that flow through the engine, from a host's grid of cells to the Report.
 * Pure types: no host, no clock.
 */

/** A calendar date as a whole number of days since 1970-01-01 (no time, no time zone). */
export type DayNumber = number;

/** A calendar date written `YYYY-MM-DD`, as it appears in the Report. */
export type IsoDate = string;

/**
 * A formula cell that holds no cached result (the workbook was saved without calculating it), so
 * the core can say "not calculated" rather than "empty".
 */
export const UNCALCULATED: { readonly uncalculated: true } = Object.freeze({ uncalculated: true });

/** The one value a host hands over for a formula with no cached result. */
export type Uncalculated = typeof UNCALCULATED;

/**
 * What a host can hand over for one cell. Dates arrive as serial numbers, `Date`s or text; an
 * Excel error value (`#N/A`, `#REF!`) arrives as its text, as Excel's own API gives it.
 */
export type CellValue = string | number | boolean | Date | Uncalculated | null;

/** One sheet as a host reads it: a grid of cell values, with the sheet's own row number of each row. */
export type RawSheet = {
  /** The sheet's name, as the user sees it on its tab. */
  name: string;
  /** Rows of cells, top to bottom; rows may be ragged. */
  values: CellValue[][];
  /** `rowNumbers[i]` is the 1-based sheet row of `values[i]`. */
  rowNumbers: number[];
  /** 0-based sheet column of `values[i][0]` (0 = column A). */
  firstColumn: number;
  /** True when the workbook counts serial dates from 1904 (older Mac workbooks). */
  date1904: boolean;
  /** Sheet rows hidden or filtered out when the host read them; counted all the same. */
  hiddenRows?: readonly number[];
};

/** The tracker columns the engine understands. */
export type Field =
  | 'reference'
  | 'received'
  | 'stage'
  | 'complainant'
  | 'childInCare'
  | 'team'
  | 'theme'
  | 'outcome'
  | 'closed'
  | 'extension'
  | 'due';

/** A complaint stage: the council's three stages, then the Local Government and Social Care Ombudsman. */
export type Stage = 1 | 2 | 3 | 'ombudsman';

/** A recorded outcome; `null` on a row means the cell was blank. */
export type Outcome =
  'upheld' | 'partiallyUpheld' | 'notUpheld' | 'withdrawn' | 'resolved' | 'other';

/** Who made the complaint. */
export type Complainant = 'child' | 'parent' | 'advocate' | 'fosterCarer' | 'other' | 'notRecorded';

/** How a complaint stands against its timescale as of the report date. */
export type TimescaleStatus =
  'closedOnTime' | 'closedLate' | 'closedUnknown' | 'openInTime' | 'openOverdue';

/** Working-day limits per stage; corporate policies differ, so these are settings. */
export type Limits = {
  stage1: number;
  stage1Extended: number;
  stage2: number;
  stage2Extended: number;
  stage3: number;
};

export type Severity = 'error' | 'warning' | 'info';

/** A problem found in the tracker, tied to its sheet and the sheet's own row number. */
export type Issue = {
  sheet: string;
  row: number;
  field: Field | null;
  code: IssueCode;
  severity: Severity;
  message: string;
};

/** Stable issue codes: dashboards and the task pane key on these, so never rename one. */
export type IssueCode =
  | 'missing-reference'
  | 'missing-received'
  | 'invalid-received'
  | 'invalid-date'
  | 'unknown-stage'
  | 'unknown-outcome'
  | 'unknown-child-in-care'
  | 'unknown-extension'
  | 'outcome-without-response'
  | 'closed-without-outcome'
  | 'response-before-received'
  | 'duplicate'
  | 'summary-row'
  | 'missing-column'
  | 'sheet-skipped'
  | 'column-choice'
  | 'free-text-column'
  | 'error-value'
  | 'not-calculated'
  | 'future-date'
  | 'hidden-rows';

/** A problem found on a row while reading one sheet; the build adds the sheet's name. */
export type RowIssue = Omit<Issue, 'sheet'>;

/** A row of a sheet: where a complaint's row is, to highlight or select it. */
export type RowRef = { sheet: string; row: number };

/** A tracker row after parsing and validation: every field typed. */
export type TrackerRow = {
  /** The sheet the row is on. */
  sheet: string;
  /** The sheet's own row number. */
  row: number;
  reference: string;
  received: DayNumber;
  stage: Stage;
  complainant: Complainant;
  childInCare: boolean;
  team: string | null;
  themes: string[];
  outcome: Outcome | null;
  closed: DayNumber | null;
  extension: boolean;
  due: DayNumber | null;
};

/** Rows sharing a reference, folded into one complaint (docs/design.md rule 6). */
export type Complaint = {
  reference: string;
  /** Earliest received date of its rows: decides period membership. */
  received: DayNumber;
  /** The highest stage reached. */
  stage: Stage;
  /** The row at the highest stage: its fields are the complaint's. */
  record: TrackerRow;
  /** The highest council-stage row (1–3), which the timescale is judged on; null if none. */
  timescaleRow: TrackerRow | null;
  /**
   * Every row folded into this complaint (duplicates aside), in sheet then row order: each names
   * its sheet and row, so a complaint's place in the tracker is read from these.
   */
  stageRows: TrackerRow[];
};

/** A complaint judged against its timescale as of the report date. */
export type AssessedComplaint = Complaint & {
  status: TimescaleStatus;
  /** The due date of the timescale row; null when there is no council-stage row. */
  due: DayNumber | null;
  open: boolean;
};

export type OutcomeCounts = {
  upheld: number;
  partiallyUpheld: number;
  notUpheld: number;
  withdrawn: number;
  resolved: number;
  other: number;
  open: number;
};

export type StageCounts = { '1': number; '2': number; '3': number; ombudsman: number };

export type TimescaleCounts = Record<TimescaleStatus, number> & { overdueReferences: string[] };

export type ComplainantCounts = Record<Complainant, number>;

export type UpheldBreakdown = {
  complaints: number;
  byTeam: Record<string, number>;
  byComplainant: Partial<Record<Complainant, number>>;
  byStage: Partial<StageCounts>;
};

export type ThemeCount = { theme: string; complaints: number };

/** All complaints of one team, with how many of them were upheld in full or in part (rule 23). */
export type TeamCount = { team: string; complaints: number; upheld: number };

/** One council stage's responses against its timescale (rule 21). */
export type StageTimes = {
  received: number;
  withinLimit: number;
  withinExtension: number;
  late: number;
  unknown: number;
  openInTime: number;
  openOverdue: number;
  meanWorkingDays: number | null;
  medianWorkingDays: number | null;
};

export type StageTimescales = { '1': StageTimes; '2': StageTimes; '3': StageTimes };

/** How far the period's complaints went beyond stage 1 (rule 22). */
export type Escalations = {
  stage1: number;
  toStage2: number;
  toStage3: number;
  toOmbudsman: number;
};

/** One calendar month of the period: complaints first received then, by timescale (rule 24). */
export type MonthCount = { month: string; received: number } & Record<TimescaleStatus, number>;

/**
 * Figures for one set of complaints. A section is null when the tracker lacks the column it
 * needs (outcome for outcomes/upheld, complainant for complainants, theme for themes, team for
 * teams).
 */
export type Breakdown = {
  complaints: number;
  outcomes: OutcomeCounts | null;
  stages: StageCounts;
  timescales: TimescaleCounts;
  upheld: UpheldBreakdown | null;
  complainants: ComplainantCounts | null;
  themes: ThemeCount[] | null;
  teams: TeamCount[] | null;
  /** Stage rows received in the period, whichever period the complaint first came in (rule 20). */
  stageActivity: StageCounts;
  stageTimescales: StageTimescales;
  escalations: Escalations;
  monthly: MonthCount[];
};

export type RowCounts = {
  read: number;
  blank: number;
  summary: number;
  excluded: number;
  duplicate: number;
  counted: number;
};

/** A sheet read as part of the tracker: its header row and the header text of each mapped field. */
export type SourceSheet = {
  sheet: string;
  headerRow: number;
  columns: Partial<Record<Field, string>>;
};

/** The same figures for a comparison period; null breakdowns when the tracker does not cover it. */
export type Comparison = {
  from: IsoDate;
  to: IsoDate;
  covered: boolean;
  all: Breakdown | null;
  childrenInCare: Breakdown | null;
};

/** The Report JSON contract, schemaVersion 2 (docs/design.md). */
export type Report = {
  schemaVersion: 2;
  source: { file: string; sheets: SourceSheet[] };
  /** The earliest and latest received dates of the tracker's counted rows; null with none. */
  coverage: { firstReceived: IsoDate | null; lastReceived: IsoDate | null };
  period: { from: IsoDate; to: IsoDate; asOf: IsoDate; covered: boolean; toDate: boolean };
  rows: RowCounts;
  issues: Issue[];
  all: Breakdown;
  /** Null when no sheet read has a child-in-care column. */
  childrenInCare: Breakdown | null;
  comparisons: { previous: Comparison; yearEarlier: Comparison };
};
