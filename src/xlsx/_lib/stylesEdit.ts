/**
 * The formats the report needs, added to the workbook's styles part: one differential format for
 * the highlight and a few cell formats for the summary sheet (bold titles, shaded headers, wrapped
 * messages). Each is appended at the end of its list, so every index the workbook already uses
 * keeps its meaning; one identical to an existing entry (from an earlier build) is reused.
 */
import { walkXml } from './walkXml';
import { applyEdits, prefixOf, type ByteEdit } from './xmlEdit';

/** The lists of CT_Stylesheet in their schema order. */
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];

type List = {
  name: string;
  start: number;
  tagEnd: number;
  closeStart: number;
  end: number;
  items: string[];
};

/** A minimal styles part for a package that has none (Excel's defaults). */
export const DEFAULT_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** Items to add, by list name; each item is written with `{p}` for the part's element prefix. */
export type StyleRequest = Record<string, string[]>;

/**
 * Adds the requested items (an item may refer to an earlier one of the same request as
 * `{fonts:0}`, `{fills:0}`) and returns the part and each item's index in its list.
 */
export function addStyles(
  styles: Uint8Array,
  request: StyleRequest,
): { bytes: Uint8Array; index: Record<string, number[]> } {
  const { lists, prefix, rootCloseStart } = readLists(styles);
  const index: Record<string, number[]> = {};
  const edits: ByteEdit[] = [];
  const resolve = (item: string): string =>
    item
      .replace(/\{p\}/g, prefix)
      .replace(/\{(\w+):(\d+)\}/g, (_m, list: string, i: string) => String(index[list][+i]));
  for (const name of ORDER.filter((list) => request[list])) {
    const list = lists.get(name);
    const items = list ? [...list.items] : [];
    const added: string[] = [];
    index[name] = request[name].map((raw) => {
      const item = resolve(raw);
      const found = items.indexOf(item);
      if (found >= 0) return found;
      added.push(item);
      return items.push(item) - 1;
    });
    if (added.length === 0) continue;
    if (list) edits.push(...extendList(styles, list, prefix, items.length, added));
    else {
      const at = insertionPoint(lists, name, rootCloseStart);
      const text = `<${prefix}${name} count="${items.length}">${added.join('')}</${prefix}${name}>`;
      edits.push({ start: at, end: at, text });
    }
  }
  return { bytes: applyEdits(styles, edits), index };
}

function extendList(
  styles: Uint8Array,
  list: List,
  prefix: string,
  count: number,
  added: string[],
): ByteEdit[] {
  const startTag = new TextDecoder().decode(styles.subarray(list.start, list.tagEnd));
  const open = startTag.replace(/\/?>$/, '');
  const counted = /\scount="\d*"/.test(open)
    ? open.replace(/\scount="\d*"/, ` count="${count}"`)
    : `${open} count="${count}"`;
  if (list.closeStart === list.start) {
    const text = `${counted}>${added.join('')}</${prefix}${list.name}>`;
    return [{ start: list.start, end: list.end, text }];
  }
  return [
    { start: list.start, end: list.tagEnd, text: `${counted}>` },
    { start: list.closeStart, end: list.closeStart, text: added.join('') },
  ];
}

function insertionPoint(lists: Map<string, List>, name: string, rootCloseStart: number): number {
  const later = ORDER.slice(ORDER.indexOf(name) + 1).find((next) => lists.has(next));
  return later ? (lists.get(later)?.start ?? rootCloseStart) : rootCloseStart;
}

/** The top-level lists of the styles part, each with its items' XML as written. */
function readLists(styles: Uint8Array): {
  lists: Map<string, List>;
  prefix: string;
  rootCloseStart: number;
} {
  const decoder = new TextDecoder();
  const lists = new Map<string, List>();
  let prefix = '';
  let depth = 0;
  let current: List | null = null;
  let itemStart = -1;
  let rootCloseStart = -1;
  walkXml(styles, {
    open(name, _attributes, start, end, qualified) {
      depth++;
      if (depth === 1) prefix = prefixOf(qualified);
      if (depth === 2 && ORDER.includes(name)) {
        current = { name, start, tagEnd: end, closeStart: start, end, items: [] };
        lists.set(name, current);
      }
      if (depth === 3) itemStart = start;
    },
    close(name, start, end) {
      if (depth === 3 && current)
        current.items.push(decoder.decode(styles.subarray(itemStart, end)));
      if (depth === 2 && current) {
        current.closeStart = start;
        current.end = end;
        current = null;
      }
      if (depth === 1) rootCloseStart = start;
      depth--;
    },
  });
  return { lists, prefix, rootCloseStart };
}
