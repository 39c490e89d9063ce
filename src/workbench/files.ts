/**
 * The workbench's small browser chores: today's date (fixable from the URL, so the e2e test and the
 * screenshot are deterministic), and handing the report workbook to the user as a download.
 */
import { dayFromParts, parseIsoDate, toIsoDate } from '../core/dates';
import type { IsoDate } from '../core/types';

/** The .xlsx media type, so the browser offers to open the download in Excel. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Today for the task pane: `?today=YYYY-MM-DD` when the URL gives a real date, else the local
 * calendar date of `now` (a complaints officer's "today" is the date on their own clock).
 */
export function resolveToday(search: string, now: Date): IsoDate {
  const fixed = new URLSearchParams(search).get('today');
  if (fixed !== null && parseIsoDate(fixed) !== null) return fixed;
  const day = dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (day === null) throw new RangeError('The clock gave an impossible date');
  return toIsoDate(day);
}

/** The download's name: the tracker's own name with " (report)", so the original is never overwritten. */
export function reportFileName(trackerName: string): string {
  const base = trackerName.replace(/\.xlsx$/i, '');
  return `${base === '' ? 'tracker' : base} (report).xlsx`;
}

/** Offer bytes as a file download, the way a browser saves anything a page makes. */
export function downloadBytes(bytes: Uint8Array, fileName: string): void {
  // Copy into a fresh ArrayBuffer: a view over a shared or larger buffer would leak other bytes.
  const blob = new Blob([bytes.slice()], { type: XLSX_MEDIA_TYPE });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start reading the blob only after the click handler returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
