/**
 * The pipeline step the task pane hands `runBuild`: the core's pipeline in a Web Worker, started
 * on the first build and kept for the next. Where a worker cannot start (no `Worker`, or its
 * script is refused), the pipeline runs in this thread as before: slower to answer, same figures.
 */
import type { PipelineOutcome } from '../core/pipeline';
import { runPipelineHere, type PipelineStep } from '../core/runBuild';
import type { PipelineCall } from './pipelineWorker';
import { connectWorker, type WorkerClient } from './workerCalls';

/** Start the worker, or null when it cannot start here. */
async function startClient(start: () => Worker): Promise<WorkerClient | null> {
  let worker: Worker;
  try {
    worker = start();
  } catch {
    return null;
  }
  try {
    return await connectWorker(worker);
  } catch {
    worker.terminate();
    return null;
  }
}

/**
 * A pipeline step that runs in the worker `start` makes. A worker that dies during a build fails
 * that build (the pane says so, and the workbook is left untouched); the next build starts a new
 * worker.
 */
export function createWorkerPipeline(start: () => Worker): PipelineStep {
  let client: Promise<WorkerClient | null> | null = null;
  return async (sheets, options) => {
    client ??= startClient(start);
    const started = await client;
    if (started === null) return runPipelineHere(sheets, options);
    const call: PipelineCall = { sheets, options };
    try {
      return await started.call<PipelineOutcome>('runPipeline', call);
    } finally {
      if (started.stopped) client = null;
    }
  };
}
