/**
 * One `Excel.run` per user action, with every failure turned into a `HostError`. Runs ask Excel
 * to wait while the user is editing a cell (`delayForCellEdit`) rather than fail and be retried.
 */
import { toHostError, type HostAction } from './errors';

/** How the Excel host behaves; the defaults suit real use, tests shrink them. */
export type ExcelHostOptions = {
  /** Budget for one request or response: Excel on the web refuses more than 5 MB. */
  maxPayloadBytes?: number;
  /**
   * Bytes per cell assumed for the first read, before any row has been measured: a tracker
   * averaging more than this per cell (long free text in every row) makes the first read too big
   * and costs one halved retry.
   */
  firstReadCellBytes?: number;
};

export type Tuning = Required<ExcelHostOptions>;

export const DEFAULT_TUNING: Tuning = {
  maxPayloadBytes: 4_000_000,
  firstReadCellBytes: 64,
};

/** Runs one batch of Excel work for one user action. */
export type Runner = <T>(
  action: HostAction,
  batch: (context: Excel.RequestContext) => Promise<T>,
  subject?: string,
) => Promise<T>;

/** Fills in the defaults so the rest of the host reads plain numbers. */
export function resolveTuning(options: ExcelHostOptions = {}): Tuning {
  return { ...DEFAULT_TUNING, ...options };
}

/**
 * Makes the runner every host method goes through. With `delayForCellEdit`, Excel holds the
 * batch until the user leaves cell edit mode instead of refusing it.
 */
export function createRunner(): Runner {
  return async (action, batch, subject) => {
    try {
      return await Excel.run({ delayForCellEdit: true }, batch);
    } catch (error) {
      throw toHostError(error, action, subject);
    }
  };
}
