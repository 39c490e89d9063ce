/**
 * The whole engine in one call: a host's grid in, the Report (docs/design.md JSON contract) and the
 * assessed complaints behind it out. Pure: today is the `asOf` argument.
 */
import { BANK_HOLIDAYS_ENGLAND_WALES } from './bankHolidays';
import { calendarFor } from './calendar';
import { foldGroupsInto, groupByReference } from './complaints';
import { toIsoDate } from './dates';
import { FIELD_LABELS, FIELDS, REQUIRED_FIELDS } from './fields';
import { isCovered } from './figures/coverage';
import { findHeader, HEADER_MIN_FIELDS, HEADER_SEARCH_ROWS } from './mapping';
import type { ColumnMapping, HeaderMatch, MappingOverrides } from './mapping';
import { previousPeriod, yearEarlierPeriod, type Period } from './period';
import { figuresForReport } from './periodFigures';
import { reconcileReport } from './reconcile';
import { createSurvey } from './survey';
import { DEFAULT_LIMITS } from './settings';
import { assessComplaint } from './timescales';
import type {
  AssessedComplaint,
  DayNumber,
  Field,
  IsoDate,
  Issue,
  Limits,
  RawSheet,
  Report,
  SourceSheet,
  TrackerRow,
} from './types';
import { validateRows } from './validate';

export type BuildOptions = {
  /** The tracker's file name, as the report names its source. */
  file: string;
  from: DayNumber;
  to: DayNumber;
  asOf: DayNumber;
  limits?: Limits;
  overrides?: MappingOverrides;
  /** The header's sheet row, when the user names it (otherwise it is searched for). */
  headerRow?: number;
  holidays?: readonly IsoDate[];
};

/** A sheet read as part of the tracker, with the header found on it. */
export type TrackerSheet = { sheet: RawSheet; header: HeaderMatch };

/** A built report, or why none could be built (a problem with the sheet, told to the user). */
export type BuildResult =
  | {
      ok: true;
      report: Report;
      /** The complaints in the period, in sheet order: what every sentence and figure speaks of. */
      complaints: AssessedComplaint[];
      /** The sheets read as the tracker, in the order given. */
      trackers: TrackerSheet[];
      /** The first tracker sheet's header. */
      header: HeaderMatch;
    }
  | { ok: false; problem: 'no-header' | 'missing-column'; message: string; sheet: RawSheet };

/**
 * Build the report for one or more sheets read together (rule 18) and a period. With several
 * sheets, those without a reference and a received date column are skipped with a note.
 */
export function buildReport(sheets: RawSheet | RawSheet[], options: BuildOptions): BuildResult {
  const chosen = chooseTrackerSheets(Array.isArray(sheets) ? sheets : [sheets], options);
  if (!chosen.ok) return chosen;
  const { trackers, skipped } = chosen;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const calendar = calendarFor(options.holidays ?? BANK_HOLIDAYS_ENGLAND_WALES);
  const read = readTrackerRows(trackers, options.asOf);
  const survey = createSurvey();
  const grouped = groupByReference(read.rows, survey.add);
  const counted = survey.result();
  const coverage = counted.coverage;
  const columns = unionOfColumns(trackers);
  const period = { from: options.from, to: options.to };
  // Only a complaint with a stage row in the period or a comparison period adds to any figure:
  // on a tracker kept for years the rest are never folded or judged.
  const everyComplaint = foldGroupsInto(
    grouped,
    (complaint) => assessComplaint(complaint, options.asOf, limits, calendar),
    { period: spanOfFigures(period), by: 'any-row' },
  );
  const { current, comparisons } = figuresForReport(period, coverage, {
    everyComplaint,
    columns,
    hasChildInCare: columns.childInCare !== undefined,
    teams: counted.teams,
    themes: counted.themes,
    judge: { asOf: options.asOf, limits, calendar },
  });
  const duplicate = grouped.duplicates.length;
  const report: Report = {
    schemaVersion: 2,
    source: { file: options.file, sheets: trackers.map(describeSheet) },
    coverage: {
      firstReceived: coverage && toIsoDate(coverage.first),
      lastReceived: coverage && toIsoDate(coverage.last),
    },
    period: {
      from: toIsoDate(options.from),
      to: toIsoDate(options.to),
      asOf: toIsoDate(options.asOf),
      covered: isCovered(coverage, period, options.asOf),
      toDate: options.asOf < options.to,
    },
    rows: { ...read.counts, duplicate, counted: read.rows.length - duplicate },
    issues: sortIssues([...skipped, ...read.issues, ...grouped.duplicates], trackers),
    all: current.all,
    childrenInCare: current.childrenInCare,
    comparisons,
  };
  reconcileReport(report);
  return { ok: true, report, complaints: current.complaints, trackers, header: trackers[0].header };
}

type ChosenSheets =
  { ok: true; trackers: TrackerSheet[]; skipped: Issue[] } | Extract<BuildResult, { ok: false }>;

