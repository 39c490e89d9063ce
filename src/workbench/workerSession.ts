/**
 * The opened file held by the build worker: the page's side. The pane's host is a proxy whose
 * every method is a call into the worker; a build is one call (read, pipeline and write all
 * happen there); the host's state comes back as notices.
 */
import { failureFromError } from '../core/buildFailure';
import type { ReportWritten, RowTarget, TrackerHost } from '../core/port';
import type { BuildOutcome, BuildProgress } from '../core/runBuild';
import type { RawSheet } from '../core/types';
import { connectWorker, type WorkerClient } from '../taskpane/workerCalls';
import { errorFromWire, type WireError } from '../taskpane/workerMessages';
import type { BuildRun } from '../taskpane/useBuildRunner';
import type { XlsxHostState } from '../xlsx/xlsxHost';
import type { WorkbenchSession } from './session';
import type { SheetPicture } from './sheetModel';
import type { TrackerFile } from './TrackerPicker';

/** The pane's host, each method a call into the worker. */
function proxyHost(client: WorkerClient): TrackerHost {
  return {
    listSources: () => client.call('listSources', null),
    readTracker: (source, onProgress) =>
      client.call<RawSheet[]>('readTracker', { source }, (event) => {
        const { rowsRead, totalRows } = event as { rowsRead: number; totalRows: number };
        onProgress?.(rowsRead, totalRows);
      }),
    writeReport: async (output) => {
      const written = await client.call<{ settingsError: WireError | null }>('writeReport', output);
      const settingsError = written.settingsError && errorFromWire(written.settingsError);
      return { settingsError } satisfies ReportWritten;
    },
    clearHighlights: () => client.call('clearHighlights', null),
    selectRows: (target: RowTarget) => client.call('selectRows', target),
    loadSettings: () => client.call('loadSettings', null),
  };
}

/**
 * Opens the file in a worker `start` makes. Null when no worker can start here (the caller then
 * holds the file in the page); rejects with the reader's HostError when the file cannot be read.
 */
export async function openWorkerSession(
  file: TrackerFile,
  onState: (state: XlsxHostState) => void,
  start: () => Worker,
): Promise<WorkbenchSession | null> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return null;
  }
  let client: WorkerClient;
  try {
    client = await connectWorker(worker, (notice) => onState(notice as XlsxHostState));
  } catch {
    worker.terminate();
    return null;
  }
  let defaultSheet: string | null;
  try {
    // The bytes are copied, not transferred: the page keeps its file should it open it again.
    ({ defaultSheet } = await client.call<{ defaultSheet: string | null }>('open', file));
  } catch (error) {
    client.terminate();
    throw error;
  }
  const run: BuildRun = (request, onProgress) =>
    client
      .call<BuildOutcome>('build', request, (event) => onProgress(event as BuildProgress))
      .catch((error: unknown): BuildOutcome => ({
        ok: false,
        failure: failureFromError(error, 'building'),
      }));
  return {
    host: proxyHost(client),
    run,
    defaultSheet,
    pictureSheet: (name, targeted) => client.call<SheetPicture>('picture', { name, targeted }),
    exportWorkbook: () => client.call<Uint8Array>('exportWorkbook', null),
    close: () => client.terminate(),
    thread: 'worker',
  };
}
