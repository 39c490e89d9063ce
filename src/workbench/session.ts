/**
 * What the workbench holds for an opened file, whether a worker holds it (the usual case) or the
 * page does (where no worker can start): the pane's host and build, the sheet view's picture,
 * the report copy.
 */
import type { TrackerHost } from '../core/port';
import type { BuildRun } from '../taskpane/useBuildRunner';
import type { XlsxHostState } from '../xlsx/xlsxHost';
import type { SheetPicture } from './sheetModel';
import { openSessionCore } from './sessionCore';
import type { TrackerFile } from './TrackerPicker';

export type WorkbenchSession = {
  host: TrackerHost;
  run: BuildRun;
  defaultSheet: string | null;
  /** The sheet view's rows for a sheet, with these rows (highlighted or selected) drawn too. */
  pictureSheet(name: string, targeted: readonly number[]): Promise<SheetPicture>;
  exportWorkbook(): Promise<Uint8Array>;
  /** Lets the file go (and stops its worker). */
  close(): void;
  /** Where the reading and building happen. */
  thread: 'worker' | 'page';
};

/** The file held by the page itself: everything runs on the main thread, as before workers. */
export function openLocalSession(
  file: TrackerFile,
  onState: (state: XlsxHostState) => void,
): WorkbenchSession {
  const core = openSessionCore(file, onState);
  return {
    host: core.host,
    run: core.run,
    defaultSheet: core.defaultSheet,
    pictureSheet: (name, targeted) => {
      try {
        return Promise.resolve(core.picture(name, targeted));
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error(String(error)));
      }
    },
    exportWorkbook: () => core.exportWorkbook(),
    close: () => undefined,
    thread: 'page',
  };
}
