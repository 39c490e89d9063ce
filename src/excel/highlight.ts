/**
 * Highlighting without touching the tracker: a conditional format (a custom rule that is always
 * true) over the rows, so no cell value or user format changes, and removing it restores the sheet
 * exactly. The rule's formula carries a marker, so clearing finds only the add-in's own rules.
 */
import { HIGHLIGHT_CONDITION, HIGHLIGHT_FILL_RGB, isHighlightFormula } from '../core/highlight';
import type { RowTarget } from '../core/port';
import { addressRowTarget, chunkAreaAddresses } from './_lib/addresses';
import { isExcelApiSupported } from './_lib/requirements';
import { protectedSheetError, type HostAction } from './errors';
import type { Runner } from './run';
import {
  asSheetList,
  HIGHLIGHTED_SHEETS_KEY,
  queueSettingRead,
  queueSettingWrite,
  settingValue,
  type SettingRead,
} from './settings';

/** The highlight fill as Excel's format API wants a colour: `#FFF2CC`. */
export const HIGHLIGHT_FILL = `#${HIGHLIGHT_FILL_RGB}`;

/** The rule's formula as Excel's API wants it, with `=`: `=AND(TRUE,"complaints-report"<>"")`. */
export const HIGHLIGHT_FORMULA = `=${HIGHLIGHT_CONDITION}`;

/** Longest multi-area address given to `getRanges`, well under where Excel starts refusing. */
export const MAX_AREAS_ADDRESS = 2000;

/** The sheets, loaded with what the highlight needs: names, visibility and sheet protection. */
export function queueSheetList(context: Excel.RequestContext): Excel.WorksheetCollection {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/protection/protected');
  return sheets;
}

/** The conditional formats of the sheets that may carry the add-in's rules, queued for a sync. */
export type RuleScan = {
  byName: Map<string, Excel.Worksheet>;
  collections: { name: string; formats: Excel.ConditionalFormatCollection }[];
};

/**
 * Queues a load of every conditional format, with its custom formula, on the sheets the add-in
 * last highlighted plus `extra`; on every sheet when it does not know (nothing stored, or a
 * stored sheet was renamed). One sync, however many rules: `customOrNullObject` (ExcelApi 1.6)
 * loads the formula of custom rules and a null object for the others.
 */
export function queueRuleScan(
  sheets: Excel.WorksheetCollection,
  highlighted: SettingRead,
  extra: readonly string[],
): RuleScan {
  const byName = new Map(sheets.items.map((sheet) => [sheet.name, sheet]));
  const stored = asSheetList(settingValue(highlighted));
  const known = stored.filter((name) => byName.has(name));
  const names =
    stored.length === 0 || known.length < stored.length
      ? [...byName.keys()]
      : [...new Set([...known, ...extra.filter((name) => byName.has(name))])];
  const collections = names.map((name) => {
    const formats = byName.get(name)!.getRange().conditionalFormats;
    formats.load('items/type,items/customOrNullObject/rule/formula');
    return { name, formats };
  });
  return { byName, collections };
}

/** The add-in's own rules among those scanned, once the scan's sync has run. */
export function ownRules(scan: RuleScan): { name: string; format: Excel.ConditionalFormat }[] {
  return scan.collections.flatMap(({ name, formats }) =>
    formats.items
      .filter(
        (format) =>
          format.type === 'Custom' &&
          !format.customOrNullObject.isNullObject &&
          isHighlightFormula(format.customOrNullObject.rule.formula),
      )
      .map((format) => ({ name, format })),
  );
}

/**
 * Throws, before anything is queued, when a sheet that would change (a target, or one carrying
 * the add-in's rules) is protected: Excel would refuse part-way through.
 */
export function checkRuleSheets(
  scan: RuleScan,
  targets: readonly RowTarget[],
  action: HostAction,
): void {
  const touched = new Set([
    ...ownRules(scan).map(({ name }) => name),
    ...targets.map((target) => target.sheet),
  ]);
  for (const name of touched) {
    if (scan.byName.get(name)?.protection.protected) throw protectedSheetError(name, action);
  }
}

function addRules(sheet: Excel.Worksheet, target: RowTarget): void {
  const areas = addressRowTarget(target);
  // One rule per group of runs where Excel has RangeAreas (ExcelApi 1.9), else one per run.
  const owners = isExcelApiSupported('1.9')
    ? chunkAreaAddresses(areas, MAX_AREAS_ADDRESS).map((group) => sheet.getRanges(group.join(',')))
    : areas.map((area) => sheet.getRange(area));
  for (const owner of owners) {
    const rule = owner.conditionalFormats.add('Custom');
    rule.custom.rule.formula = HIGHLIGHT_FORMULA;
    rule.custom.format.fill.color = HIGHLIGHT_FILL;
  }
}

/**
 * Queues the swap: the add-in's old rules deleted, the targets' rules added, and the sheets that
 * now carry them recorded in the workbook settings. Nothing is read; the caller syncs.
 */
export function queueRuleSwap(
  context: Excel.RequestContext,
  scan: RuleScan,
  targets: readonly RowTarget[],
): void {
  for (const { format } of ownRules(scan)) format.delete();
  const highlighted: string[] = [];
  for (const target of targets) {
    if (target.rows.length === 0) continue;
    addRules(scan.byName.get(target.sheet)!, target);
    highlighted.push(target.sheet);
  }
  queueSettingWrite(context, HIGHLIGHTED_SHEETS_KEY, [...new Set(highlighted)]);
}

/**
 * Removes every highlight the add-in made, leaving the user's own conditional formats alone:
 * three syncs (the sheets and what is stored, their rules, the removal).
 */
export function clearHighlights(run: Runner): Promise<void> {
  return run('clear', async (context) => {
    const sheets = queueSheetList(context);
    const highlighted = queueSettingRead(context, HIGHLIGHTED_SHEETS_KEY);
    await context.sync();
    const scan = queueRuleScan(sheets, highlighted, []);
    await context.sync();
    checkRuleSheets(scan, [], 'clear');
    queueRuleSwap(context, scan, []);
    await context.sync();
  });
}
