/**
 * The Excel host: the port implemented with Office.js. This folder is the only code in the project
 * that calls `Excel.*`; each method is one `Excel.run` with a fixed, small number of syncs, and a
 * `writeReport` straight after `readTracker` shares the read's run (session.ts).
 */
import type { TrackerHost } from '../core/port';
import { clearHighlights } from './highlight';
import { createRunner, resolveTuning, type ExcelHostOptions } from './run';
import { selectRows } from './select';
import { openBuildSession, type BuildSession } from './session';
import { loadStoredSettings } from './settings';
import { listSources } from './sources';
import { writeReport } from './writeReport';

export type { ExcelHostOptions } from './run';

/** Builds the Excel host. Call it after `Office.onReady`; options are for tests and tuning. */
export function createExcelHost(options?: ExcelHostOptions): TrackerHost {
  const tuning = resolveTuning(options);
  const run = createRunner();
  let session: BuildSession | null = null;
  /** Any other call ends a read that is still waiting for its write. */
  const endSession = (): void => {
    session?.close();
    session = null;
  };
  return {
    listSources: () => (endSession(), listSources(run)),
    readTracker: (source, onProgress) => {
      endSession();
      session = openBuildSession(run, source, tuning, onProgress);
      return session.sheet.then((sheet) => [sheet]);
    },
    writeReport: (output) => {
      const open = session;
      session = null;
      return open ? open.write(output) : writeReport(run, output, tuning);
    },
    clearHighlights: () => (endSession(), clearHighlights(run)),
    selectRows: (target) => (endSession(), selectRows(run, target)),
    loadSettings: () => (endSession(), loadStoredSettings(run)),
  };
}
