/**
 * What the add-in remembers with the workbook, in the document's own settings (Office common API):
 * the user's choices under one key as JSON, and which sheets carry its highlight, so Clear
 * highlights still finds them after the workbook is closed and reopened.
 */
import type { StoredSettings } from '../core/port';
import { HostError } from '../core/port';

export const SETTINGS_KEY = 'complaintsReport.settings';
export const HIGHLIGHTED_SHEETS_KEY = 'complaintsReport.highlightedSheets';

function documentSettings(): Office.Settings {
  if (typeof Office === 'undefined' || !Office.context?.document?.settings) {
    throw new HostError(
      'unsupported',
      'Excel did not give the add-in access to the workbook. Close the task pane, open it again and try again.',
    );
  }
  return Office.context.document.settings;
}

function readJson(key: string): unknown {
  const raw: unknown = documentSettings().get(key);
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // Text that is not JSON was not written by this add-in: treat it as nothing stored.
    return null;
  }
}

function saveDocumentSettings(): Promise<void> {
  const settings = documentSettings();
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else {
        reject(
          new HostError(
            'unknown',
            'Excel could not save the add-in settings with the workbook. Check the workbook is not read-only, then try again.',
            result.error,
          ),
        );
      }
    });
  });
}

/** The settings saved with this workbook, or null when none are (or they are unreadable). */
export function loadStoredSettings(): StoredSettings | null {
  const value = readJson(SETTINGS_KEY);
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/** Saves the settings with the workbook (they persist when the workbook is saved). */
export function saveStoredSettings(settings: StoredSettings): Promise<void> {
  documentSettings().set(SETTINGS_KEY, JSON.stringify(settings));
  return saveDocumentSettings();
}

/** The sheets the add-in last highlighted; empty when it has not (or does not know). */
export function readHighlightedSheets(): string[] {
  const value = readJson(HIGHLIGHTED_SHEETS_KEY);
  return Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string')
    : [];
}

/** Records which sheets carry the add-in's highlight now. */
export function writeHighlightedSheets(sheets: string[]): Promise<void> {
  documentSettings().set(HIGHLIGHTED_SHEETS_KEY, JSON.stringify(sheets));
  return saveDocumentSettings();
}
