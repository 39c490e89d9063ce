/**
 * One build through the host port, for the task pane and the command line alike: read the tracker,
 * run the pipeline, write the summary sheet, highlight the overdue complaints, remember the
 * choices. Reading and building come first, so a tracker that cannot be read or understood leaves
 * the workbook untouched. Every refusal comes back as a failure, never a throw.
 */
import { failureFromError, type BuildFailure } from './buildFailure';
import {
  runPipeline,
  type PipelineOptions,
  type PipelineOutcome,
  type PipelineResult,
} from './pipeline';
import type { StoredSettings, TrackerHost, TrackerSource } from './port';
import { resolvePeriod } from './resolvePeriod';
import type { RawSheet } from './types';

export type { BuildFailure, BuildFailureKind } from './buildFailure';
export type { HeaderMapping } from './headerMapping';

/** What a front end asks for when the user builds the report. */
export type BuildRequest = PipelineOptions & {
  /** Null reads the host's default: the active sheet in Excel, the first tracker sheet in a file. */
  source: TrackerSource | null;
  /** Choices the build itself does not use but remembers with the workbook (the paper's). */
  remember?: Pick<StoredSettings, 'wording' | 'template' | 'appendix'>;
};

export type BuildStage = 'reading' | 'building' | 'writing' | 'done';

/** Where a build has got to; row counts matter while reading only. */
export type BuildProgress = { stage: BuildStage; rowsRead: number; totalRows: number };

export type BuiltReport = PipelineResult & {
  /** Set when the report was built but something after it did not work, such as remembering. */
  notice: string | null;
};

export type BuildOutcome = ({ ok: true } & BuiltReport) | { ok: false; failure: BuildFailure };

/**
 * The pipeline as a build runs it: `runPipeline` here, or the same function somewhere else (the
 * task pane runs it in a Web Worker, so the pane keeps answering while a large tracker builds).
 */
export type PipelineStep = (
  sheets: RawSheet[],
  options: PipelineOptions,
) => Promise<PipelineOutcome>;

/** `runPipeline` in this thread: what the command line and the tests use. */
export const runPipelineHere: PipelineStep = (sheets, options) =>
  Promise.resolve(runPipeline(sheets, options));

/**
 * Run a build through the host port. `pipeline` runs the core between the read and the write;
 * a host that holds one request open across them (Excel) simply waits for it.
 */
export async function runBuild(
  host: TrackerHost,
  request: BuildRequest,
  onProgress: (progress: BuildProgress) => void = () => undefined,
  pipeline: PipelineStep = runPipelineHere,
): Promise<BuildOutcome> {
  // A half-typed date is caught before anything is read.
  const period = resolvePeriod(request.period, request.asOf);
  if (!period.ok) {
    return {
      ok: false,
      failure: { kind: 'invalid-period', message: period.message, mapping: null },
    };
  }
  onProgress({ stage: 'reading', rowsRead: 0, totalRows: 0 });
  let sheets: RawSheet[];
  try {
    sheets = await host.readTracker(request.source, (rowsRead, totalRows) =>
      onProgress({ stage: 'reading', rowsRead, totalRows }),
    );
  } catch (error) {
    return { ok: false, failure: failureFromError(error, 'reading') };
  }
  const rowCount = sheets.reduce((sum, sheet) => sum + sheet.values.length, 0);
  onProgress({ stage: 'building', rowsRead: rowCount, totalRows: rowCount });
  let built: PipelineOutcome;
  try {
    built = await pipeline(sheets, request);
  } catch (error) {
    return { ok: false, failure: failureFromError(error, 'building') };
  }
  if (!built.ok) return { ok: false, failure: built.problem };
  onProgress({ stage: 'writing', rowsRead: rowCount, totalRows: rowCount });
  let settingsError: Error | null;
  try {
    ({ settingsError } = await host.writeReport({
      layout: built.layout,
      highlights: built.highlights,
      settings: choicesOf(request),
    }));
  } catch (error) {
    return { ok: false, failure: failureFromError(error, 'writing') };
  }
  const notice = settingsError === null ? null : noticeOf(settingsError);
  onProgress({ stage: 'done', rowsRead: rowCount, totalRows: rowCount });
  return { ...built, notice };
}

/** The choices a build remembers with the workbook, without the ones left unset. */
function choicesOf(request: BuildRequest): StoredSettings {
  const settings: StoredSettings = {
    source: request.source ?? undefined,
    overrides: request.overrides,
    period: request.period,
    limits: request.limits,
    references: request.references,
    ...request.remember,
  };
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
}

/** Remembering is a courtesy: if it fails, the report stands and the user is told. */
function noticeOf(error: Error): string {
  const said = error.message !== '' ? ` Excel said: ${error.message}` : '';
  return `The report was built, but the workbook could not remember your choices, so you may need to choose them again next time.${said}`;
}
