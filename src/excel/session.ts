/**
 * A build as one `Excel.run`: the tracker is read, the run waits while the core builds the report
 * (no request is pending meanwhile), and the report is written in the same request context. The
 * reads the write needs ride on the read's syncs, so a build costs the read's syncs plus one:
 * three for a tracker of a few thousand rows. The port keeps its two calls (`readTracker`, then
 * `writeReport`); the host hands the output over to the waiting run.
 */
import type { ReadProgress, ReportOutput, ReportWritten, TrackerSource } from '../core/port';
import type { RawSheet } from '../core/types';
import { toHostError } from './errors';
import { describe, readTrackerIn } from './readTracker';
import type { Runner, Tuning } from './run';
import {
  queueFirstLook,
  queueSecondLook,
  writePrepared,
  type FirstLook,
  type SecondLook,
} from './writeReport';

export type BuildSession = {
  /** The tracker, once read. */
  sheet: Promise<RawSheet>;
  /** Writes the output in the read's run; rejects if the read failed. */
  write(output: ReportOutput): Promise<ReportWritten>;
  /** Ends the run without writing (the build stopped, or another call came first). */
  close(): void;
};

/** Starts a build's run: reads the tracker and holds the run open for the write. */
export function openBuildSession(
  run: Runner,
  source: TrackerSource | null,
  tuning: Tuning,
  onProgress?: ReadProgress,
): BuildSession {
  let handOver: (output: ReportOutput | null) => void = () => undefined;
  const output = new Promise<ReportOutput | null>((resolve) => (handOver = resolve));
  let settle: { resolve(written: ReportWritten): void; reject(error: unknown): void } | null = null;
  const written = new Promise<ReportWritten>((resolve, reject) => (settle = { resolve, reject }));
  // A write never asked for must not surface as an unhandled rejection.
  written.catch(() => undefined);

  const sheet = new Promise<RawSheet>((resolveSheet, rejectSheet) => {
    run(
      'read',
      async (context) => {
        const looks: { first?: FirstLook; second?: SecondLook } = {};
        const read = await readTrackerIn(context, source, tuning, onProgress, {
          withFirstSync: (ctx) => {
            looks.first = queueFirstLook(ctx);
          },
          withValues: (_, name) => {
            if (looks.first) looks.second = queueSecondLook(looks.first, [name]);
          },
        });
        resolveSheet(read);
        const wanted = await output;
        if (wanted === null) return;
        try {
          let { first, second } = looks;
          if (!first || !second) throw new Error('The write was not prepared.');
          if (wanted.layout.sheetName !== first.summaryName) {
            // Looked for the usual summary name; this output names another: look again.
            first = queueFirstLook(context, wanted.layout.sheetName);
            await context.sync();
            second = queueSecondLook(first, [read.name]);
            await context.sync();
          }
          settle?.resolve(await writePrepared(context, { first, second }, wanted, tuning));
        } catch (error) {
          settle?.reject(toHostError(error, 'write'));
        }
      },
      describe(source),
    ).catch((error: unknown) => {
      const failure = error instanceof Error ? error : new Error(String(error));
      rejectSheet(failure);
      settle?.reject(failure);
    });
  });

  return {
    sheet,
    write(wanted) {
      handOver(wanted);
      return written;
    },
    close: () => handOver(null),
  };
}
