/**
 * Turns whatever Excel throws into the one `HostError` the task pane understands, with a message
 * that tells the user what to do next. Error codes are Excel's (not localised), per the Office.js
 * error-code list; the user never sees the code unless nothing better is known.
 */
import { HostError } from '../core/port';

/** What the user was doing: it decides whether the message says "build again" or "try again". */
export type HostAction = 'list' | 'read' | 'write' | 'highlight' | 'clear' | 'select' | 'settings';

/** Codes Excel on the web uses when a request or response passes its 5 MB limit, or a range is too big. */
const PAYLOAD_CODES = new Set([
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'RangeExceedsLimit',
]);

const UNSUPPORTED_CODES = new Set(['ApiNotFound', 'NotImplemented', 'UnsupportedOperation']);

/** The Excel error code of a failure, or null when it did not come from Excel. */
export function readErrorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, debugInfo } = error as { code?: unknown; debugInfo?: { code?: unknown } };
  if (typeof code === 'string' && code !== '') return code;
  if (typeof debugInfo?.code === 'string' && debugInfo.code !== '') return debugInfo.code;
  return null;
}

/** True when Excel refused because the user is typing in a cell: worth a retry after a pause. */
export function isCellEditError(error: unknown): boolean {
  return readErrorCode(error) === 'InvalidOperationInCellEditMode';
}

/** True when Excel refused because a request or response was too large: worth a smaller retry. */
export function isPayloadError(error: unknown): boolean {
  const code = readErrorCode(error);
  return code !== null && PAYLOAD_CODES.has(code);
}

function nextStep(action: HostAction): string {
  return action === 'read' || action === 'write' || action === 'highlight'
    ? 'build again'
    : 'try again';
}

/** The message for a protected sheet, used both by up-front checks and by Excel's AccessDenied. */
export function protectedSheetError(sheet: string, action: HostAction, cause?: unknown): HostError {
  return new HostError(
    'protected',
    `The sheet "${sheet}" is protected. Unprotect the sheet (Review > Unprotect Sheet) and ${nextStep(action)}.`,
    cause,
  );
}

/**
 * Wraps any failure in a `HostError`. `subject` names what was being looked for ("the sheet
 * "Tracker"") so a not-found message can say which.
 */
export function toHostError(error: unknown, action: HostAction, subject?: string): HostError {
  if (error instanceof HostError) return error;
  const code = readErrorCode(error);
  const again = nextStep(action);
  if (code === 'InvalidOperationInCellEditMode') {
    return new HostError(
      'editing',
      'Excel is busy editing a cell. Finish editing the cell (press Enter or Esc) and try again.',
      error,
    );
  }
  if (action === 'settings' && code !== 'InvalidOperationInCellEditMode') {
    const detail = code === null ? '' : ` (${code})`;
    return new HostError(
      'unknown',
      `Excel could not save the add-in settings with the workbook${detail}. Check the workbook is not read-only, then try again.`,
      error,
    );
  }
  if (code === 'AccessDenied') {
    const what =
      action === 'write'
        ? 'Excel would not add the summary sheet. If the workbook is protected, unprotect it (Review > Protect Workbook)'
        : 'Excel would not change the sheet. Unprotect the sheet (Review > Unprotect Sheet)';
    return new HostError('protected', `${what} and ${again}.`, error);
  }
  if (code !== null && PAYLOAD_CODES.has(code)) {
    const what = action === 'write' ? 'The summary is' : 'The tracker is';
    return new HostError(
      'too-large',
      `${what} too large for Excel to send in one piece. Delete unused rows and columns below and to the right of the data, then ${again}.`,
      error,
    );
  }
  if (code === 'ItemNotFound') {
    return new HostError(
      'not-found',
      `Excel could not find ${subject ?? 'the sheet or table'}. It may have been renamed or deleted: choose the tracker again and ${again}.`,
      error,
    );
  }
  if (code !== null && UNSUPPORTED_CODES.has(code)) {
    return new HostError(
      'unsupported',
      'This version of Excel cannot do this. Update Excel, or use Excel on the web, and try again.',
      error,
    );
  }
  const detail = code === null ? '' : ` (${code})`;
  return new HostError(
    'unknown',
    `Excel could not finish${detail}. Try again; if it keeps happening, save and reopen the workbook, then ${again}.`,
    error,
  );
}
