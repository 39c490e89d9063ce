/**
 * The floor a reader is measured against: inflate the sheet and shared strings with fflate and
 * touch every byte of the sheet once, counting cells. Nothing can read the cells for less.
 */
import { unzipSync } from 'fflate';

/** Unzips the sheet and shared strings parts and counts the `<c` tags of the sheet. */
export function unzipAndScan(data: Uint8Array, sheetPart: string, stringsPart: string): number {
  const parts = unzipSync(data, {
    filter: (file) => file.name === sheetPart || file.name === stringsPart,
  });
  const sheet = parts[sheetPart];
  let cells = 0;
  for (let i = 0; i < sheet.length; i++) {
    if (sheet[i] === 0x3c && sheet[i + 1] === 0x63) cells++;
  }
  return cells;
}
