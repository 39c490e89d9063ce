/**
 * The pane's pipeline in a worker: the real worker script (src/taskpane/pipelineWorker.ts) run
 * behind a stand-in that passes structured clones, against the pipeline run here.
 */
import { runPipeline, type PipelineOptions } from '../../src/core/pipeline';
import { runBuild } from '../../src/core/runBuild';
import type { RawSheet } from '../../src/core/types';
import type { Endpoint } from '../../src/taskpane/workerCalls';
import { CHUNK_LENGTH } from '../../src/taskpane/workerMessages';
import { createWorkerPipeline } from '../../src/taskpane/workerPipeline';
import { generateLargeTrackerRows } from '../../scripts/make-large-tracker';
import { TRACKER_HEADERS } from '../../scripts/lib/trackerWorkbook';
import { createFakeHost } from './_helpers/fakeHost';
import { fakeWorker, type FakeWorker } from './_helpers/fakeWorker';

/** The worker script, run with `scope` as its `self`. */
function runWorkerScript(scope: Endpoint): void {
  const global = globalThis as { self?: unknown };
  const saved = global.self;
  global.self = scope;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/taskpane/pipelineWorker');
    });
  } finally {
    global.self = saved;
  }
}

/**
 * Same data, compared cheaply: jest's structuredClone makes objects of another realm, which
 * toStrictEqual counts as different, and a failed deep diff of megabytes would take minutes.
 */
function expectSameData(actual: unknown, expected: unknown): void {
  expect(JSON.stringify(actual) === JSON.stringify(expected)).toBe(true);
}

/** 3,000 rows: enough that the complaints and the narrative's rows cross in several pieces. */
function largeSheet(): RawSheet {
  const rows = generateLargeTrackerRows(3_000);
  const values = [[...TRACKER_HEADERS], ...rows.map((cells) => [...cells])];
  return {
    name: 'Tracker',
    values,
    rowNumbers: values.map((_, i) => i + 3),
    firstColumn: 0,
    date1904: false,
  };
}

const OPTIONS: PipelineOptions = {
  fileName: 'large.xlsx',
  period: { kind: 'custom', from: '2019-04-01', to: '2022-04-30' },
  asOf: '2022-04-30',
  overrides: {},
  builtAt: '30 April 2022',
};

describe('createWorkerPipeline', () => {
  it('gives exactly what the pipeline gives here, in messages of short arrays only', async () => {
    const sheets = [largeSheet()];
    const workers: FakeWorker[] = [];
    const step = createWorkerPipeline(() => {
      const worker = fakeWorker(runWorkerScript);
      workers.push(worker);
      return worker;
    });
    const outcome = await step(sheets, OPTIONS);
    const here = runPipeline(sheets, OPTIONS);
    if (!here.ok) throw new Error(here.problem.message);
    expect(here.complaints.length).toBeGreaterThan(CHUNK_LENGTH);
    if (!outcome.ok) throw new Error(outcome.problem.message);
    expect(outcome.report).toEqual(here.report);
    expectSameData(outcome, here);
    expect(workers).toHaveLength(1);
    expect(Math.max(...workers[0].longestArrays)).toBeLessThanOrEqual(CHUNK_LENGTH);
    // A second build reuses the worker.
    await step(sheets, OPTIONS);
    expect(workers).toHaveLength(1);
  });

  it('runs the pipeline here when no worker can be made (no Worker in this engine)', async () => {
    const sheets = [largeSheet()];
    const step = createWorkerPipeline(() => {
      throw new ReferenceError('Worker is not defined');
    });
    expectSameData(await step(sheets, OPTIONS), runPipeline(sheets, OPTIONS));
  });

  it('runs the pipeline here when the worker fails to start, and closes it', async () => {
    const sheets = [largeSheet()];
    let made: FakeWorker | null = null;
    const step = createWorkerPipeline(() => {
      made = fakeWorker(() => undefined);
      const worker: FakeWorker = made;
      setImmediate(() => worker.crash('Failed to load pipeline-worker.js'));
      return worker;
    });
    expectSameData(await step(sheets, OPTIONS), runPipeline(sheets, OPTIONS));
    expect(made).toMatchObject({ terminated: true });
  });

  it('fails the build, writing nothing, when the worker dies during it; the next starts anew', async () => {
    const workers: FakeWorker[] = [];
    const step = createWorkerPipeline(() => {
      const worker = fakeWorker((scope) => {
        // Ready, then dies on the first call, as a worker out of memory would.
        scope.addEventListener('message', () => worker.crash('Out of memory'));
        scope.postMessage({ kind: 'ready' });
      });
      workers.push(worker);
      return worker;
    });
    const host = createFakeHost();
    const request = {
      ...OPTIONS,
      source: null,
      period: { kind: 'preset', preset: 'last-6-months' },
    } as const;
    const outcome = await runBuild(host, request, undefined, step);
    expect(outcome).toEqual({
      ok: false,
      failure: expect.objectContaining({
        kind: 'unknown',
        message: expect.stringContaining(
          'while building the report (The background worker stopped: Out of memory.)',
        ),
      }),
    });
    expect(host.calls.map((c) => c.method)).toEqual(['readTracker']);
    await runBuild(host, request, undefined, step);
    expect(workers).toHaveLength(2);
  });
});
