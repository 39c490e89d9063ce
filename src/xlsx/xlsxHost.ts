/**
 * The port over an .xlsx file held in memory, for the browser workbench and tests: reads come from
 * the fast reader, and everything the add-in would write (summary, highlight, selection,
 * settings) is kept as state a listener can show, until `exportWorkbook` writes it into a copy.
 */
import {
  HostError,
  type ReportOutput,
  type RowTarget,
  type StoredSettings,
  type TrackerHost,
} from '../core/port';
import type { SummaryLayout } from '../core/summaryLayout';
import { openWorkbook, type XlsxWorkbook } from './readWorkbook';
import { writeReportWorkbook, type ReportWorkbookOptions } from './writeReportWorkbook';

/** What the add-in has "written" so far. */
export type XlsxHostState = {
  summary: SummaryLayout | null;
  /** The first sheet's highlight, for a view of one sheet. */
  highlight: RowTarget | null;
  /** Every sheet's highlight: what the report copy carries. */
  highlights: RowTarget[];
  selection: RowTarget | null;
  settings: StoredSettings | null;
};

export type XlsxHost = TrackerHost & {
  /** The parts of `writeReport` one at a time, for callers that write only one of them. */
  writeSummary(layout: SummaryLayout): Promise<void>;
  highlightRows(target: RowTarget): Promise<void>;
  saveSettings(settings: StoredSettings): Promise<void>;
  /** The current state (a snapshot). */
  state(): XlsxHostState;
  /** The original workbook with the current summary sheet and highlight written in. */
  exportWorkbook(): Promise<Uint8Array>;
};

/**
 * Makes an in-memory host for one workbook. The file is opened on first use, so a bad file makes
 * each method reject with the reader's HostError rather than throw here. Excel tables are not
 * listed (`tables: []`): the reader works on sheets, and a table's rows are on its sheet.
 */
export function createXlsxHost(
  file: { name: string; data: Uint8Array },
  listener?: (state: XlsxHostState) => void,
  writing: ReportWorkbookOptions = {},
): XlsxHost {
  let workbook: XlsxWorkbook | null = null;
  let current: XlsxHostState = {
    summary: null,
    highlight: null,
    highlights: [],
    selection: null,
    settings: null,
  };

  const open = (): XlsxWorkbook => (workbook ??= openWorkbook(file.data));
  const update = (change: Partial<XlsxHostState>): void => {
    current = { ...current, ...change };
    listener?.(current);
  };
  const checkSheet = (target: RowTarget): void => {
    const { sheetNames } = open();
    if (sheetNames.includes(target.sheet)) return;
    const list = sheetNames.map((name) => `"${name}"`).join(', ');
    throw new HostError(
      'not-found',
      `${file.name} has no sheet called "${target.sheet}". Its sheets are: ${list}.`,
    );
  };
  return {
    listSources: () =>
      settle(() => {
        const { sheetNames, defaultSheet } = open();
        return { sheets: [...sheetNames], tables: [], active: defaultSheet };
      }),
    readTracker: (source, onProgress) =>
      settle(() => {
        if (source?.kind === 'table') {
          throw new HostError(
            'unsupported',
            `Excel tables cannot be chosen by name in an .xlsx file: choose the sheet that holds the table "${source.name}".`,
          );
        }
        const opened = open();
        const names = source ? [source.name] : opened.visibleSheetNames;
        if (names.length === 0) throw new HostError('no-data', `${file.name} has no worksheets.`);
        // Rows of the sheets already read, so progress runs on across a tracker of several sheets.
        let before = 0;
        const sheets = names.map((name) => {
          const sheet = opened.readSheet(name, (read, total) =>
            onProgress?.(before + read, before + total),
          );
          before += sheet.values.length;
          return sheet;
        });
        const filled = sheets.filter((sheet) => sheet.values.length > 0);
        if (filled.length === 0) {
          throw new HostError(
            'no-data',
            `The sheet "${names[0]}" is empty. Choose the sheet that holds the complaints tracker.`,
          );
        }
        const rows = filled.reduce((sum, sheet) => sum + sheet.values.length, 0);
        onProgress?.(rows, rows);
        return filled;
      }),
    writeReport: (output: ReportOutput) =>
      settle(() => {
        output.highlights.forEach(checkSheet);
        const highlights = output.highlights.map((target) => ({
          ...target,
          rows: [...target.rows],
        }));
        update({
          summary: output.layout,
          highlight: highlights[0] ?? null,
          highlights,
          settings: { ...output.settings },
        });
        return { settingsError: null };
      }),
    writeSummary: (layout) => settle(() => update({ summary: layout })),
    highlightRows: (target) =>
      settle(() => {
        checkSheet(target);
        const highlight = { ...target, rows: [...target.rows] };
        update({ highlight, highlights: [highlight] });
      }),
    clearHighlights: () => settle(() => update({ highlight: null, highlights: [] })),
    selectRows: (target) =>
      settle(() => {
        checkSheet(target);
        update({ selection: { ...target, rows: [...target.rows] } });
      }),
    loadSettings: () => settle(() => current.settings),
    saveSettings: (settings) => settle(() => update({ settings: { ...settings } })),
    state: () => current,
    async exportWorkbook() {
      if (current.summary === null) {
        throw new HostError('no-data', 'There is no report to save yet: build the report first.');
      }
      return writeReportWorkbook(
        file.data,
        { layout: current.summary, highlights: current.highlights },
        writing,
      );
    },
  };
}

/** Runs synchronous work as the port's promise: a HostError thrown inside becomes a rejection. */
function settle<T>(work: () => T): Promise<T> {
  try {
    return Promise.resolve(work());
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}
