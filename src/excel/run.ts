/**
 * One `Excel.run` per user action, retried while Excel is in cell edit mode (as Script Lab does),
 * with every failure turned into a `HostError`.
 */
import { isCellEditError, toHostError, type HostAction } from './errors';

/** How the Excel host behaves; the defaults suit real use, tests shrink them. */
export type ExcelHostOptions = {
  /** Extra attempts while the user is editing a cell, before giving up with a message. */
  editRetries?: number;
  /** Pause between those attempts, in milliseconds. */
  retryDelayMs?: number;
  /** Cells in each chunk read from the tracker (the first chunk's size before any is measured). */
  chunkCells?: number;
  /** Budget for one request or response: Excel on the web refuses more than 5 MB. */
  maxPayloadBytes?: number;
};

export type Tuning = Required<ExcelHostOptions>;

export const DEFAULT_TUNING: Tuning = {
  editRetries: 2,
  retryDelayMs: 1000,
  chunkCells: 200_000,
  maxPayloadBytes: 4_000_000,
};

/** Runs one batch of Excel work for one user action. */
export type Runner = <T>(
  action: HostAction,
  batch: (context: Excel.RequestContext) => Promise<T>,
  subject?: string,
) => Promise<T>;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Fills in the defaults so the rest of the host reads plain numbers. */
export function resolveTuning(options: ExcelHostOptions = {}): Tuning {
  return { ...DEFAULT_TUNING, ...options };
}

/**
 * Makes the runner every host method goes through. A batch is re-run from the start after a
 * cell-edit refusal, so batches do their reads first and queue their writes last.
 */
export function createRunner(tuning: Tuning): Runner {
  return async (action, batch, subject) => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await Excel.run(batch);
      } catch (error) {
        if (isCellEditError(error) && attempt < tuning.editRetries) {
          await pause(tuning.retryDelayMs);
          continue;
        }
        throw toHostError(error, action, subject);
      }
    }
  };
}
