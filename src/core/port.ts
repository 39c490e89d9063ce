/**
 * The port: what a host (Excel through the Office JavaScript API, or an .xlsx file) must do for the
 * task pane and the command line. Only types live here, so the core stays pure; each host
 * implements it once.
 */
import type { MappingOverrides } from './mapping';
import type { WordingChanges } from './narrative/wording';
import type { PaperTemplate } from './paper/types';
import type { PeriodChoice } from './settings';
import type { Limits, RawSheet } from './types';
import type { SummaryLayout } from './summaryLayout';

/** Where the tracker is: a worksheet by name, or an Excel table by name. None: the active sheet. */
export type TrackerSource = { kind: 'sheet'; name: string } | { kind: 'table'; name: string };

/** What a host offers to read. */
export type TrackerSources = { sheets: string[]; tables: string[]; active: string | null };

/** Called after each chunk a host reads: rows read so far, out of the total. */
export type ReadProgress = (rowsRead: number, totalRows: number) => void;

/** Sheet rows to highlight or select, with the columns the tracker spans (0 = column A). */
export type RowTarget = {
  sheet: string;
  rows: number[];
  firstColumn: number;
  lastColumn: number;
};

/** What the add-in remembers with the workbook. */
export type StoredSettings = {
  source?: TrackerSource;
  overrides?: MappingOverrides;
  period?: PeriodChoice;
  limits?: Limits;
  /** The council's own words for the narrative (the pane offers the terms). */
  wording?: WordingChanges;
  /** False: the narrative names no complaint reference, for published papers (rule 27). */
  references?: boolean;
  /** The committee paper the Word document is made as. */
  template?: PaperTemplate;
  /** Whether the Word document carries the provenance appendix. */
  appendix?: boolean;
};

/** Everything one build leaves in the workbook. */
export type ReportOutput = {
  /** The "Complaints summary" sheet, written (or replaced) whole. */
  layout: SummaryLayout;
  /**
   * The rows to highlight, one target per sheet; they replace any highlight the add-in made
   * before, on any sheet. Empty: the add-in's highlight is removed.
   */
  highlights: RowTarget[];
  /** The choices to remember with the workbook, written last. */
  settings: StoredSettings;
};

/**
 * What writing the report could not do without failing it: the summary and highlights are in
 * place, but the choices were not remembered (the error says why).
 */
export type ReportWritten = { settingsError: Error | null };

/** Everything a host must do. Every method rejects with a `HostError` when the host refuses. */
export type TrackerHost = {
  listSources(): Promise<TrackerSources>;
  /**
   * Read the tracker: the chosen source, or (null) the host's default — the active sheet in Excel,
   * every visible worksheet of a file (the core picks the tracker among them).
   */
  readTracker(source: TrackerSource | null, onProgress?: ReadProgress): Promise<RawSheet[]>;
  /**
   * Write the summary, the highlights and the settings as one piece of work, so a host can do it
   * in few round trips (Excel: one, when it follows `readTracker`). Rejects when the summary or
   * a highlight could not be written; a refusal of the settings alone resolves with the error.
   */
  writeReport(output: ReportOutput): Promise<ReportWritten>;
  /** Remove every highlight the add-in made, leaving the user's own formats alone. */
  clearHighlights(): Promise<void>;
  /** Select these rows (or, with one column, those cells) so the user sees them. */
  selectRows(target: RowTarget): Promise<void>;
  loadSettings(): Promise<StoredSettings | null>;
};

/** Why a host refused, so the task pane can say what to do next. */
export type HostErrorKind =
  'protected' | 'editing' | 'too-large' | 'not-found' | 'no-data' | 'unsupported' | 'unknown';

/** The one error every host throws: a kind the UI can act on, a message for the user, the cause. */
export class HostError extends Error {
  readonly kind: HostErrorKind;
  override readonly cause: unknown;

  constructor(kind: HostErrorKind, message: string, cause?: unknown) {
    super(message);
    this.name = 'HostError';
    this.kind = kind;
    this.cause = cause;
  }
}
