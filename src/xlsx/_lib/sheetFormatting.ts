/**
 * The add-in's highlight in a worksheet part: its earlier highlight rules removed, the new
 * `<conditionalFormatting>` put where the schema wants it (after the user's own, before
 * `<dataValidations>` and what follows), and `<sheetData>` (nearly all of the part) left byte for
 * byte as it was: only the few elements after it are read and rewritten.
 */
import { isHighlightFormula } from '../../core/highlight';
import { walkXml } from './walkXml';
import { applyEdits, concatBytes, escapeXmlText, prefixOf, type ByteEdit } from './xmlEdit';

/** Worksheet children that come after `<conditionalFormatting>` (CT_Worksheet's sequence). */
const AFTER_FORMATTING = new Set([
  'dataValidations',
  'hyperlinks',
  'printOptions',
  'pageMargins',
  'pageSetup',
  'headerFooter',
  'rowBreaks',
  'colBreaks',
  'customProperties',
  'cellWatches',
  'ignoredErrors',
  'smartTags',
  'drawing',
  'legacyDrawing',
  'legacyDrawingHF',
  'drawingHF',
  'picture',
  'oleObjects',
  'controls',
  'webPublishItems',
  'tableParts',
  'extLst',
  'AlternateContent',
]);

/** The new highlight: ranges, formula and the differential format it shows. */
export type HighlightRule = { sqref: string; formula: string; dxfId: number };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** True when the part may hold a highlight of the add-in's (its marker appears after the cells). */
export function mayHoldHighlight(sheet: Uint8Array, marker: string): boolean {
  const tail = decoder.decode(sheet.subarray(findTailStart(sheet)));
  return tail.toLowerCase().includes(marker.toLowerCase());
}

/**
 * The sheet part with the add-in's earlier highlight rules removed and `rule` (if any) added,
 * after the user's own rules in priority.
 */
export function rewriteHighlight(sheet: Uint8Array, rule: HighlightRule | null): Uint8Array {
  const tailStart = findTailStart(sheet);
  const rootEnd = sheet.lastIndexOf(0x3c);
  const tail = sheet.subarray(tailStart, rootEnd);
  const root = rootPrefix(sheet);
  // The tail is a run of sibling elements before the root's end tag: wrap it to walk it as XML.
  const wrapped = concatBytes([encoder.encode('<tail>'), tail, encoder.encode('</tail>')]);
  const shift = '<tail>'.length;
  const edits: ByteEdit[] = [];
  let depth = 0;
  let insertAt = -1;
  let afterFormatting = -1;
  let maxPriority = 0;
  let block: { start: number; rules: number; removed: ByteEdit[] } | null = null;
  let cfRule: { start: number; priority: number; ours: boolean } | null = null;
  let inFormula = false;
  walkXml(wrapped, {
    open(name, attributes, start) {
      depth++;
      if (depth === 2 && name === 'conditionalFormatting') block = { start, rules: 0, removed: [] };
      else if (depth === 2 && insertAt < 0 && AFTER_FORMATTING.has(name)) insertAt = start;
      else if (depth === 3 && block && name === 'cfRule') {
        cfRule = { start, priority: Number(attributes.priority) || 0, ours: false };
        block.rules++;
      } else if (cfRule && name === 'formula') inFormula = true;
    },
    text(text) {
      if (inFormula && cfRule && isHighlightFormula(text)) cfRule.ours = true;
    },
    close(name, _start, end) {
      depth--;
      if (name === 'formula') inFormula = false;
      else if (depth === 2 && cfRule && block && name === 'cfRule') {
        if (cfRule.ours) block.removed.push({ start: cfRule.start, end, text: '' });
        else maxPriority = Math.max(maxPriority, cfRule.priority);
        cfRule = null;
      } else if (depth === 1 && block && name === 'conditionalFormatting') {
        if (block.removed.length === block.rules && block.rules > 0) {
          edits.push({ start: block.start, end, text: '' });
        } else edits.push(...block.removed);
        afterFormatting = end;
        block = null;
      } else if (depth === 0) insertAt = insertAt < 0 ? _start : insertAt;
    },
  });
  if (rule) {
    const at = afterFormatting >= 0 ? afterFormatting : insertAt;
    edits.push({ start: at, end: at, text: formattingXml(root, rule, maxPriority + 1) });
  }
  const edited = applyEdits(wrapped, edits);
  return concatBytes([
    sheet.subarray(0, tailStart),
    edited.subarray(shift, edited.length - '</tail>'.length),
    sheet.subarray(rootEnd),
  ]);
}

function formattingXml(prefix: string, rule: HighlightRule, priority: number): string {
  const p = prefix;
  return (
    `<${p}conditionalFormatting sqref="${rule.sqref}">` +
    `<${p}cfRule type="expression" dxfId="${rule.dxfId}" priority="${priority}">` +
    `<${p}formula>${escapeXmlText(rule.formula)}</${p}formula></${p}cfRule>` +
    `</${p}conditionalFormatting>`
  );
}

/** The prefix of the part's root element (`x:` in `<x:worksheet>`), usually ''. */
function rootPrefix(sheet: Uint8Array): string {
  const head = decoder.decode(sheet.subarray(0, Math.min(sheet.length, 4096)));
  const match = /<([A-Za-z_][\w.-]*:)?worksheet[\s>]/.exec(head);
  return match ? prefixOf(match[1] ?? '') : '';
}

/**
 * Where the elements after `<sheetData>` start: just after `</sheetData>` (or `<sheetData/>`).
 * Searched from the end, as the cells are nearly all of the part.
 */
function findTailStart(sheet: Uint8Array): number {
  const word = encoder.encode('sheetData');
  for (let i = sheet.length - word.length; i > 0; i--) {
    if (sheet[i] !== 0x73 || !matches(sheet, i, word)) continue;
    let lt = i - 1;
    while (lt > 0 && sheet[lt] !== 0x3c) lt--;
    const gt = sheet.indexOf(0x3e, i);
    if (gt > 0 && (sheet[lt + 1] === 0x2f || sheet[gt - 1] === 0x2f)) return gt + 1;
  }
  throw new Error('No sheetData in the worksheet part');
}

function matches(data: Uint8Array, at: number, word: Uint8Array): boolean {
  for (let k = 0; k < word.length; k++) if (data[at + k] !== word[k]) return false;
  return true;
}
