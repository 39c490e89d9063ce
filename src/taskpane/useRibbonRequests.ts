/**
 * The pane's side of the ribbon channel: build when Build report asks (once the settings are
 * loaded, and never merely because the page was opened), and hold the notes failed commands left.
 */
import { useCallback, useEffect, useState } from 'react';
import type { RibbonChannel, RibbonNote } from './ribbonChannel';

export type RibbonRequests = { notes: RibbonNote[]; dismissNote: (note: RibbonNote) => void };

/** Subscribes the pane to `channel`; `build` runs for each Build report request taken. */
export function useRibbonRequests(
  channel: RibbonChannel | undefined,
  ready: boolean,
  build: () => void,
): RibbonRequests {
  const [notes, setNotes] = useState<RibbonNote[]>([]);
  useEffect(() => {
    if (!channel || !ready) return;
    const take = (): void => {
      const posted = channel.takeNotes();
      if (posted.length > 0) setNotes((shown) => [...shown, ...posted]);
      if (channel.takeBuildRequest()) build();
    };
    take(); // A request made while the pane was loading.
    return channel.subscribe(take);
  }, [channel, ready, build]);
  const dismissNote = useCallback(
    (note: RibbonNote) => setNotes((shown) => shown.filter((other) => other !== note)),
    [],
  );
  return { notes, dismissNote };
}
