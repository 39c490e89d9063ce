/**
 * A build in React state: one at a time, its progress, and what it made or why it failed. How a
 * build runs is the caller's (a `BuildRun`): through the port with the pipeline in this thread
 * (the default), in a worker (the add-in), or wholly inside a worker that holds the file (the
 * workbench). The pane sees the same progress and outcome whichever it has.
 */
import { startTransition, useCallback, useRef, useState } from 'react';
import type { TrackerHost } from '../core/port';
import type { BuildFailure } from '../core/buildFailure';
import {
  runBuild,
  type BuildOutcome,
  type BuildProgress,
  type BuildRequest,
  type BuiltReport,
  type HeaderMapping,
  type PipelineStep,
} from '../core/runBuild';

/** One build, start to end: the request in, progress as it goes, the outcome (never a throw). */
export type BuildRun = (
  request: BuildRequest,
  onProgress: (progress: BuildProgress) => void,
) => Promise<BuildOutcome>;

/** Builds through the host's port, with the pipeline run by `pipeline` (default: this thread). */
export function buildThrough(host: TrackerHost, pipeline?: PipelineStep): BuildRun {
  return (request, onProgress) => runBuild(host, request, onProgress, pipeline);
}

export type BuildRunner = {
  busy: boolean;
  progress: BuildProgress | null;
  /** The last good report: kept when a later build fails, then marked out of date (`stale`). */
  built: BuiltReport | null;
  /** True when the last build failed after `built` was made: the report shown is out of date. */
  stale: boolean;
  failure: BuildFailure | null;
  /** The header of the last tracker read, kept when a later build fails before reading one. */
  mapping: HeaderMapping | null;
  /** Start a build unless one is running; resolves when it ends. */
  start: (request: BuildRequest) => Promise<void>;
  dismissFailure: () => void;
};

/**
 * Run builds for the pane; a second press while one runs is ignored. Without `run`, builds go
 * through `host` with the pipeline in this thread.
 */
export function useBuildRunner(host: TrackerHost, run?: BuildRun): BuildRunner {
  const running = useRef(false);
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<BuildProgress | null>(null);
  const [built, setBuilt] = useState<BuiltReport | null>(null);
  const [stale, setStale] = useState(false);
  const [failure, setFailure] = useState<BuildFailure | null>(null);
  const [mapping, setMapping] = useState<HeaderMapping | null>(null);

  const start = useCallback(
    async (request: BuildRequest): Promise<void> => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setFailure(null);
      let ended = false;
      try {
        const outcome = await (run ?? buildThrough(host))(request, setProgress);
        // A transition: React renders a large report in slices, so the page keeps answering.
        startTransition(() => {
          if (outcome.ok) {
            setBuilt(outcome);
            setStale(false);
            setMapping(outcome.mapping);
          } else {
            if (outcome.failure.mapping) setMapping(outcome.failure.mapping);
            // The last good report stays on show, marked out of date, until a new one is built.
            setStale(true);
            setProgress(null);
            setFailure(outcome.failure);
          }
          // Build is offered again with the outcome on show, not before it.
          setBusy(false);
        });
        ended = true;
      } finally {
        running.current = false;
        if (!ended) setBusy(false);
      }
    },
    [host, run],
  );

  return {
    busy,
    progress,
    built,
    stale,
    failure,
    mapping,
    start,
    dismissFailure: useCallback(() => setFailure(null), []),
  };
}
