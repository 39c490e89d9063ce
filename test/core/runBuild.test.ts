import { HostError } from '../../src/core/port';
import {
  runBuild,
  runPipelineHere,
  type BuildProgress,
  type BuildRequest,
  type PipelineStep,
} from '../../src/core/runBuild';
import { createFakeHost, makeTrackerSheet } from '../taskpane/_helpers/fakeHost';
import { expectedReport, TODAY } from '../taskpane/_helpers/renderPane';

const REQUEST: BuildRequest = {
  source: { kind: 'sheet', name: 'Tracker' },
  fileName: 'Complaints tracker.xlsx',
  period: { kind: 'preset', preset: 'last-6-months' },
  asOf: TODAY,
  overrides: {},
  builtAt: '15 March 2022',
};

const WRITES = ['writeReport', 'clearHighlights'];

describe('runBuild', () => {
  it('builds the same report as the core, and writes it, highlights and remembers at once', async () => {
    const host = createFakeHost();
    const outcome = await runBuild(host, REQUEST);
    const expected = expectedReport('2021-09-01', '2022-02-28', TODAY);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.report).toEqual(expected.report);
    expect(outcome.narrative).toEqual(expected.narrative);
    expect(outcome.mapping).toEqual({
      sheet: 'Tracker',
      headerRow: 3,
      headers: expect.arrayContaining(['Ref', 'Date received']),
      columns: expect.objectContaining({ reference: 0, received: 1, outcome: 7 }),
      firstColumn: 1,
      lastColumn: 9,
    });
    expect(host.calls.map((c) => c.method)).toEqual(['readTracker', 'writeReport']);
    const [{ output }] = host.callsOf('writeReport');
    expect(output.layout.notes).toContain('Built 15 March 2022.');
    expect(output.settings).toEqual({
      source: { kind: 'sheet', name: 'Tracker' },
      overrides: {},
      period: { kind: 'preset', preset: 'last-6-months' },
    });
    expect(outcome.notice).toBeNull();
  });

  it('highlights exactly the rows of the overdue complaints, escalations included', async () => {
    const host = createFakeHost();
    const outcome = await runBuild(host, REQUEST);
    if (!outcome.ok) throw new Error(outcome.failure.message);
    const overdue = outcome.complaints.filter((c) => c.status === 'openOverdue');
    expect(overdue.map((c) => c.reference)).toEqual(['C-103', 'C-104']);
    expect(host.callsOf('writeReport')[0].output.highlights).toEqual([
      { sheet: 'Tracker', rows: [6, 7, 10], firstColumn: 1, lastColumn: 9 },
    ]);
  });

  it('clears the highlight when nothing is overdue', async () => {
    const host = createFakeHost();
    const outcome = await runBuild(host, {
      ...REQUEST,
      period: { kind: 'custom', from: '2021-09-01', to: '2021-10-31' },
    });
    expect(outcome.ok).toBe(true);
    expect(host.callsOf('writeReport')[0].output.highlights).toEqual([]);
  });

  it.each([
    ['a host refusal', new HostError('not-found', "There is no sheet called 'Tracker'.")],
    ['an unexpected error', new TypeError('boom')],
  ])('writes nothing when reading fails with %s', async (_, error) => {
    const host = createFakeHost({ failures: { readTracker: error } });
    const outcome = await runBuild(host, REQUEST);
    expect(outcome.ok).toBe(false);
    expect(host.calls.filter((c) => WRITES.includes(c.method))).toEqual([]);
  });

  it('passes a host error on with its kind and message', async () => {
    const message = 'Unprotect the sheet (Review > Unprotect Sheet) and build again.';
    const host = createFakeHost({ failures: { readTracker: new HostError('protected', message) } });
    expect(await runBuild(host, REQUEST)).toEqual({
      ok: false,
      failure: { kind: 'protected', message, mapping: null },
    });
  });

  it('says what it was doing when something unexpected fails', async () => {
    const host = createFakeHost({ failures: { writeReport: new TypeError('boom') } });
    const outcome = await runBuild(host, REQUEST);
    if (outcome.ok) throw new Error('expected a failure');
    expect(outcome.failure.kind).toBe('unknown');
    expect(outcome.failure.message).toMatch(/writing the summary sheet \(boom\)/);
    expect(host.calls.map((c) => c.method)).toEqual(['readTracker', 'writeReport']);
  });

  it('writes nothing when the sheet has no header row', async () => {
    const host = createFakeHost({ sheet: makeTrackerSheet([['Notes'], ['Nothing here']]) });
    const outcome = await runBuild(host, REQUEST);
    if (outcome.ok) throw new Error('expected a failure');
    expect(outcome.failure).toMatchObject({ kind: 'no-header', mapping: null });
    expect(host.calls.map((c) => c.method)).toEqual(['readTracker']);
  });

  it('returns the header found when a required column is missing, so it can be chosen', async () => {
    const rows = makeTrackerSheet().values.map((row, i) =>
      i === 2 ? row.map((cell) => (cell === 'Date received' ? 'When it came in' : cell)) : row,
    );
    const host = createFakeHost({ sheet: makeTrackerSheet(rows) });
    const outcome = await runBuild(host, REQUEST);
    if (outcome.ok) throw new Error('expected a failure');
    expect(outcome.failure.kind).toBe('missing-column');
    expect(outcome.failure.mapping?.headers[1]).toBe('When it came in');
    expect(outcome.failure.mapping?.columns.received).toBeUndefined();
    expect(host.calls.filter((c) => WRITES.includes(c.method))).toEqual([]);
    const fixed = await runBuild(host, { ...REQUEST, overrides: { received: 'When it came in' } });
    expect(fixed.ok).toBe(true);
  });

  it('refuses a custom period that ends before it starts without touching the host', async () => {
    const host = createFakeHost();
    const outcome = await runBuild(host, {
      ...REQUEST,
      period: { kind: 'custom', from: '2022-02-01', to: '2022-01-01' },
    });
    expect(outcome).toMatchObject({ ok: false, failure: { kind: 'invalid-period' } });
    expect(host.calls).toEqual([]);
  });

  it('reports reading progress, then building, writing and done', async () => {
    const host = createFakeHost({ chunkRows: 5 });
    const seen: BuildProgress[] = [];
    await runBuild(host, REQUEST, (p) => seen.push(p));
    expect(seen).toEqual([
      { stage: 'reading', rowsRead: 0, totalRows: 0 },
      { stage: 'reading', rowsRead: 5, totalRows: 13 },
      { stage: 'reading', rowsRead: 10, totalRows: 13 },
      { stage: 'reading', rowsRead: 13, totalRows: 13 },
      { stage: 'building', rowsRead: 13, totalRows: 13 },
      { stage: 'writing', rowsRead: 13, totalRows: 13 },
      { stage: 'done', rowsRead: 13, totalRows: 13 },
    ]);
  });

  it('keeps the report when only remembering the choices fails, and says so', async () => {
    const host = createFakeHost({
      settingsError: new HostError('unknown', 'The settings could not be saved.'),
    });
    const outcome = await runBuild(host, {
      ...REQUEST,
      limits: { stage1: 15, stage1Extended: 20, stage2: 25, stage2Extended: 65, stage3: 30 },
    });
    if (!outcome.ok) throw new Error(outcome.failure.message);
    expect(outcome.notice).toMatch(
      /could not remember your choices.*The settings could not be saved\./,
    );
    expect(host.callsOf('writeReport')[0].output.settings.limits?.stage1).toBe(15);
  });

  it('runs the pipeline step it is given between the read and the write, and waits for it', async () => {
    const host = createFakeHost();
    const order: string[] = [];
    const step: PipelineStep = async (sheets, options) => {
      order.push(`pipeline after ${host.calls.map((c) => c.method).join(',')}`);
      await new Promise((resolve) => setImmediate(resolve));
      return runPipelineHere(sheets, options);
    };
    const outcome = await runBuild(host, REQUEST, undefined, step);
    order.push(`then ${host.calls.map((c) => c.method).join(',')}`);
    expect(order).toEqual(['pipeline after readTracker', 'then readTracker,writeReport']);
    expect(outcome.ok).toBe(true);
  });

  it('turns a pipeline step that rejects into a building failure and writes nothing', async () => {
    const host = createFakeHost();
    const step: PipelineStep = () => Promise.reject(new Error('The worker stopped'));
    const outcome = await runBuild(host, REQUEST, undefined, step);
    expect(outcome).toEqual({
      ok: false,
      failure: expect.objectContaining({
        kind: 'unknown',
        message: expect.stringMatching(/while building the report \(The worker stopped\)/),
      }),
    });
    expect(host.calls.map((c) => c.method)).toEqual(['readTracker']);
  });
});
