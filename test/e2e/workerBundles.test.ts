/**
 * The Web Workers as webpack builds them for the add-in: the task pane's pipeline worker and the
 * workbench's build worker are scripts beside the pages (same origin, so the manifest and the
 * pages' script-src 'self' cover them), and the pipeline worker carries the core only: no
 * Office.js, no React.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildAddin } from './harness';

let outDir = '';

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'worker-bundles-'));
  await buildAddin(outDir);
}, 240_000);

afterAll(async () => {
  if (outDir !== '') await rm(outDir, { recursive: true, force: true });
});

describe('the worker bundles', () => {
  it('are emitted beside the pages, and each page starts its own worker', async () => {
    const files = await readdir(outDir);
    expect(files).toEqual(expect.arrayContaining(['pipeline-worker.js', 'build-worker.js']));
    const taskpane = await readFile(path.join(outDir, 'taskpane.js'), 'utf8');
    const workbench = await readFile(path.join(outDir, 'workbench.js'), 'utf8');
    expect(taskpane).toContain('pipeline-worker');
    expect(workbench).toContain('build-worker');
  });

  it('keep Office.js and React out of the pipeline worker', async () => {
    const worker = await readFile(path.join(outDir, 'pipeline-worker.js'), 'utf8');
    expect(worker).toContain('runPipeline');
    expect(worker).not.toMatch(/\bExcel\.run\b|\bOffice\.onReady\b/);
    expect(worker).not.toContain('node_modules/react-dom');
  });
});
