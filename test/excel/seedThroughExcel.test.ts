/**
 * The seed tracker through the Excel host and the engine together: what Office.js hands over is
 * what the engine expects, the figures come out as the board report had them, and the summary and
 * the overdue highlight land where they should.
 */
import { buildReport } from '../../src/core/buildReport';
import { columnLetters } from '../../src/core/columnLetters';
import { parseIsoDate } from '../../src/core/dates';
import { overdueRowTargets } from '../../src/core/highlight';
import { layoutSummary } from '../../src/core/summaryLayout';
import type { CellValue } from '../../src/core/types';
import { createExcelHost } from '../../src/excel/createExcelHost';
import { HIGHLIGHT_FORMULA } from '../../src/excel/highlight';
import { SEED_EXPECTED, SEED_OPTIONS, seedTrackerSheet } from '../fixtures/seedTracker';
import { installFakeExcel } from './support/fakeExcel';

function seedGrid(): CellValue[][] {
  const sheet = seedTrackerSheet();
  const grid: CellValue[][] = [];
  sheet.values.forEach((row, i) => (grid[sheet.rowNumbers[i] - 1] = row.map((v) => v ?? '')));
  return Array.from(grid, (row) => row ?? []);
}

function day(iso: string): number {
  const parsed = parseIsoDate(iso);
  if (parsed === null) throw new Error(`bad date ${iso}`);
  return parsed;
}

describe('the seed tracker through Excel', () => {
  it('reads, reports, writes the summary and highlights the overdue complaint', async () => {
    const fake = installFakeExcel({ sheets: [{ name: 'Tracker', cells: seedGrid() }] });
    const host = createExcelHost();
    const [sheet] = await host.readTracker({ kind: 'sheet', name: 'Tracker' });
    const built = buildReport(sheet, {
      file: SEED_OPTIONS.file,
      from: day(SEED_OPTIONS.from),
      to: day(SEED_OPTIONS.to),
      asOf: day(SEED_OPTIONS.asOf),
    });
    if (!built.ok) throw new Error(built.message);
    expect(built.report.rows).toEqual(SEED_EXPECTED.rows);
    expect(built.report.all.complaints).toBe(SEED_EXPECTED.all.complaints);
    expect(built.report.all.timescales.overdueReferences).toEqual(
      SEED_EXPECTED.all.timescales.overdueReferences,
    );

    const [target] = overdueRowTargets([sheet], built.complaints);
    expect(target).not.toBeNull();
    await host.writeReport({
      layout: layoutSummary(built.report, '10 March 2022 at 09:00'),
      highlights: [target],
      settings: {},
    });
    expect(fake.grid('Complaints summary')[0][0]).toBe('Complaints summary');
    const ours = fake.rules.filter((r) => r.mock.custom.rule.formula === HIGHLIGHT_FORMULA);
    const overdueRow =
      sheet.rowNumbers[sheet.values.findIndex((row) => row[0] === '623963' || row[0] === 623963)];
    expect(ours).toHaveLength(1);
    const last = columnLetters(target.lastColumn);
    expect(ours[0].address.split(',')).toContain(`A${overdueRow}:${last}${overdueRow}`);
    expect(fake.grid('Tracker')).toEqual(seedGrid());
  });
});
