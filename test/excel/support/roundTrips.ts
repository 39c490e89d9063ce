/**
 * Round trips of one whole build (read, summary, highlight, settings) through the Excel host
 * against the fake workbook: how many syncs, and the largest request and response. Used by the
 * round-trip test and by `bench/excelRoundTrips.ts`.
 */
import type { BuildRequest } from '../../../src/core/runBuild';
import { runBuild } from '../../../src/core/runBuild';
import { createExcelHost } from '../../../src/excel/createExcelHost';
import { HIGHLIGHT_FORMULA } from '../../../src/excel/highlight';
import { SUMMARY_SHEET_NAME } from '../../../src/core/summaryLayout';
import { HIGHLIGHTED_SHEETS_KEY } from '../../../src/excel/settings';
import { layoutGrid } from '../../../src/excel/summaryGrid';
import { installFakeExcel } from './fakeExcel';
import { sampleLayout } from './summaryLayouts';
import { trackerGrid } from './trackerCells';

export type RoundTrips = {
  rows: number;
  syncs: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  /** Rows the build highlighted, to show the highlight was part of the measured build. */
  highlightRules: number;
};

/** A request over the fake tracker's dates (September 2021 on), with open complaints overdue. */
export const ROUND_TRIP_REQUEST: BuildRequest = {
  source: { kind: 'sheet', name: 'Tracker' },
  fileName: 'tracker.xlsx',
  period: { kind: 'custom', from: '2021-09-01', to: '2022-12-31' },
  asOf: '2022-12-31',
  overrides: {},
  builtAt: '31 December 2022',
};

/** Builds once over a tracker of `rows` rows that has been built before (a rebuild). */
export async function measureBuildRoundTrips(rows: number): Promise<RoundTrips> {
  // As an earlier build left the workbook: its summary, its rule, the sheet it recorded.
  const fake = installFakeExcel({
    settings: new Map([[HIGHLIGHTED_SHEETS_KEY, '["Tracker"]']]),
    sheets: [
      {
        name: 'Tracker',
        cells: trackerGrid(rows),
        rules: [{ type: 'Custom', address: 'A2:K2', formula: HIGHLIGHT_FORMULA }],
      },
      { name: SUMMARY_SHEET_NAME, cells: layoutGrid(sampleLayout()).cells },
    ],
  });
  const outcome = await runBuild(createExcelHost(), ROUND_TRIP_REQUEST);
  if (!outcome.ok) throw new Error(outcome.failure.message);
  return {
    rows,
    syncs: fake.log.filter((entry) => entry === 'sync').length,
    largestRequestBytes: Math.max(...fake.requestBytes),
    largestResponseBytes: Math.max(...fake.responseBytes),
    highlightRules: fake.rules.filter(
      (rule) => !rule.deleted && rule.mock.custom.rule.formula === HIGHLIGHT_FORMULA,
    ).length,
  };
}
