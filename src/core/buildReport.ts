/**
 * The whole engine in one call: a host's grid in, the Report (DESIGN.md JSON contract) and the
 * assessed complaints behind it out. Pure: today is the `asOf` argument.
 */
import { BANK_HOLIDAYS_ENGLAND_WALES } from './bankHolidays';
import { createCalendar } from './calendar';
import { foldComplaints } from './complaints';
import { toIsoDate } from './dates';
import { FIELD_LABELS, FIELDS, REQUIRED_FIELDS } from './fields';
import { groupLabels } from './grouping';
import { findHeader, HEADER_MIN_FIELDS, HEADER_SEARCH_ROWS } from './mapping';
import type { HeaderMatch, MappingOverrides } from './mapping';
import { reconcileReport } from './reconcile';
import { DEFAULT_LIMITS } from './settings';
import { summariseComplaints } from './summarise';
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

/** A built report, or why none could be built (a problem with the sheet, told to the user). */
export type BuildResult =
  | {
      ok: true;
      report: Report;
      /** The complaints in the period, in sheet order: what every sentence and figure speaks of. */
      complaints: AssessedComplaint[];
      header: HeaderMatch;
    }
  | { ok: false; problem: 'no-header' | 'missing-column'; message: string };

/** Build the report for one sheet and period. */
export function buildReport(sheet: RawSheet, options: BuildOptions): BuildResult {
  const header = findHeader(sheet, options.overrides, { headerRow: options.headerRow });
  if (header === null) {
    return {
      ok: false,
      problem: 'no-header',
      message: `No header row found in the first ${HEADER_SEARCH_ROWS} rows of '${sheet.name}'. The header row needs at least ${HEADER_MIN_FIELDS} recognised column names, such as Ref, Date received and Outcome. Rename the columns, or choose them in the column mapping.`,
    };
  }
  const missing = REQUIRED_FIELDS.filter((field) => header.columns[field] === undefined);
  if (missing.length > 0) {
    const names = missing.map((field) => FIELD_LABELS[field]).join(' and ');
    return {
      ok: false,
      problem: 'missing-column',
      message: `The header on row ${header.row} of '${sheet.name}' has no ${names} column. Rename that column, or choose it in the column mapping.`,
    };
  }
  const limits = options.limits ?? DEFAULT_LIMITS;
  const calendar = createCalendar(options.holidays ?? BANK_HOLIDAYS_ENGLAND_WALES);
  const validated = validateRows(sheet, header, options.asOf);
  const folded = foldComplaints(validated.rows, { from: options.from, to: options.to });
  const complaints = folded.complaints.map((c) =>
    assessComplaint(c, options.asOf, limits, calendar),
  );
  const context = {
    columns: header.columns,
    teams: groupLabels(teamsOf(complaints)),
    themes: groupLabels(themesOf(complaints)),
  };
  const issues = [
    ...header.notes,
    ...missingColumnNotes(header),
    ...validated.issues,
    ...folded.duplicates,
  ].sort((a, b) => a.row - b.row);
  const duplicate = folded.duplicates.length;
  const read = rowsBelowHeader(sheet, header);
  const report: Report = {
    schemaVersion: 1,
    source: {
      file: options.file,
      sheet: sheet.name,
      headerRow: header.row,
      columns: Object.fromEntries(
        FIELDS.filter((f) => header.columns[f] !== undefined).map((f) => [
          f,
          header.headers[header.columns[f] as number],
        ]),
      ),
    },
    period: {
      from: toIsoDate(options.from),
      to: toIsoDate(options.to),
      asOf: toIsoDate(options.asOf),
    },
    rows: {
      read,
      blank: validated.blank,
      summary: validated.summary,
      excluded: validated.excluded,
      duplicate,
      counted: validated.rows.length - duplicate,
    },
    issues,
    all: summariseComplaints(complaints, context),
    childrenInCare:
      header.columns.childInCare === undefined
        ? null
        : summariseComplaints(
            complaints.filter((c) => c.record.childInCare),
            context,
          ),
  };
  reconcileReport(report);
  return { ok: true, report, complaints, header };
}

/**
 * Sheet rows from below the header to the last row with anything in it. Counted by row number, not
 * by grid length, because hosts differ: Excel's used range keeps empty rows, an .xlsx file omits them.
 */
function rowsBelowHeader(sheet: RawSheet, header: HeaderMatch): number {
  const last = sheet.rowNumbers[sheet.rowNumbers.length - 1];
  return sheet.values.length > header.index + 1 ? last - header.row : 0;
}

// Plain loops rather than flatMap: flatMap builds a small array per complaint.
function teamsOf(complaints: AssessedComplaint[]): string[] {
  const teams: string[] = [];
  for (const { record } of complaints) if (record.team !== null) teams.push(record.team);
  return teams;
}

function themesOf(complaints: AssessedComplaint[]): string[] {
  const themes: string[] = [];
  for (const { record } of complaints) for (const theme of record.themes) themes.push(theme);
  return themes;
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

function missingColumnNotes(header: HeaderMatch): Issue[] {
  return (Object.keys(DROPPED_FIGURES) as Field[])
    .filter((field) => header.columns[field] === undefined)
    .map((field) => ({
      row: header.row,
      field,
      code: 'missing-column' as const,
      severity: 'info' as const,
      message: `No ${FIELD_LABELS[field]} column was found, so ${DROPPED_FIGURES[field]}.`,
    }));
}
