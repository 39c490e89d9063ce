/**
 * The Excel host: the port implemented with Office.js. This folder is the only code in the project
 * that calls `Excel.*`; each method is one `Excel.run` with a fixed, small number of syncs.
 */
import type { TrackerHost } from '../core/port';
import { clearHighlights, highlightRows } from './highlight';
import { readTracker } from './readTracker';
import { createRunner, resolveTuning, type ExcelHostOptions } from './run';
import { selectRows } from './select';
import { loadStoredSettings, saveStoredSettings } from './settings';
import { listSources } from './sources';
import { writeSummary } from './writeSummary';

export type { ExcelHostOptions } from './run';

/** Builds the Excel host. Call it after `Office.onReady`; options are for tests and tuning. */
export function createExcelHost(options?: ExcelHostOptions): TrackerHost {
  const tuning = resolveTuning(options);
  const run = createRunner(tuning);
  return {
    listSources: () => listSources(run),
    readTracker: async (source, onProgress) => [await readTracker(run, source, tuning, onProgress)],
    writeSummary: (layout) => writeSummary(run, layout, tuning),
    highlightRows: (target) => highlightRows(run, target),
    clearHighlights: () => clearHighlights(run),
    selectRows: (target) => selectRows(run, target),
    // A promise constructor, so a missing Office settings object rejects rather than throws.
    loadSettings: () => new Promise((resolve) => resolve(loadStoredSettings())),
    saveSettings: (settings) => saveStoredSettings(settings),
  };
}
