/**
 * Generated trackers through the whole engine. Invariants for every case: no exception from
 * `buildReport` or `buildNarrative`; every row accounted for, with the blank rows counted here
 * independently; every breakdown reconciles; no "NaN", "undefined" or "null" in any rendering; issue
 * messages stay short; a date written any accepted way reads back as itself.
 *
 * `FUZZ_RUNS=n` multiplies the runs (`npm run fuzz` runs ten times as many); `FUZZ_SEED` replays one.
 */
import fc from 'fast-check';
import { buildReport } from '../../../src/core/buildReport';
import { toIsoDate, parseIsoDate } from '../../../src/core/dates';
import {
  buildNarrative,
  renderHtml,
  renderMarkdown,
  renderText,
} from '../../../src/core/narrative';
import { parseTrackerDate } from '../../../src/core/parse/parseTrackerDate';
import { findDiscrepancies } from '../../../src/core/reconcile';
import type { CellValue, RawSheet } from '../../../src/core/types';
import type { ColumnMapping } from '../../../src/core/mapping';
import { dayArb, trackerArb, writeDay } from './arbitraries';

const SCALE = Number(process.env.FUZZ_RUNS ?? '1');
const SEED = process.env.FUZZ_SEED === undefined ? {} : { seed: Number(process.env.FUZZ_SEED) };

/** Runs per property in the normal test run: together at least 10,000 cases. */
const RUNS = { trackers: 7_000, dates: 3_000, rangeDates: 1_000 };

const runs = (n: number): fc.Parameters<unknown> => ({ numRuns: Math.round(n * SCALE), ...SEED });

function isEmpty(value: CellValue | undefined): boolean {
  return (
    value === null || value === undefined || (typeof value === 'string' && value.trim() === '')
  );
}

/** Blank rows below the header, counted from the grid alone: rows not handed over, or empty where mapped. */
function countBlank(sheet: RawSheet, headerIndex: number, columns: ColumnMapping): number {
  const mapped = Object.values(columns);
  let blank = 0;
  for (let i = headerIndex + 1; i < sheet.values.length; i += 1) {
    blank += sheet.rowNumbers[i] - sheet.rowNumbers[i - 1] - 1;
    if (mapped.every((column) => isEmpty(sheet.values[i][column]))) blank += 1;
  }
  return blank;
}

const BROKEN = /\bNaN\b|\bundefined\b|\bnull\b/;

describe('fuzz: generated trackers through the whole engine', () => {
  it('never throws, accounts for every row, reconciles, and writes no broken words', () => {
    fc.assert(
      fc.property(trackerArb, dayArb, fc.nat(400), fc.nat(200), ({ sheet }, from, length, lag) => {
        const to = from + length;
        const result = buildReport(sheet, { file: 't.xlsx', from, to, asOf: to + lag - 100 });
        if (!result.ok) {
          expect(result.message).not.toMatch(BROKEN);
          return;
        }
        const { report, complaints, header } = result;
        const { read, ...parts } = report.rows;
        expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(read);
        expect(report.rows.blank).toBe(countBlank(sheet, header.index, header.columns));
        expect(findDiscrepancies('all', report.all)).toEqual([]);
        if (report.childrenInCare) {
          expect(findDiscrepancies('cic', report.childrenInCare)).toEqual([]);
        }
        for (const issue of report.issues) {
          expect(issue.message.length).toBeLessThan(400);
          expect(issue.message).not.toMatch(BROKEN);
        }
        const narrative = buildNarrative(report, complaints);
        for (const text of [
          renderText(narrative),
          renderMarkdown(narrative),
          renderHtml(narrative),
        ]) {
          expect(text).not.toMatch(BROKEN);
        }
      }),
      runs(RUNS.trackers),
    );
  });
});

describe('fuzz: parse-then-format of a date round-trips', () => {
  it('every accepted way of writing a day reads back as that day', () => {
    fc.assert(
      fc.property(dayArb, fc.nat(7), (day, form) => {
        const parsed = parseTrackerDate(writeDay(day, form), false);
        expect(parsed).toEqual({ ok: true, value: day });
        expect(parseIsoDate(toIsoDate(day))).toBe(day);
      }),
      runs(RUNS.dates),
    );
  });

  it('across the whole 1990–2100 range, in the forms with a four-digit year', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 7305, max: 47846 }),
        fc.constantFrom(0, 1, 2, 4, 5),
        (day, form) => {
          expect(parseTrackerDate(writeDay(day, form), false)).toEqual({ ok: true, value: day });
        },
      ),
      runs(RUNS.rangeDates),
    );
  });
});
