/**
 * Starts the pipeline worker. Kept apart so only the task pane's entry imports it: webpack turns
 * `new Worker(new URL(…, import.meta.url))` into a worker script beside the bundle, on the add-in's
 * own origin (so the manifest and the page's script-src 'self' already allow it).
 */
export function startPipelineWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "pipeline-worker" */ new URL('./pipelineWorker.ts', import.meta.url),
  );
}
