/**
 * The workbench's Web Worker: holds the opened file's bytes, reads the sheets, runs the whole
 * build through the xlsx host and writes the report copy, so the page only draws. What the host
 * "writes" (summary, highlight, selection, settings) goes back to the page as a notice.
 */
import type { ReportOutput, RowTarget, TrackerSource } from '../core/port';
import type { BuildProgress, BuildRequest } from '../core/runBuild';
import { postNotice, serveCalls } from '../taskpane/workerCalls';
import { errorToWire } from '../taskpane/workerMessages';
import { openSessionCore, type SessionCore } from './sessionCore';
import type { TrackerFile } from './TrackerPicker';

/** The worker's own scope, taken once: every notice goes back through it. */
const scope = self;
let core: SessionCore | null = null;

function opened(): SessionCore {
  if (core === null) throw new Error('No tracker is open in the worker.');
  return core;
}

serveCalls(scope, {
  open: (file: TrackerFile) => {
    core = openSessionCore(file, (state) => postNotice(scope, state));
    return { defaultSheet: core.defaultSheet };
  },
  listSources: () => opened().host.listSources(),
  readTracker: ({ source }: { source: TrackerSource | null }, emit) =>
    opened().host.readTracker(source, (rowsRead, totalRows) => emit({ rowsRead, totalRows })),
  writeReport: async (output: ReportOutput) => {
    const { settingsError } = await opened().host.writeReport(output);
    // An Error does not cross as itself: plain data, made an Error again on the page.
    return { settingsError: settingsError === null ? null : errorToWire(settingsError) };
  },
  clearHighlights: () => opened().host.clearHighlights(),
  selectRows: (target: RowTarget) => opened().host.selectRows(target),
  loadSettings: () => opened().host.loadSettings(),
  build: (request: BuildRequest, emit) =>
    opened().run(request, (progress: BuildProgress) => emit(progress)),
  picture: ({ name, targeted }: { name: string; targeted: number[] }) =>
    opened().picture(name, targeted),
  exportWorkbook: () => opened().exportWorkbook(),
});
