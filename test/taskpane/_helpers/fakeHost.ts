/**
 * A TrackerHost over a small hand-written grid, recording every call, so the task pane can be
 * tested without Excel or the xlsx host. Reading can be held at a gate to watch progress.
 */
import { HostError } from '../../../src/core/port';
import type {
  ReportOutput,
  RowTarget,
  StoredSettings,
  TrackerHost,
  TrackerSource,
  TrackerSources,
} from '../../../src/core/port';
import type { CellValue, RawSheet } from '../../../src/core/types';

/** The fake tracker's header row, for tests that build their own rows under it. */
export const HEADER: CellValue[] = [
  'Ref',
  'Date received',
  'Stage',
  'Complainant',
  'CLA',
  'Team',
  'Theme',
  'Outcome',
  'Date responded',
];

/**
 * The tracker: a title above the header (row 3), data from row 4, columns from B. With today
 * 2022-03-15 the default period is 1 September 2021 to 28 February 2022, and:
 * C-103 (row 6) and C-104 (rows 7 and 10, escalated) are open and overdue; rows 8 and 9 are
 * errors; row 11 has an unknown outcome (warning); row 12 falls before the period; row 13 is a
 * total row (info).
 */
export const TRACKER_ROWS: CellValue[][] = [
  ["Children's services complaints 2021/22"],
  [],
  HEADER,
  ['C-101', '03/09/2021', 1, 'Parent', 'Y', 'Fostering', 'Communication', 'Upheld', '10/09/2021'],
  ['C-102', '15/10/2021', 1, 'Child', 'N', 'Assessment', 'Delay', 'Not upheld', '22/10/2021'],
  ['C-103', '01/02/2022', 1, 'Advocate', 'Yes', 'Fostering', 'Delay', '', ''],
  [
    'C-104',
    '12/11/2021',
    1,
    'Parent',
    'N',
    'Assessment',
    'Communication',
    'Partly upheld',
    '19/11/2021',
  ],
  ['', '05/12/2021', 1, 'Parent', 'N', 'Fostering', 'Delay', '', ''],
  ['C-105', 'TBC', 1, 'Child', 'N', 'Fostering', 'Delay', '', ''],
  ['C-104', '01/12/2021', 'Stage 2', 'Parent', 'N', 'Assessment', 'Communication', '', ''],
  ['C-106', '20/01/2022', 1, 'Child', 'Y', 'Fostering', 'Placement', 'Sort of', '02/02/2022'],
  ['C-099', '10/08/2021', 1, 'Parent', 'N', 'Assessment', 'Delay', 'Upheld', '17/08/2021'],
  ['Total', '', '', '', '', '', '', '', ''],
];

/** The tracker as a host reads it: rows 1–13, starting in column B. */
export function makeTrackerSheet(rows: CellValue[][] = TRACKER_ROWS): RawSheet {
  return {
    name: 'Tracker',
    values: rows.map((row) => [...row]),
    rowNumbers: rows.map((_, index) => index + 1),
    firstColumn: 1,
    date1904: false,
  };
}

/** One recorded call on the fake host. */
export type HostCall =
  | { method: 'listSources' }
  | { method: 'readTracker'; source: TrackerSource | null }
  | { method: 'writeReport'; output: ReportOutput }
  | { method: 'clearHighlights' }
  | { method: 'selectRows'; target: RowTarget }
  | { method: 'loadSettings' };

export type FakeHostOptions = {
  sheet?: RawSheet;
  sources?: TrackerSources;
  settings?: StoredSettings | null;
  /** Thrown by the named method (after recording the call). */
  failures?: Partial<Record<HostCall['method'], Error>>;
  /** Rows reported per progress step while reading. */
  chunkRows?: number;
  /** Returned by `writeReport` as the reason the settings were not saved. */
  settingsError?: Error;
};

export type FakeHost = TrackerHost & {
  calls: HostCall[];
  /** Calls of one method, in order. */
  callsOf<M extends HostCall['method']>(method: M): Extract<HostCall, { method: M }>[];
  /** Hold the next reads after the first progress step until `releaseRead` is called. */
  holdReads: () => void;
  releaseRead: () => void;
  /** Make the next call of a method fail (once) with this error. */
  failNext: (method: HostCall['method'], error: Error) => void;
};

/** Build a fake host; everything it is asked to do is recorded in `calls`. */
export function createFakeHost(options: FakeHostOptions = {}): FakeHost {
  const sheet = options.sheet ?? makeTrackerSheet();
  const sources = options.sources ?? {
    sheets: ['Notes', 'Tracker'],
    tables: [],
    active: 'Tracker',
  };
  const chunkRows = options.chunkRows ?? 5;
  let settings = options.settings ?? null;
  const calls: HostCall[] = [];
  let gate: Promise<void> | null = null;
  let release: (() => void) | null = null;

  const once = new Map<HostCall['method'], Error>();
  const record = (call: HostCall): Promise<void> => {
    calls.push(call);
    const next = once.get(call.method);
    once.delete(call.method);
    const failure = next ?? options.failures?.[call.method];
    return failure ? Promise.reject(failure) : Promise.resolve();
  };

  return {
    calls,
    callsOf: <M extends HostCall['method']>(method: M) =>
      calls.filter((c): c is Extract<HostCall, { method: M }> => c.method === method),
    holdReads() {
      gate = new Promise((resolve) => {
        release = resolve;
      });
    },
    releaseRead() {
      release?.();
      gate = null;
    },
    failNext(method, error) {
      once.set(method, error);
    },
    async listSources() {
      await record({ method: 'listSources' });
      return sources;
    },
    async readTracker(source, onProgress) {
      await record({ method: 'readTracker', source });
      if (source !== null && source.kind === 'sheet' && !sources.sheets.includes(source.name)) {
        throw new HostError('not-found', `There is no sheet called '${source.name}'.`);
      }
      const total = sheet.values.length;
      for (let read = Math.min(chunkRows, total); ; read = Math.min(read + chunkRows, total)) {
        onProgress?.(read, total);
        if (gate) await gate;
        if (read >= total) break;
      }
      return [{ ...sheet, values: sheet.values.map((row) => [...row]) }];
    },
    async writeReport(output) {
      await record({ method: 'writeReport', output });
      if (options.settingsError) return { settingsError: options.settingsError };
      settings = output.settings;
      return { settingsError: null };
    },
    async clearHighlights() {
      await record({ method: 'clearHighlights' });
    },
    async selectRows(target) {
      await record({ method: 'selectRows', target });
    },
    async loadSettings() {
      await record({ method: 'loadSettings' });
      return settings;
    },
  };
}
