/**
 * The benchmark's sections, each a function that measures and prints one comparison and returns
 * its figures for out/bench.json. Add a section by adding a function to `SECTIONS` (the Excel
 * round trips at 5,000 / 30,000 / 100,000 rows from the counting mock go in `excelRoundTrips`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { unzipAndScan } from './floor';
import {
  printTable,
  ROOT,
  timeInProcess,
  timeProcess,
  timeSideBySide,
  type Figure,
} from './measure';

/** What every section gets: the tracker file and its bytes. */
export type BenchContext = { file: string; data: Uint8Array; rows: number };
export type SectionResult = { title: string; figures: Figure[]; notes: string[] };
export type Section = (context: BenchContext) => SectionResult;

const PYTHON = '/usr/bin/python3';
const PERIOD = ['--from', '2021-04-01', '--to', '2022-03-31', '--as-of', '2022-04-30'];
const RUNS = 3;

// The product as the CLI runs it: the compiled modules (npm run bench builds them first).
/* eslint-disable @typescript-eslint/no-require-imports -- loaded at run time from dist-node */
const dist = (path: string): unknown => require(join(ROOT, 'dist-node', path));
type Reader = typeof import('../../src/xlsx/readWorkbook');
type Engine = typeof import('../../src/core/buildReport');
type Dates = typeof import('../../src/core/dates');
type Narrative = typeof import('../../src/core/narrative');
/* eslint-enable @typescript-eslint/no-require-imports */

// Preloaded into each measured CLI run: it reports its own peak resident memory on exit.
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nPEAK_KIB '+process.resourceUsage().maxRSS+'\\n'))`;
const cli = (...args: string[]): string[] => [
  '--import',
  PEAK,
  'bin/complaints-report.js',
  'build',
  ...args,
];

function versusPandas({ file }: BenchContext): SectionResult {
  const title = 'The whole CLI against pandas + openpyxl (whole processes; ratio to the CLI)';
  const json = join(ROOT, 'out', 'bench-report.json');
  const ours = timeProcess(
    'complaints-report build --json',
    RUNS,
    process.execPath,
    cli(file, ...PERIOD, '--json', json),
  );
  const figures = ours ? [ours] : [];
  const notes: string[] = [];
  const peer = existsSync(PYTHON)
    ? timeProcess('pandas + openpyxl (read, filter, count)', RUNS, PYTHON, [
        'bench/_lib/pandasPeer.py',
        file,
      ])
    : null;
  if (peer) figures.push(peer);
  else
    notes.push(
      'pandas + openpyxl not available: apt-get install -y python3-pandas python3-openpyxl',
    );
  return { title, figures, notes };
}

function readerVersusFloor({ data }: BenchContext): SectionResult {
  const { openWorkbook } = dist('xlsx/readWorkbook.js') as Reader;
  const floor = timeInProcess('floor: fflate unzip + scan every byte of the sheet', RUNS, () =>
    unzipAndScan(data, 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml'),
  );
  const reader = timeInProcess('our reader: openWorkbook + readSheet', RUNS, () => {
    const workbook = openWorkbook(data);
    return workbook.readSheet(workbook.sheetNames[0]);
  });
  return {
    title: 'The reader against the unzip-and-scan floor (in process; ratio to the floor)',
    figures: [floor, reader],
    notes: [],
  };
}

function outVersusJson({ file }: BenchContext): SectionResult {
  const out = join(ROOT, 'out');
  const json = timeProcess(
    'build --json',
    RUNS,
    process.execPath,
    cli(file, ...PERIOD, '--json', join(out, 'bench-report.json')),
  );
  const copy = timeProcess(
    'build --json --out (the report copy)',
    RUNS,
    process.execPath,
    cli(
      file,
      ...PERIOD,
      '--json',
      join(out, 'bench-report.json'),
      '--out',
      join(out, 'bench-report.xlsx'),
    ),
  );
  return {
    title: 'Writing the report copy (whole processes; ratio to --json alone)',
    figures: [json, copy].filter((f): f is Figure => f !== null),
    notes: [],
  };
}

function engineVersusJsonParse({ data }: BenchContext): SectionResult {
  const { openWorkbook } = dist('xlsx/readWorkbook.js') as Reader;
  const { buildReport } = dist('core/buildReport.js') as Engine;
  const { buildNarrative } = dist('core/narrative/index.js') as Narrative;
  const { parseIsoDate } = dist('core/dates.js') as Dates;
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
  return {
    title: 'The engine against receiving the grid (in process; ratio to JSON.parse)',
    figures: timeSideBySide(9, [
      ['JSON.parse of the grid', () => JSON.parse(json) as unknown],
      ['buildReport (map, parse, validate, fold, summarise)', () => buildReport(sheet, options)],
      [
        'buildReport + buildNarrative (grid to Report and narrative)',
        () => {
          const built = buildReport(sheet, options);
          if (built.ok) buildNarrative(built.report, built.complaints);
        },
      ],
    ]),
    notes: ['Medians of 9 rounds after a warm-up, the three timed in turn in each round.'],
  };
}

function taskPaneSize(): SectionResult {
  const title = 'The task pane bundle (gzipped JavaScript)';
  const folder = join(ROOT, 'dist');
  if (!existsSync(folder))
    return { title, figures: [], notes: ['dist/ not built: run npm run build first.'] };
  const files = readdirSync(folder, { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.js'));
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(folder, f))).length, 0);
  return {
    title,
    figures: [],
    notes: [`${(bytes / 1024).toFixed(0)} KB gzipped across ${files.length} files (goal ≤ 250 KB)`],
  };
}

/**
 * Excel round trips of a whole Build (syncs, largest request and response) at 5,000 / 30,000 /
 * 100,000 rows, from the counting office-addin-mock in bench/excelRoundTrips.ts, run as its own
 * process because the mock installs globals.
 */
function excelRoundTrips(): SectionResult {
  const title =
    'Excel round trips of one Build (counting mock; goal ≤ 3 syncs at 5,000 rows, ≤ 8 at 100,000)';
  const run = spawnSync('npx', ['tsx', join(ROOT, 'bench/excelRoundTrips.ts')], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (run.status !== 0)
    return { title, figures: [], notes: [`Not measured: ${run.stderr.trim()}`] };
  const lines = run.stdout.trim().split('\n').slice(1);
  return { title, figures: [], notes: lines };
}

export const SECTIONS: Section[] = [
  versusPandas,
  readerVersusFloor,
  outVersusJson,
  engineVersusJsonParse,
  taskPaneSize,
  excelRoundTrips,
];

/** Runs a section and prints it. */
export function runSection(section: Section, context: BenchContext): SectionResult {
  const result = section(context);
  if (result.figures.length > 0) printTable(result.title, result.figures);
  else console.log(`\n${result.title}`);
  for (const note of result.notes) console.log(`  ${note}`);
  return result;
}
