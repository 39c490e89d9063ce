/** A build in React state: one at a time, its progress, and what it made or why it failed. */
import { useCallback, useRef, useState } from 'react';
import type { TrackerHost } from '../core/port';
import type { BuildFailure } from '../core/buildFailure';
import {
  runBuild,
  type BuildProgress,
  type BuildRequest,
  type BuiltReport,
  type HeaderMapping,
} from '../core/runBuild';

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

/** Run builds for the pane; a second press while one runs is ignored. */
export function useBuildRunner(host: TrackerHost): BuildRunner {
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
      try {
        const outcome = await runBuild(host, request, setProgress);
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
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [host],
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
