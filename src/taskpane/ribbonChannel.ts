/**
 * How the ribbon talks to the task pane. In the shared runtime the ribbon's function commands and
 * the pane run in the same JavaScript context, so a module-level channel is enough: Build report
 * leaves a request the pane takes once it is ready (it may still be loading its settings), and a
 * command that failed leaves a note the pane shows. Nothing here touches Office.
 */

/** A message from a ribbon command for the pane to show. */
export type RibbonNote = { title: string; message: string };

export type RibbonChannel = {
  /** Asks the pane to build; several requests before the pane takes them count as one. */
  requestBuild(): void;
  /** True (once) when a build was asked for since the last take. */
  takeBuildRequest(): boolean;
  postNote(note: RibbonNote): void;
  /** The notes posted since the last take, oldest first. */
  takeNotes(): RibbonNote[];
  /** Calls `listener` after every request or note; returns the unsubscribe. */
  subscribe(listener: () => void): () => void;
};

/** A fresh channel (tests make their own; the add-in uses `ribbon`). */
export function createRibbonChannel(): RibbonChannel {
  let buildRequested = false;
  let notes: RibbonNote[] = [];
  const listeners = new Set<() => void>();
  const notify = (): void => listeners.forEach((listener) => listener());
  return {
    requestBuild() {
      buildRequested = true;
      notify();
    },
    takeBuildRequest() {
      const requested = buildRequested;
      buildRequested = false;
      return requested;
    },
    postNote(note) {
      notes = [...notes, note];
      notify();
    },
    takeNotes() {
      const taken = notes;
      notes = [];
      return taken;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The add-in's one channel, shared by the ribbon commands and the pane. */
export const ribbon: RibbonChannel = createRibbonChannel();