/** The sheets with a usable header; with none, the first sheet's problem. */
function chooseTrackerSheets(sheets: RawSheet[], options: BuildOptions): ChosenSheets {
  const trackers: TrackerSheet[] = [];
  const problems: Extract<BuildResult, { ok: false }>[] = [];
  for (const sheet of sheets) {
    const header = findHeader(sheet, options.overrides, { headerRow: options.headerRow });
    const problem = headerProblem(sheet, header);
    if (problem === null && header !== null) trackers.push({ sheet, header });
    else if (problem !== null) problems.push(problem);
  }
  if (trackers.length === 0) {
    if (problems.length === 0) throw new RangeError('buildReport needs at least one sheet');
    return problems[0];
  }
  const skipped = problems.map((problem): Issue => ({
    sheet: problem.sheet.name,
    row: 1,
    field: null,
    code: 'sheet-skipped',
    severity: 'info',
    message: `The sheet '${problem.sheet.name}' was not read: it has no header row with a reference and a date received.`,
  }));
  return { ok: true, trackers, skipped };
}

function headerProblem(
  sheet: RawSheet,
  header: HeaderMatch | null,
): Extract<BuildResult, { ok: false }> | null {
  if (header === null) {
    return {
      ok: false,
      problem: 'no-header',
      sheet,
      message: `No header row found in the first ${HEADER_SEARCH_ROWS} rows of '${sheet.name}'. The header row needs at least ${HEADER_MIN_FIELDS} recognised column names, such as Ref, Date received and Outcome. Rename the columns, or choose them in the column mapping.`,
    };
  }
  const missing = REQUIRED_FIELDS.filter((field) => header.columns[field] === undefined);
  if (missing.length === 0) return null;
  const names = missing.map((field) => FIELD_LABELS[field]).join(' and ');
  return {
    ok: false,
    problem: 'missing-column',
    sheet,
    message: `The header on row ${header.row} of '${sheet.name}' has no ${names} column. Rename that column, or choose it in the column mapping.`,
  };
}

/** Every tracker sheet's rows validated and pooled (rule 18), issues named by sheet. */
function readTrackerRows(trackers: TrackerSheet[], asOf: DayNumber) {
  let rows: TrackerRow[] = [];
  const issues: Issue[] = [];
  const counts = { read: 0, blank: 0, summary: 0, excluded: 0 };
  for (const { sheet, header } of trackers) {
    const validated = validateRows(sheet, header, asOf);
    // One sheet, nearly every tracker: its rows are the pool, not copied into it row by row.
    if (rows.length === 0) rows = validated.rows;
    else for (const row of validated.rows) rows.push(row);
    issues.push(...missingColumnNotes(sheet.name, header));
    for (const found of [...header.notes, ...validated.issues]) {
      issues.push({ ...found, sheet: sheet.name });
    }
    counts.read += rowsBelowHeader(sheet, header);
    counts.blank += validated.blank;
    counts.summary += validated.summary;
    counts.excluded += validated.excluded;
  }
  return { rows, issues, counts };
}

/** Issues in sheet order (as the sheets were given), then row order. */
function sortIssues(issues: Issue[], trackers: TrackerSheet[]): Issue[] {
  const order = new Map(trackers.map((t, index) => [t.sheet.name, index]));
  const rank = (issue: Issue): number => order.get(issue.sheet) ?? -1;
  return issues.sort((a, b) => rank(a) - rank(b) || a.row - b.row);
}

function describeSheet({ sheet, header }: TrackerSheet): SourceSheet {
  return {
    sheet: sheet.name,
    headerRow: header.row,
    columns: Object.fromEntries(
      FIELDS.filter((f) => header.columns[f] !== undefined).map((f) => [
        f,
        header.headers[header.columns[f] as number],
      ]),
    ),
  };
}

/** A field is present when any tracker sheet has its column (its index is then immaterial). */
function unionOfColumns(trackers: TrackerSheet[]): ColumnMapping {
  const columns: ColumnMapping = {};
  for (const { header } of trackers) {
    for (const field of FIELDS) columns[field] ??= header.columns[field];
  }
  return columns;
}

/**
 * Sheet rows from below the header to the last row with anything in it. Counted by row number, not
 * by grid length, because hosts differ: Excel's used range keeps empty rows, an .xlsx file omits them.
 */
function rowsBelowHeader(sheet: RawSheet, header: HeaderMatch): number {
  const last = sheet.rowNumbers[sheet.rowNumbers.length - 1];
  return sheet.values.length > header.index + 1 ? last - header.row : 0;
}

/** From the earliest to the latest day of the period and its two comparison periods. */
function spanOfFigures(period: Period): Period {
  const previous = previousPeriod(period);
  const yearEarlier = yearEarlierPeriod(period);
  return {
    from: Math.min(period.from, previous.from, yearEarlier.from),
    to: Math.max(period.to, previous.to, yearEarlier.to),
  };
}

const DROPPED_FIGURES: Partial<Record<Field, string>> = {
  stage: 'every complaint counts at stage 1, and a reference on two rows counts as a duplicate',
  outcome: 'outcome and upheld figures are left out',
  complainant: 'complainant figures are left out',
  childInCare: 'children-in-care figures are left out',
  theme: 'theme figures are left out',
  team: 'upheld complaints are not broken down by team',
  closed: 'timescales are judged on outcomes alone, so closed complaints have no response date',
};

function missingColumnNotes(sheet: string, header: HeaderMatch): Issue[] {
  return (Object.keys(DROPPED_FIGURES) as Field[])
    .filter((field) => header.columns[field] === undefined)
    .map((field) => ({
      sheet,
      row: header.row,
      field,
      code: 'missing-column' as const,
      severity: 'info' as const,
      message: `No ${FIELD_LABELS[field]} column was found, so ${DROPPED_FIGURES[field]}.`,
    }));
}
