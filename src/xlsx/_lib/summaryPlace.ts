/**
 * Which sheet the summary goes in. The add-in's own summary (recognised, as the Excel host does,
 * by its title in A1 and a "Built …" note under it) is replaced where it stands; a sheet of the
 * same name that is the user's (or the tracker itself) is never touched: the summary then takes
 * the next free name, "Complaints summary (2)" and so on.
 */
import { HostError } from '../../core/port';
import type { CellValue } from '../../core/types';
import type { SheetPart } from './workbookParts';

/** Where to write: over an existing sheet's part, or as a new sheet with this name. */
export type SummaryPlace = { replace: SheetPart } | { add: string };

const OWNERSHIP_ROWS = 10;
const MAX_SUFFIX = 9;

/** True when column A starts with the title and has a "Built …" note within its first rows. */
export function isOwnSummary(columnA: readonly CellValue[], title: string): boolean {
  const [first, ...rest] = columnA.slice(0, OWNERSHIP_ROWS);
  return (
    first === title && rest.some((cell) => typeof cell === 'string' && cell.startsWith('Built '))
  );
}

/**
 * Picks the place for the summary; `columnA` reads a sheet's first cells of column A, and
 * `protectedNames` are sheets that must never be replaced (the ones being highlighted).
 */
export function chooseSummaryPlace(
  sheets: readonly SheetPart[],
  layout: { sheetName: string; title: string },
  columnA: (sheet: SheetPart) => CellValue[],
  protectedNames: ReadonlySet<string>,
): SummaryPlace {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const name = n === 1 ? layout.sheetName : `${layout.sheetName} (${n})`;
    // Excel compares sheet names ignoring case.
    const taken = sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
    if (!taken) return { add: name };
    if (!protectedNames.has(taken.name) && isOwnSummary(columnA(taken), layout.title)) {
      return { replace: taken };
    }
  }
  throw new HostError(
    'unknown',
    `This workbook already has sheets called "${layout.sheetName}" to "${layout.sheetName} (${MAX_SUFFIX})" that Complaints Report did not make. Rename or delete some of them, then build again.`,
  );
}
