/**
 * `npm run bench`: figures side by side as ratios, never a pass/fail test.
 * 1. Reading a 100,000-row tracker: our reader and the whole CLI build against pandas + openpyxl.
 * 2. The engine against the floor DESIGN.md sets it: JSON.parse of the same grid.
 * 3. Writing the report workbook (--out, exceljs) against reading the tracker.
 * Usage: npm run bench [-- ROWS]   (default 100000; the tracker is generated once into out/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../src/core/buildReport';
import { parseIsoDate } from '../src/core/dates';
import { layoutSummary } from '../src/core/summaryLayout';
import { overdueRowTarget } from '../src/core/highlight';
import { openWorkbook } from '../src/xlsx/readWorkbook';
import { writeReportWorkbook } from '../src/xlsx/writeReportWorkbook';
import { writeLargeTracker } from '../scripts/make-large-tracker';

const ROOT = join(__dirname, '..');
const PYTHON = '/usr/bin/python3';

type Figure = { name: string; seconds: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(runs: number, work: () => void): number {
  const seconds: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = process.hrtime.bigint();
    work();
    seconds.push(Number(process.hrtime.bigint() - start) / 1e9);
  }
  return median(seconds);
}

function timeProcess(runs: number, command: string, args: string[]): number | null {
  let failed = false;
  const seconds = time(runs, () => {
    const result = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    if (result.status !== 0) failed = true;
  });
  return failed ? null : seconds;
}

function printTable(title: string, figures: Figure[]): void {
  const base = figures[0].seconds;
  console.log(`\n${title}`);
  for (const f of figures) {
    const ratio = f.seconds / base;
    console.log(
      `  ${f.name.padEnd(44)} ${f.seconds.toFixed(3).padStart(8)} s   ${ratio.toFixed(2).padStart(6)}×`,
    );
  }
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2] ?? 100000);
  const file = join(ROOT, 'out', `large-tracker-${rows}.xlsx`);
  if (!existsSync(file)) {
    mkdirSync(join(ROOT, 'out'), { recursive: true });
    console.log(`Generating ${file} …`);
    await writeLargeTracker(file, rows);
  }
  const data = new Uint8Array(readFileSync(file));
  console.log(
    `Tracker: ${rows} rows, ${(data.length / 1e6).toFixed(1)} MB .xlsx; medians of 3 runs.`,
  );

  const read: Figure[] = [];
  read.push({
    name: 'our reader (fflate + saxes), in process',
    seconds: time(3, () => {
      const workbook = openWorkbook(data);
      workbook.readSheet(workbook.sheetNames[0]);
    }),
  });
  const cli = timeProcess(3, process.execPath, [
    'bin/complaints-report.js',
    'build',
    file,
    '--from',
    '2021-04-01',
    '--to',
    '2022-03-31',
    '--as-of',
    '2022-04-30',
    '--json',
    join(ROOT, 'out', 'bench-report.json'),
  ]);
  if (cli !== null) read.push({ name: 'complaints-report build, whole process', seconds: cli });
  const pandas = timeProcess(3, PYTHON, [
    '-c',
    `import pandas; pandas.read_excel(${JSON.stringify(file)}, engine='openpyxl', header=2)`,
  ]);
  if (pandas !== null)
    read.push({ name: 'pandas + openpyxl read_excel, whole process', seconds: pandas });
  else
    console.log(
      '  (pandas + openpyxl not available: apt-get install -y python3-pandas python3-openpyxl)',
    );
  printTable('Reading the tracker (ratio to our reader)', read);

  const workbook = openWorkbook(data);
  const sheet = workbook.readSheet(workbook.sheetNames[0]);
  const json = JSON.stringify(sheet);
  const day = (iso: string): number => parseIsoDate(iso) ?? 0;
  const options = {
    file: 'large.xlsx',
    from: day('2021-04-01'),
    to: day('2022-03-31'),
    asOf: day('2022-04-30'),
  };
  printTable('The engine against receiving the grid (ratio to JSON.parse)', [
    { name: 'JSON.parse of the grid', seconds: time(5, () => void JSON.parse(json)) },
    {
      name: 'buildReport (map, parse, validate, fold, summarise)',
      seconds: time(5, () => void buildReport(sheet, options)),
    },
  ]);

  const built = buildReport(sheet, options);
  if (!built.ok) throw new Error(built.message);
  const args = {
    layout: layoutSummary(built.report, 'for the benchmark'),
    highlights: [overdueRowTarget(sheet, built.complaints)].flatMap((t) => (t ? [t] : [])),
  };
  const start = process.hrtime.bigint();
  await writeReportWorkbook(data, args);
  const writeSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  printTable('Writing the report workbook (ratio to our reader)', [
    read[0],
    { name: 'writeReportWorkbook (exceljs load + save), one run', seconds: writeSeconds },
  ]);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
