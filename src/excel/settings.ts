/**
 * What the add-in remembers with the workbook, in the workbook's own settings
 * (`context.workbook.settings`, ExcelApi 1.4): the user's choices under one key as JSON, and which
 * sheets carry its highlight, so Clear highlights still finds them after the workbook is closed
 * and reopened. They are read inside each `Excel.run`, so every read sees what was last saved,
 * whichever part of the add-in saved it; nothing is cached in memory.
 */
import type { StoredSettings } from '../core/port';
import type { Runner } from './run';

export const SETTINGS_KEY = 'complaintsReport.settings';
export const HIGHLIGHTED_SHEETS_KEY = 'complaintsReport.highlightedSheets';

/** A setting queued for the next sync (a null object when there is none). */
export type SettingRead = Excel.Setting;

/** Queues a read of one setting for the next sync. */
export function queueSettingRead(context: Excel.RequestContext, key: string): SettingRead {
  const item = context.workbook.settings.getItemOrNullObject(key);
  item.load('value');
  return item;
}

/** A queued setting's value, once its sync has run; null when there is none. */
export function settingValue(synced: SettingRead): unknown {
  return synced.isNullObject ? null : parseJson(synced.value);
}

/** Queues a write of one setting, as JSON text, for the next sync. */
export function queueSettingWrite(
  context: Excel.RequestContext,
  key: string,
  value: unknown,
): void {
  context.workbook.settings.add(key, JSON.stringify(value));
}

function parseJson(raw: unknown): unknown {
  if (typeof raw !== 'string') return null;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    // Text that is not JSON was not written by this add-in: treat it as nothing stored.
    return null;
  }
}

/** The stored choices, or null when there are none (or they are unreadable). */
export function asStoredSettings(value: unknown): StoredSettings | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : null;
}

/** The sheets the add-in last highlighted; empty when it has not (or does not know). */
export function asSheetList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((name): name is string => typeof name === 'string')
    : [];
}

/** The settings saved with this workbook, read now, in one sync. */
export function loadStoredSettings(run: Runner): Promise<StoredSettings | null> {
  return run('settings', async (context) => {
    const stored = queueSettingRead(context, SETTINGS_KEY);
    await context.sync();
    return asStoredSettings(settingValue(stored));
  });
}

/**
 * True when a failed batch stopped at a settings write: everything queued before it was done.
 * Office puts the failing call in `debugInfo.errorLocation` ("SettingCollection.add").
 */
export function failedAtSettings(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const location = (error as { debugInfo?: { errorLocation?: unknown } }).debugInfo?.errorLocation;
  return typeof location === 'string' && /^Setting/i.test(location);
}
