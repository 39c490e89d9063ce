/**
 * The workbench's file held in the build worker (the real worker script behind a stand-in that
 * passes structured clones) against the same file held in the page: the same sources, build,
 * state, sheet picture and report copy, and a bad file refused with the reader's HostError.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HostError } from '../../src/core/port';
import type { BuildProgress, BuildRequest } from '../../src/core/runBuild';
import type { Endpoint } from '../../src/taskpane/workerCalls';
import { openLocalSession, type WorkbenchSession } from '../../src/workbench/session';
import { openWorkerSession } from '../../src/workbench/workerSession';
import type { XlsxHostState } from '../../src/xlsx/xlsxHost';
import { fakeWorker, type FakeWorker } from '../taskpane/_helpers/fakeWorker';

const SAMPLE = {
  name: 'sample-tracker.xlsx',
  data: new Uint8Array(readFileSync(path.join(__dirname, '../../examples/sample-tracker.xlsx'))),
};

const REQUEST: BuildRequest = {
  source: null,
  fileName: SAMPLE.name,
  period: { kind: 'custom', from: '2022-05-01', to: '2022-10-31' },
  asOf: '2022-10-31',
  overrides: {},
  builtAt: '31 October 2022',
};

function runBuildWorkerScript(scope: Endpoint): void {
  const global = globalThis as { self?: unknown };
  const saved = global.self;
  global.self = scope;
  try {
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../src/workbench/buildWorker');
    });
  } finally {
    global.self = saved;
  }
}

/** Drive one session: sources, a build, the picture of its highlight, a selection, the copy. */
async function exercise(session: WorkbenchSession, states: XlsxHostState[]) {
  const sources = await session.host.listSources();
  const progress: BuildProgress[] = [];
  const outcome = await session.run(REQUEST, (p) => progress.push(p));
  if (!outcome.ok) throw new Error(outcome.failure.message);
  const [highlight] = outcome.highlights;
  const picture = await session.pictureSheet(highlight.sheet, highlight.rows);
  await session.host.selectRows({ ...highlight, rows: highlight.rows.slice(0, 1) });
  const refused = await session.host
    .selectRows({ ...highlight, sheet: 'Nowhere' })
    .catch((error: unknown) => error);
  const copy = await session.exportWorkbook();
  // Notices arrive on the next turn; let them in before reading the last state.
  await new Promise((resolve) => setImmediate(resolve));
  return { sources, progress, outcome, picture, refused, copy, last: states[states.length - 1] };
}

let worker: FakeWorker | null = null;
afterEach(() => worker?.terminate());

describe('openWorkerSession', () => {
  it('does in the worker exactly what the page would do with the file', async () => {
    const workerStates: XlsxHostState[] = [];
    const session = await openWorkerSession(
      SAMPLE,
      (state) => workerStates.push(state),
      () => (worker = fakeWorker(runBuildWorkerScript)),
    );
    if (session === null) throw new Error('The worker did not start');
    expect(session.thread).toBe('worker');
    const pageStates: XlsxHostState[] = [];
    const local = openLocalSession(SAMPLE, (state) => pageStates.push(state));
    const [there, here] = [
      await exercise(session, workerStates),
      await exercise(local, pageStates),
    ];
    expect(session.defaultSheet).toBe(local.defaultSheet);
    expect(there.sources).toEqual(here.sources);
    expect(there.progress).toEqual(here.progress);
    expect(JSON.stringify(there.outcome)).toBe(JSON.stringify(here.outcome));
    expect(there.picture).toEqual(here.picture);
    expect(there.picture.lines.some((line) => line.kind === 'row' && line.cells.length > 0)).toBe(
      true,
    );
    expect(there.last).toEqual(here.last);
    expect(there.last.selection?.rows).toHaveLength(1);
    expect(there.refused).toBeInstanceOf(HostError);
    expect(there.refused).toMatchObject({
      kind: 'not-found',
      message: (here.refused as Error).message,
    });
    expect(there.copy).toEqual(here.copy);
  });

  it("refuses a file that is not a workbook with the reader's HostError, and stops the worker", async () => {
    const notXlsx = { name: 'notes.txt', data: new TextEncoder().encode('Minutes of the panel') };
    const opening = openWorkerSession(
      notXlsx,
      () => undefined,
      () => (worker = fakeWorker(runBuildWorkerScript)),
    );
    const error: unknown = await opening.catch((caught: unknown) => caught);
    const here: unknown = (() => {
      try {
        openLocalSession(notXlsx, () => undefined);
        return null;
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(HostError);
    expect(error).toEqual(here);
    expect(worker?.terminated).toBe(true);
  });

  it('answers null, so the page holds the file, when no worker can start', async () => {
    const none = await openWorkerSession(
      SAMPLE,
      () => undefined,
      () => {
        throw new ReferenceError('Worker is not defined');
      },
    );
    expect(none).toBeNull();
    const failing = await openWorkerSession(
      SAMPLE,
      () => undefined,
      () => {
        const made = fakeWorker(() => undefined);
        setImmediate(() => made.crash('Refused by the Content-Security-Policy'));
        return (worker = made);
      },
    );
    expect(failing).toBeNull();
    expect(worker?.terminated).toBe(true);
  });
});
