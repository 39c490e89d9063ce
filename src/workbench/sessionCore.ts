/**
 * One opened tracker file, wherever it is held: the in-memory xlsx host the pane builds through,
 * the sheets read for the sheet view (each read once), and the report copy. The build worker
 * serves this; where no worker can start, the page uses it directly (localSession.ts).
 */
import type { TrackerHost } from '../core/port';
import { runBuild } from '../core/runBuild';
import type { RawSheet } from '../core/types';
import { openWorkbook } from '../xlsx/readWorkbook';
import { createXlsxHost, type XlsxHostState } from '../xlsx/xlsxHost';
import type { BuildRun } from '../taskpane/useBuildRunner';
import { pictureSheet, type SheetPicture } from './sheetModel';
import type { TrackerFile } from './TrackerPicker';

/** The name a build's measure carries in the thread that ran it (the e2e test looks for it). */
export const BUILD_MEASURE = 'complaints-report:build';

export type SessionCore = {
  host: TrackerHost;
  /** The sheet the view shows first: the workbook's first visible worksheet. */
  defaultSheet: string | null;
  /** A whole build in this thread: read, pipeline, write. */
  run: BuildRun;
  picture(name: string, targeted: readonly number[]): SheetPicture;
  exportWorkbook(): Promise<Uint8Array>;
};

/**
 * Opens the file: its workbook part and sheet list only (the sheets are read when first shown
 * or built). Throws the reader's HostError when the file is not a workbook it can read.
 */
export function openSessionCore(
  file: TrackerFile,
  onState: (state: XlsxHostState) => void,
): SessionCore {
  const workbook = openWorkbook(file.data);
  const host = createXlsxHost(file, onState);
  const sheets = new Map<string, RawSheet>();
  const sheetNamed = (name: string): RawSheet => {
    const read = sheets.get(name) ?? workbook.readSheet(name);
    sheets.set(name, read);
    return read;
  };
  return {
    host,
    defaultSheet: workbook.defaultSheet,
    run: async (request, onProgress) => {
      performance.mark(`${BUILD_MEASURE}:start`);
      try {
        return await runBuild(host, request, onProgress);
      } finally {
        performance.measure(BUILD_MEASURE, `${BUILD_MEASURE}:start`);
      }
    },
    picture: (name, targeted) => pictureSheet(sheetNamed(name), new Set(targeted)),
    exportWorkbook: () => host.exportWorkbook(),
  };
}
