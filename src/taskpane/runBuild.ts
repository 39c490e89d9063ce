/**
 * One press of Build report, without React: read the tracker, build the report, write the summary
 * sheet, highlight the overdue complaints, remember the choices. Reading and building come first,
 * so a tracker that cannot be read or understood leaves the workbook untouched.
 */
import { buildReport } from '../core/buildReport';
import { findHeader } from '../core/mapping';
import type { ColumnMapping, MappingOverrides } from '../core/mapping';
import { buildNarrative } from '../core/narrative';
import type { Narrative } from '../core/narrative';
import type { RowTarget, StoredSettings, TrackerHost, TrackerSource } from '../core/port';
import type { PeriodChoice } from '../core/settings';
import { layoutSummary } from '../core/summaryLayout';
import type { AssessedComplaint, IsoDate, Limits, RawSheet, Report } from '../core/types';
import { failureFromError, type BuildFailure } from './buildFailure';
import { resolvePeriod } from './resolvePeriod';

export type { BuildFailure, BuildFailureKind } from './buildFailure';

/** What the pane asks for when the user presses Build report. */
export type BuildRequest = {
  /** Null reads the active sheet. */
  source: TrackerSource | null;
  /** The workbook's file name, as the report names its source. */
  fileName: string;
  period: PeriodChoice;
  asOf: IsoDate;
  overrides: MappingOverrides;
  limits?: Limits;
  /** When the report was built, in words, for the summary sheet ("15 March 2022"). */
  builtAt: string;
};

export type BuildStage = 'reading' | 'building' | 'writing' | 'done';

/** Where a build has got to; row counts matter while reading only. */
export type BuildProgress = { stage: BuildStage; rowsRead: number; totalRows: number };

/** The tracker's header row and what each column was taken to mean. */
export type HeaderMapping = {
  sheet: string;
  /** The sheet's own row number of the header. */
  headerRow: number;
  /** Header cells as text, one per column of the grid read. */
  headers: string[];
  /** Field → index into `headers`, overrides applied. */
  columns: ColumnMapping;
  /** 0-based sheet columns of the first and last column read (0 = column A). */
  firstColumn: number;
  lastColumn: number;
};

export type BuiltReport = {
  report: Report;
  complaints: AssessedComplaint[];
  narrative: Narrative;
  mapping: HeaderMapping;
  /** Set when the report was built but something after it did not work, such as remembering. */
  notice: string | null;
};

export type BuildOutcome = ({ ok: true } & BuiltReport) | { ok: false; failure: BuildFailure };

/** Run a build through the host port; every refusal comes back as a failure, never a throw. */
export async function runBuild(
  host: TrackerHost,
  request: BuildRequest,
  onProgress: (progress: BuildProgress) => void = () => undefined,
): Promise<BuildOutcome> {
  const period = resolvePeriod(request.period, request.asOf);
  if (!period.ok) {
    return {
      ok: false,
      failure: { kind: 'invalid-period', message: period.message, mapping: null },
    };
  }
  onProgress({ stage: 'reading', rowsRead: 0, totalRows: 0 });
  let sheet: RawSheet;
  try {
    sheet = await host.readTracker(request.source, (rowsRead, totalRows) =>
      onProgress({ stage: 'reading', rowsRead, totalRows }),
    );
  } catch (error) {
    return { ok: false, failure: failureFromError(error, 'reading') };
  }
  const rowCount = sheet.values.length;
  onProgress({ stage: 'building', rowsRead: rowCount, totalRows: rowCount });
  let built: ReturnType<typeof buildReport>;
  try {
    built = buildReport(sheet, {
      file: request.fileName,
      from: period.from,
      to: period.to,
      asOf: period.asOf,
      limits: request.limits,
      overrides: request.overrides,
    });
  } catch (error) {
    return { ok: false, failure: failureFromError(error, 'building') };
  }
  if (!built.ok) {
    const header = findHeader(sheet, request.overrides);
    const mapping =
      header === null ? null : mappingOf(sheet, header.row, header.headers, header.columns);
    return { ok: false, failure: { kind: built.problem, message: built.message, mapping } };
  }
  let narrative: Narrative;
  try {
    narrative = buildNarrative(built.report, built.complaints);
  } catch (error) {
    return { ok: false, failure: failureFromError(error, 'building') };
  }
  const mapping = mappingOf(sheet, built.header.row, built.header.headers, built.header.columns);
  const { report, complaints } = built;
  onProgress({ stage: 'writing', rowsRead: rowCount, totalRows: rowCount });
  const overdueRows = rowsOfOverdue(complaints);
  let settingsError: Error | null;
  try {
    ({ settingsError } = await host.writeReport({
      layout: layoutSummary(report, request.builtAt),
      highlights: overdueRows.length > 0 ? [targetOf(mapping, overdueRows)] : [],
      settings: choicesOf(request),
    }));
  } catch (error) {
    return { ok: false, failure: failureFromError(error, 'writing') };
  }
  const notice = settingsError === null ? null : noticeOf(settingsError);
  onProgress({ stage: 'done', rowsRead: rowCount, totalRows: rowCount });
  return { ok: true, report, complaints, narrative, mapping, notice };
}

/** Every sheet row of every complaint still open past its due date, in sheet order. */
export function rowsOfOverdue(complaints: readonly AssessedComplaint[]): number[] {
  return complaints
    .filter((c) => c.status === 'openOverdue')
    .flatMap((c) => c.rows)
    .sort((a, b) => a - b);
}

/** Rows of the tracker across every column the host read: what highlighting and selecting need. */
export function targetOf(mapping: HeaderMapping, rows: number[]): RowTarget {
  return {
    sheet: mapping.sheet,
    rows,
    firstColumn: mapping.firstColumn,
    lastColumn: mapping.lastColumn,
  };
}

function mappingOf(
  sheet: RawSheet,
  headerRow: number,
  headers: string[],
  columns: ColumnMapping,
): HeaderMapping {
  const width = sheet.values.reduce((widest, row) => Math.max(widest, row.length), 1);
  return {
    sheet: sheet.name,
    headerRow,
    headers,
    columns,
    firstColumn: sheet.firstColumn,
    lastColumn: sheet.firstColumn + width - 1,
  };
}

/** The choices a build remembers with the workbook, without the ones left unset. */
function choicesOf(request: BuildRequest): StoredSettings {
  const settings: StoredSettings = {
    source: request.source ?? undefined,
    overrides: request.overrides,
    period: request.period,
    limits: request.limits,
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}

/** Remembering is a courtesy: if it fails, the report stands and the user is told. */
function noticeOf(error: Error): string {
  const said = error.message !== '' ? ` Excel said: ${error.message}` : '';
  return `The report was built, but the workbook could not remember your choices, so you may need to choose them again next time.${said}`;
}
