/**
 * What a report copy cannot carry over. The copy is written by exceljs, which rebuilds the workbook
 * from what it understands and leaves out the rest, so the command line warns before the user
 * finds a chart missing. The tracker file itself is never written.
 */
import { openZipPackage } from './_lib/zipPackage';

/** Package part prefixes exceljs does not carry over, and how a user would name them. */
const NOT_KEPT: readonly [prefix: string, what: string][] = [
  ['xl/charts/', 'charts'],
  ['xl/pivottables/', 'pivot tables'],
  ['xl/slicers/', 'slicers'],
  ['xl/timelines/', 'timelines'],
  ['xl/threadedcomments/', 'threaded comments'],
  ['xl/externallinks/', 'links to other workbooks'],
  ['xl/connections.xml', 'data connections'],
  ['xl/ctrlprops/', 'form controls'],
];

/** The kinds of content in this workbook that a report copy will not keep, in a fixed order. */
export function listPartsNotKept(data: Uint8Array): string[] {
  const names = openZipPackage(data).names.map((name) => name.toLowerCase());
  return NOT_KEPT.filter(([prefix]) => names.some((name) => name.startsWith(prefix))).map(
    ([, what]) => what,
  );
}
