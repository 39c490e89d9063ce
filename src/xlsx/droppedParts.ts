/**
 * What a report copy cannot carry over: nothing any more. The copy is the original package part
 * for part (writeReportWorkbook), so charts, pivot tables, slicers, comments and macros all stay.
 * Kept only so the command line's "does not keep" note compiles until it is removed with it.
 *
 * @deprecated Remove together with the command line's note.
 */
import { openZipPackage } from './_lib/zipPackage';

/** The kinds of content a report copy will not keep: none, once the file is a readable package. */
export function listPartsNotKept(data: Uint8Array): string[] {
  openZipPackage(data);
  return [];
}
