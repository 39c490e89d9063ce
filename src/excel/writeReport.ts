/**
 * Writes a build's output — summary sheet, highlights, settings — in one request. What the write
 * must know first (the sheets, the workbook's protection, the old summary, the add-in's old rules)
 * is read in two looks that ride on the syncs of the tracker read when the write follows one
 * (see session.ts), or on two syncs of their own when it does not.
 */
import { HostError, type ReportOutput, type ReportWritten } from '../core/port';
import { SUMMARY_SHEET_NAME } from '../core/summaryLayout';
import { measureJsonBytes } from './_lib/payload';
import { isExcelApiSupported } from './_lib/requirements';
import { toHostError } from './errors';
import {
  checkRuleSheets,
  queueRuleScan,
  queueRuleSwap,
  queueSheetList,
  type RuleScan,
} from './highlight';
import type { Runner, Tuning } from './run';
import {
  failedAtSettings,
  HIGHLIGHTED_SHEETS_KEY,
  queueSettingRead,
  queueSettingWrite,
  SETTINGS_KEY,
  type SettingRead,
} from './settings';
import {
  checkSummaryReplaceable,
  queueOldSummary,
  queueSummary,
  removeTemporary,
  temporaryName,
  type OldSummary,
} from './writeSummary';

/** The first look: sheets, workbook protection, what is stored, whether a summary exists. */
export type FirstLook = {
  summaryName: string;
  sheets: Excel.WorksheetCollection;
  /** Null where Excel has no workbook protection API (before ExcelApi 1.7). */
  protection: Excel.WorkbookProtection | null;
  highlighted: SettingRead;
  summary: Excel.Worksheet;
};

/** The second look: the old summary's first cells and the conditional formats of the sheets. */
export type SecondLook = { old: OldSummary | null; scan: RuleScan };

export type Prepared = { first: FirstLook; second: SecondLook };

export function queueFirstLook(
  context: Excel.RequestContext,
  summaryName: string = SUMMARY_SHEET_NAME,
): FirstLook {
  const sheets = queueSheetList(context);
  // Workbook protection arrived in ExcelApi 1.7; before it, Excel's AccessDenied says it.
  const protection = isExcelApiSupported('1.7') ? context.workbook.protection : null;
  protection?.load('protected');
  const highlighted = queueSettingRead(context, HIGHLIGHTED_SHEETS_KEY);
  // isNullObject comes with the sync, without a load of its own.
  const summary = sheets.getItemOrNullObject(summaryName);
  return { summaryName, sheets, protection, highlighted, summary };
}

/** Queues the second look once the first has synced; `sheetNames` will be highlighted. */
export function queueSecondLook(first: FirstLook, sheetNames: readonly string[]): SecondLook {
  const found = first.summary.isNullObject
    ? undefined
    : first.sheets.items.find(
        (sheet) => sheet.name.toLowerCase() === first.summaryName.toLowerCase(),
      );
  const old = found ? queueOldSummary(found, found.visibility) : null;
  return { old, scan: queueRuleScan(first.sheets, first.highlighted, sheetNames) };
}

function checkTargets(prepared: Prepared, output: ReportOutput): void {
  for (const target of output.highlights) {
    if (!prepared.second.scan.byName.has(target.sheet)) {
      throw new HostError(
        'not-found',
        `Excel could not find the sheet "${target.sheet}". It may have been renamed: build again.`,
      );
    }
  }
  checkRuleSheets(prepared.second.scan, output.highlights, 'write');
}

/**
 * Checks everything Excel would refuse, then queues the whole output and syncs once (more only
 * for a summary past the request limit). If Excel refuses anyway, the half-written new summary is
 * removed and the old one is still there. A refusal at the settings, queued last, leaves the
 * report written and is returned rather than thrown.
 */
export async function writePrepared(
  context: Excel.RequestContext,
  prepared: Prepared,
  output: ReportOutput,
  tuning: Tuning,
): Promise<ReportWritten> {
  const { first, second } = prepared;
  checkSummaryReplaceable(output.layout, second.old, first.protection?.protected === true);
  checkTargets(prepared, output);
  const temporary = temporaryName(
    output.layout,
    first.sheets.items.map((sheet) => sheet.name),
  );
  // The summary's slices share the last request with the rules and settings: leave them room.
  const summaryBudget = Math.max(
    tuning.maxPayloadBytes / 4,
    tuning.maxPayloadBytes -
      measureJsonBytes(output.highlights) -
      measureJsonBytes(output.settings),
  );
  try {
    await queueSummary(context, output.layout, second.old, temporary, {
      ...tuning,
      maxPayloadBytes: summaryBudget,
    });
    queueRuleSwap(context, second.scan, output.highlights);
    queueSettingWrite(context, SETTINGS_KEY, output.settings);
    await context.sync();
    return { settingsError: null };
  } catch (error) {
    if (failedAtSettings(error)) return { settingsError: toHostError(error, 'settings') };
    await removeTemporary(context, temporary).catch(() => undefined);
    throw toHostError(error, 'write');
  }
}

/** Prepares and writes in a run of its own: the two looks cost a sync each. */
export function writeReport(
  run: Runner,
  output: ReportOutput,
  tuning: Tuning,
): Promise<ReportWritten> {
  return run('write', async (context) => {
    const first = queueFirstLook(context, output.layout.sheetName);
    await context.sync();
    const second = queueSecondLook(
      first,
      output.highlights.map((target) => target.sheet),
    );
    await context.sync();
    return writePrepared(context, { first, second }, output, tuning);
  });
}
