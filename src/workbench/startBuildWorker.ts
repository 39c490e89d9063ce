/**
 * Starts the workbench's build worker: webpack makes `new Worker(new URL(…, import.meta.url))` a
 * worker script beside the page, on its own origin (default-src 'self' allows it).
 */
export function startBuildWorker(): Worker {
  return new Worker(
    /* webpackChunkName: "build-worker" */ new URL('./buildWorker.ts', import.meta.url),
  );
}
