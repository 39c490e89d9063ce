/**
 * Highlighting without touching the tracker: a conditional format (a custom rule that is always
 * true) over the rows, so no cell value or user format changes, and removing it restores the sheet
 * exactly. The rule's formula carries a marker, so clearing finds only the add-in's own rules.
 */
import { HIGHLIGHT_CONDITION, HIGHLIGHT_FILL_RGB, isHighlightFormula } from '../core/highlight';
import type { RowTarget } from '../core/port';
import { HostError } from '../core/port';
import { addressRowTarget, chunkAreaAddresses } from './_lib/addresses';
import { isExcelApiSupported } from './_lib/requirements';
import { protectedSheetError, type HostAction } from './errors';
import type { Runner } from './run';
import { readHighlightedSheets, writeHighlightedSheets } from './settings';

/** The highlight fill as Excel's format API wants a colour: `#FFF2CC`. */
export const HIGHLIGHT_FILL = `#${HIGHLIGHT_FILL_RGB}`;

/** The rule's formula as Excel's API wants it, with `=`: `=AND(TRUE,"complaints-report"<>"")`. */
export const HIGHLIGHT_FORMULA = `=${HIGHLIGHT_CONDITION}`;

/** Longest multi-area address given to `getRanges`, well under where Excel starts refusing. */
export const MAX_AREAS_ADDRESS = 2000;

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
 * Removes the add-in's rules from the sheets it highlighted before (all sheets when it does not
 * know which, e.g. they were renamed), then adds `target`'s rules. Four syncs at most, whatever
 * the number of rows or sheets. Returns the sheets left highlighted.
 */
async function replaceRules(
  context: Excel.RequestContext,
  target: RowTarget | null,
  action: HostAction,
): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/protection/protected');
  await context.sync();
  const byName = new Map(sheets.items.map((sheet) => [sheet.name, sheet]));
  if (target && !byName.has(target.sheet)) {
    throw new HostError(
      'not-found',
      `Excel could not find the sheet "${target.sheet}". It may have been renamed: build again.`,
    );
  }
  const stored = readHighlightedSheets();
  const known = stored.filter((name) => byName.has(name));
  const scanned = stored.length === 0 || known.length < stored.length ? [...byName.keys()] : known;
  const names = [...new Set(target ? [...scanned, target.sheet] : scanned)];
  const collections = names.map((name) => {
    const formats = byName.get(name)!.getRange().conditionalFormats;
    formats.load('items/type');
    return { name, formats };
  });
  await context.sync();
  const custom = collections.flatMap(({ name, formats }) =>
    formats.items
      .filter((format) => format.type === 'Custom')
      .map((format) => {
        const rule = format.custom.rule;
        rule.load('formula');
        return { name, format, rule };
      }),
  );
  if (custom.length > 0) await context.sync();
  const own = custom.filter(({ rule }) => isHighlightFormula(rule.formula));
  const touched = new Set([...own.map(({ name }) => name), ...(target ? [target.sheet] : [])]);
  for (const name of touched) {
    if (byName.get(name)!.protection.protected) throw protectedSheetError(name, action);
  }
  for (const { format } of own) format.delete();
  const adding = target !== null && target.rows.length > 0;
  if (adding) addRules(byName.get(target.sheet)!, target);
  if (own.length > 0 || adding) await context.sync();
  return adding ? [target.sheet] : [];
}

/** Highlights `target`'s rows, replacing any highlight the add-in made before, on any sheet. */
export async function highlightRows(run: Runner, target: RowTarget): Promise<void> {
  const highlighted = await run('highlight', (context) =>
    replaceRules(context, target, 'highlight'),
  );
  await writeHighlightedSheets(highlighted);
}

/** Removes every highlight the add-in made, leaving the user's own conditional formats alone. */
export async function clearHighlights(run: Runner): Promise<void> {
  await run('clear', (context) => replaceRules(context, null, 'clear'));
  await writeHighlightedSheets([]);
}
