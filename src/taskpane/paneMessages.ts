/**
 * The message bars at the top of the pane, in the order they stand: the ribbon's notes, a failure
 * to load the settings, the build's failure, a failed selection, and a notice that the choices
 * were not remembered. Each can be dismissed on its own.
 */
import type { Ref } from 'react';
import type { BuildFailure } from '../core/buildFailure';
import type { ErrorBarProps } from './ErrorBar';
import type { RibbonNote } from './ribbonChannel';

export type PaneMessage = ErrorBarProps & { key: string };

export type PaneMessageSources = {
  notes: readonly RibbonNote[];
  dismissNote: (note: RibbonNote) => void;
  /** Shown unless dismissed (null when hidden or none). */
  loadFailure: BuildFailure | null;
  dismissLoadFailure: () => void;
  buildFailure: BuildFailure | null;
  buildFailureRef: Ref<HTMLDivElement>;
  dismissBuildFailure: () => void;
  selectFailure: BuildFailure | null;
  dismissSelectFailure: () => void;
  /** The build's notice that the choices were not remembered (null when hidden or none). */
  notice: string | null;
  dismissNotice: () => void;
};

/** The bars to show, each with its key and how to dismiss it. */
export function paneMessages(from: PaneMessageSources): PaneMessage[] {
  const messages: PaneMessage[] = from.notes.map((note, i) => ({
    key: `ribbon-${i}`,
    intent: 'warning',
    title: note.title,
    failure: { kind: 'unknown', message: note.message, mapping: null },
    onDismiss: () => from.dismissNote(note),
  }));
  if (from.loadFailure) {
    messages.push({ key: 'load', failure: from.loadFailure, onDismiss: from.dismissLoadFailure });
  }
  if (from.buildFailure) {
    messages.push({
      key: 'build',
      failure: from.buildFailure,
      barRef: from.buildFailureRef,
      onDismiss: from.dismissBuildFailure,
    });
  }
  if (from.selectFailure) {
    messages.push({
      key: 'select',
      failure: from.selectFailure,
      onDismiss: from.dismissSelectFailure,
    });
  }
  if (from.notice !== null) {
    messages.push({
      key: 'notice',
      intent: 'warning',
      title: 'Your choices were not remembered',
      failure: { kind: 'unknown', message: from.notice, mapping: null },
      onDismiss: from.dismissNotice,
    });
  }
  return messages;
}
