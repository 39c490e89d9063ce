/**
 * The engine's output, written out so a change meant only for speed can be checked byte for byte:
 * `runPipeline` (report, complaints, narrative, summary layout, highlights) on the 100,000-row
 * tracker, the sample tracker and the test fixtures, over several periods, one JSON file each.
 *
 * Usage: npx tsx bench/golden.ts /tmp/golden-before   (then again into another folder, and diff -r)
 * The large tracker is generated into out/ first when missing (as `npm run bench` does).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runPipeline, type PipelineOptions } from '../src/core/pipeline';
import type { PeriodChoice } from '../src/core/settings';
import type { IsoDate, RawSheet } from '../src/core/types';
import { openWorkbook } from '../src/xlsx/readWorkbook';
import { writeLargeTracker } from '../scripts/make-large-tracker';
import { seedTrackerSheet, SEED_OPTIONS } from '../test/fixtures/seedTracker';
import { TWO_YEARS_CHOICES, twoYearsSheets } from '../test/fixtures/twoYears';
import { ROOT } from './_lib/measure';

type Source = { name: string; sheets: RawSheet[]; asOf: IsoDate; custom: [IsoDate, IsoDate] };

const PRESETS: PeriodChoice[] = [
  { kind: 'preset', preset: 'last-6-months' },
  { kind: 'preset', preset: 'last-quarter' },
  { kind: 'preset', preset: 'financial-year' },
];

function readAllSheets(path: string): RawSheet[] {
  const workbook = openWorkbook(new Uint8Array(readFileSync(path)));
  return workbook.sheetNames.map((name) => workbook.readSheet(name));
}

async function sources(): Promise<Source[]> {
  const large = join(ROOT, 'out', 'large-tracker-100000.xlsx');
  if (!existsSync(large)) await writeLargeTracker(large, 100_000);
  return [
    {
      name: 'large',
      sheets: readAllSheets(large).slice(0, 1),
      asOf: '2022-04-30',
      custom: ['2019-07-15', '2021-02-09'],
    },
    {
      name: 'sample',
      sheets: readAllSheets(join(ROOT, 'examples', 'sample-tracker.xlsx')).slice(0, 1),
      asOf: '2022-10-31',
      custom: ['2022-05-01', '2022-10-31'],
    },
    {
      name: 'seed',
      sheets: [seedTrackerSheet()],
      asOf: SEED_OPTIONS.asOf,
      custom: [SEED_OPTIONS.from, SEED_OPTIONS.to],
    },
    {
      name: 'two-years',
      sheets: twoYearsSheets(),
      asOf: TWO_YEARS_CHOICES.asOf,
      custom: [TWO_YEARS_CHOICES.from, TWO_YEARS_CHOICES.to],
    },
  ];
}

function runs(source: Source): [string, PipelineOptions][] {
  const base = { fileName: `${source.name}.xlsx`, asOf: source.asOf, overrides: {}, builtAt: 'x' };
  const [from, to] = source.custom;
  const choices: [string, PeriodChoice][] = [
    ...PRESETS.map((p): [string, PeriodChoice] => [p.kind === 'preset' ? p.preset : '', p]),
    ['custom', { kind: 'custom', from, to }],
  ];
  const all = choices.map(([name, period]): [string, PipelineOptions] => [
    name,
    { ...base, period },
  ]);
  all.push([
    'custom-unreferenced-limits',
    {
      ...base,
      period: { kind: 'custom', from, to },
      references: false,
      limits: { stage1: 5, stage1Extended: 15, stage2: 20, stage2Extended: 30, stage3: 15 },
    },
  ]);
  return all;
}

async function main(): Promise<void> {
  const folder = process.argv[2];
  if (folder === undefined) throw new Error('Usage: npx tsx bench/golden.ts FOLDER');
  mkdirSync(folder, { recursive: true });
  for (const source of await sources()) {
    for (const [name, options] of runs(source)) {
      const outcome = runPipeline(source.sheets, options);
      const file = join(folder, `${source.name}-${name}.json`);
      writeFileSync(file, `${JSON.stringify(outcome, null, 1)}\n`);
      console.log(`Wrote ${file}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
