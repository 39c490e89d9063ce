/**
 * The summary sheet's title rows repeated on every printed page: in SpreadsheetML, the defined
 * name `_xlnm.Print_Titles` local to the sheet (ECMA-376 §18.2.5), in the workbook part. A
 * rebuild replaces the one it wrote before rather than adding a second, which Excel would refuse
 * to open without repairing; every other defined name stays byte for byte.
 */
import { walkXml } from './walkXml';
import { applyEdits, escapeXmlText, prefixOf, type ByteEdit } from './xmlEdit';

const PRINT_TITLES = '_xlnm.Print_Titles';

/** CT_Workbook's children that come after `<definedNames>`, in schema order. */
const AFTER_DEFINED_NAMES = new Set([
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
]);

/** A sheet name as a formula names it: in single quotes, a quote inside doubled. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * The workbook part with rows 1 to `rows` of the sheet called `sheetName` as its print titles.
 * Its `localSheetId` is the sheet's place among every `<sheet>` of the part, counted from 0.
 */
export function setPrintTitles(workbook: Uint8Array, sheetName: string, rows: number): Uint8Array {
  let prefix = '';
  let sheetIndex = -1;
  let sheetCount = 0;
  let names: { start: number; end: number; selfClosed: boolean } | null = null;
  let insertAt = -1;
  let depth = 0;
  let title: { start: number; localSheetId: number } | null = null;
  const oldTitles: (ByteEdit & { localSheetId: number })[] = [];
  walkXml(workbook, {
    open(local, attributes, start, end, qualified) {
      depth++;
      if (depth === 1) prefix = prefixOf(qualified);
      else if (depth === 2 && local === 'definedNames') {
        names = { start, end: -1, selfClosed: workbook[end - 2] === 0x2f };
      } else if (depth === 2 && insertAt < 0 && AFTER_DEFINED_NAMES.has(local)) insertAt = start;
      else if (depth === 3 && local === 'sheet') {
        if (attributes.name === sheetName) sheetIndex = sheetCount;
        sheetCount++;
      } else if (depth === 3 && local === 'definedName' && attributes.name === PRINT_TITLES) {
        title = { start, localSheetId: Number(attributes.localSheetId) };
      }
    },
    close(local, start, end) {
      if (depth === 3 && local === 'definedName' && title) {
        oldTitles.push({ start: title.start, end, text: '', localSheetId: title.localSheetId });
        title = null;
      } else if (depth === 2 && local === 'definedNames' && names) {
        names.end = names.selfClosed ? end : start;
      } else if (depth === 1 && insertAt < 0) insertAt = start;
      depth--;
    },
  });
  if (sheetIndex < 0) throw new Error(`The workbook part has no sheet called ${sheetName}`);
  const name =
    `<${prefix}definedName name="${PRINT_TITLES}" localSheetId="${sheetIndex}">` +
    `${escapeXmlText(`${quotedSheet(sheetName)}!$1:$${rows}`)}</${prefix}definedName>`;
  const list = (inner: string) => `<${prefix}definedNames>${inner}</${prefix}definedNames>`;
  const found = names as { start: number; end: number; selfClosed: boolean } | null;
  if (found === null)
    return applyEdits(workbook, [{ start: insertAt, end: insertAt, text: list(name) }]);
  if (found.selfClosed) return applyEdits(workbook, [{ ...found, text: list(name) }]);
  const replaced = oldTitles.filter((old) => old.localSheetId === sheetIndex);
  return applyEdits(workbook, [...replaced, { start: found.end, end: found.end, text: name }]);
}
