/**
 * Why a build (or a selection) did not happen, in one typed shape the pane shows in a message
 * bar: a kind to title it, the host's or the engine's message saying what to do next.
 */
import { HostError, type HostErrorKind } from './port';
import type { HeaderMapping } from './headerMapping';

export type BuildFailureKind = HostErrorKind | 'no-header' | 'missing-column' | 'invalid-period';

export type BuildFailure = {
  kind: BuildFailureKind;
  /** What went wrong and what to do next, in a sentence or two. */
  message: string;
  /** The header found, when there is one: a missing column can then be chosen by hand. */
  mapping: HeaderMapping | null;
};

/** What the pane was doing when a host or the engine refused. */
export type PaneStep = 'loading' | 'reading' | 'building' | 'writing' | 'selecting';

/** The message bar's title for each kind of failure. */
export const FAILURE_TITLES: Record<BuildFailureKind, string> = {
  protected: 'The workbook or sheet is protected',
  editing: 'Excel is busy editing a cell',
  'too-large': 'The tracker is too large to read in one go',
  'not-found': 'The tracker could not be found',
  'no-data': 'There is nothing to read',
  unsupported: 'This version of Excel cannot do that',
  unknown: 'Something went wrong',
  'no-header': 'No header row found',
  'missing-column': 'A required column is missing',
  'invalid-period': 'Check the period',
};

const NEXT_STEPS: Record<PaneStep, string> = {
  loading: 'Close the task pane and open it again; if that does not help, reopen the workbook.',
  reading: 'Check the tracker sheet is still there and try again.',
  building:
    'The tracker was read but the report could not be built. Please tell whoever supports the add-in, describing the layout of the tracker (not its contents).',
  writing: 'Close any open dialog in Excel and build the report again.',
  selecting: 'Check the tracker sheet is still there and try again.',
};

/**
 * Turn anything thrown into a failure. A `HostError` already says what to do; anything else is
 * unexpected, so the message names the step and the next thing to try.
 */
export function failureFromError(error: unknown, step: PaneStep): BuildFailure {
  if (error instanceof HostError) {
    return { kind: error.kind, message: error.message, mapping: null };
  }
  const detail = error instanceof Error && error.message !== '' ? ` (${error.message})` : '';
  return {
    kind: 'unknown',
    message: `Something unexpected happened while ${STEP_WORDS[step]}${detail}. ${NEXT_STEPS[step]}`,
    mapping: null,
  };
}

const STEP_WORDS: Record<PaneStep, string> = {
  loading: "loading the workbook's settings",
  reading: 'reading the tracker',
  building: 'building the report',
  writing: 'writing the summary sheet',
  selecting: 'selecting rows in the sheet',
};
