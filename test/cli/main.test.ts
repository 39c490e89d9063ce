import { spawnSync } from 'node:child_process';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import type { Report } from '../../src/core/types';
import { openWorkbook } from '../../src/xlsx/readWorkbook';
import { SEED_EXPECTED, SEED_OPTIONS, seedTrackerBuffer } from '../fixtures/seedTracker';

const dir = mkdtempSync(join(tmpdir(), 'complaints-cli-'));
const tracker = join(dir, 'seed-tracker.xlsx');
const SEED_PERIOD = [
  '--from',
  SEED_OPTIONS.from,
  '--to',
  SEED_OPTIONS.to,
  '--as-of',
  SEED_OPTIONS.asOf,
];

type Run = { code: number; out: string; err: string };

async function run(args: string[], now = new Date(2022, 2, 10, 9, 30)): Promise<Run> {
  let out = '';
  let err = '';
  const code = await main(
    args,
    { out: (text) => (out += text), now: () => now },
    (text) => (err += text),
  );
  return { code, out, err };
}

beforeAll(async () => {
  writeFileSync(tracker, await seedTrackerBuffer());
});

describe('complaints-report build', () => {
  it('writes the Report JSON with the seed board figures', async () => {
    const json = join(dir, 'report.json');
    const result = await run(['build', tracker, ...SEED_PERIOD, '--json', json]);
    expect(result).toEqual(expect.objectContaining({ code: 0, err: '' }));
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.schemaVersion).toBe(2);
    expect(report.source).toEqual({
      file: 'seed-tracker.xlsx',
      sheets: [{ sheet: SEED_EXPECTED.sheet, headerRow: 3, columns: SEED_EXPECTED.columns }],
    });
    expect(report.rows).toEqual(SEED_EXPECTED.rows);
    expect(report.all).toMatchObject(SEED_EXPECTED.all);
    expect(report.childrenInCare).toMatchObject(SEED_EXPECTED.childrenInCare);
    expect(result.out).toContain('72 complaints');
    expect(result.out).toContain(`Wrote ${json}.`);
  });

  it('prints the narrative and the issues when no output is named', async () => {
    const result = await run(['build', tracker, ...SEED_PERIOD]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      'Between September 2021 and February 2022, 72 complaints were received.',
    );
    expect(result.out).toContain('Issues: 2 errors,');
    expect(result.out).toMatch(/error {4}Row 63: date received 'TBC' is not a real date/);
  });

  it('defaults to the last six whole months before today, as of today', async () => {
    const json = join(dir, 'default.json');
    await run(['build', tracker, '--json', json], new Date(2022, 2, 10, 23, 59));
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.period).toEqual({
      from: '2021-09-01',
      to: '2022-02-28',
      asOf: '2022-03-10',
      covered: true,
      toDate: false,
    });
  });

  it.each([
    // The seed tracker runs August 2021 to March 2022: it covers the quarter, not 2020/21.
    ['last-quarter', { from: '2021-10-01', to: '2021-12-31', covered: true }],
    ['financial-year', { from: '2020-04-01', to: '2021-03-31', covered: false }],
  ])('takes --period %s', async (preset, period) => {
    const json = join(dir, `${preset}.json`);
    await run(['build', tracker, '--period', preset, '--as-of', '2022-03-10', '--json', json]);
    expect(JSON.parse(readFileSync(json, 'utf8')).period).toEqual({
      ...period,
      asOf: '2022-03-10',
      toDate: false,
    });
  });

  it('takes column choices with --map, and drops a column with field=', async () => {
    const json = join(dir, 'mapped.json');
    const result = await run([
      'build',
      tracker,
      ...SEED_PERIOD,
      '--json',
      json,
      '--map',
      'team=Themes',
      '--map',
      'theme=',
    ]);
    expect(result.code).toBe(0);
    const report = JSON.parse(readFileSync(json, 'utf8')) as Report;
    expect(report.source.sheets[0].columns.team).toBe('Themes');
    expect(report.source.sheets[0].columns.theme).toBeUndefined();
    expect(report.all.themes).toBeNull();
  });

  it('takes working-day limits where a council policy differs', async () => {
    const strict = join(dir, 'strict.json');
    const lenient = join(dir, 'lenient.json');
    await run(['build', tracker, ...SEED_PERIOD, '--json', strict, '--limits', 'stage1=5']);
    await run([
      'build',
      tracker,
      ...SEED_PERIOD,
      '--json',
      lenient,
      '--limits',
      'stage1=30,stage1-extended=40',
    ]);
    const late = (file: string): number =>
      (JSON.parse(readFileSync(file, 'utf8')) as Report).all.timescales.closedLate;
    expect(late(strict)).toBeGreaterThan(SEED_EXPECTED.all.timescales.closedLate);
    expect(late(lenient)).toBe(0);
  });

  it.each([
    ['.md', '## Outcomes'],
    ['.html', '<h3>Outcomes</h3>'],
    ['.txt', '\nOutcomes\n'],
  ])('writes the narrative as %s', async (ext, marker) => {
    const file = join(dir, `narrative${ext}`);
    expect((await run(['build', tracker, ...SEED_PERIOD, '--narrative', file])).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain(marker);
  });

  it("keeps the tracker's charts in the report copy, without a warning", async () => {
    const withChart = join(dir, 'with-chart.xlsx');
    const parts = unzipSync(readFileSync(tracker));
    parts['xl/charts/chart1.xml'] = strToU8('<c:chartSpace/>');
    writeFileSync(withChart, zipSync(parts));
    const copy = join(dir, 'chart.xlsx');
    const result = await run(['build', withChart, ...SEED_PERIOD, '--out', copy]);
    expect(result.code).toBe(0);
    expect(result.out).not.toContain('does not keep');
    expect(unzipSync(readFileSync(copy))['xl/charts/chart1.xml']).toEqual(
      strToU8('<c:chartSpace/>'),
    );
  });

  it('writes the workbook with a summary sheet and the tracker unchanged', async () => {
    const out = join(dir, 'report.xlsx');
    expect((await run(['build', tracker, ...SEED_PERIOD, '--out', out])).code).toBe(0);
    const before = openWorkbook(readFileSync(tracker));
    const after = openWorkbook(readFileSync(out));
    expect(after.sheetNames).toEqual([...before.sheetNames, 'Complaints summary']);
    expect(after.readSheet('Tracker').values).toEqual(before.readSheet('Tracker').values);
  });
});

describe('complaints-report build: bad usage and unusable inputs exit 2 with a message', () => {
  const notXlsx = join(dir, 'tracker.csv');
  beforeAll(() => writeFileSync(notXlsx, 'Ref,Date received\n1,01/09/2021\n'));

  it.each([
    ['no tracker named', ['build'], /missing required argument/],
    [
      '--from without --to',
      ['build', tracker, '--from', '2021-09-01'],
      /--from and --to go together/,
    ],
    [
      'a day-first --from',
      ['build', tracker, '--from', '01/09/2021', '--to', '2022-02-28'],
      /--from '01\/09\/2021' is not a date: write it as YYYY-MM-DD/,
    ],
    [
      '--to before --from',
      ['build', tracker, '--from', '2022-02-28', '--to', '2021-09-01'],
      /is before --from/,
    ],
    [
      'dates and a preset',
      ['build', tracker, '--from', '2021-09-01', '--to', '2022-02-28', '--period', 'last-quarter'],
      /either --from and --to, or --period/,
    ],
    [
      'an unknown preset',
      ['build', tracker, '--period', 'last-year'],
      /Allowed choices are last-6-months, last-quarter, financial-year/,
    ],
    ['--as-of in words', ['build', tracker, '--as-of', 'today'], /--as-of 'today' is not a date/],
    [
      'a missing file',
      ['build', join(dir, 'missing.xlsx')],
      /Cannot read '.*missing\.xlsx': there is no such file/,
    ],
    ['a file that is not .xlsx', ['build', notXlsx], /not an Excel workbook \(\.xlsx\)/i],
    [
      'a sheet that is not there',
      ['build', tracker, '--sheet', 'Complaints'],
      /Complaints.*Tracker|Tracker.*Complaints/,
    ],
    [
      'an unknown limit',
      ['build', tracker, '--limits', 'stage4=10'],
      /--limits 'stage4=10' is not understood/,
    ],
    [
      'a limit that is not a whole number',
      ['build', tracker, '--limits', 'stage1=1.5'],
      /whole number of working days from 1 to 250/,
    ],
    [
      'an unknown field to map',
      ['build', tracker, '--map', 'date=Date received'],
      /--map 'date=Date received' is not understood/,
    ],
    ['an unknown command', ['frobnicate'], /unknown command/],
  ] as [string, string[], RegExp][])('%s', async (_label, args, message) => {
    const result = await run(args);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.out).toBe('');
  });
});

describe('the package bin', () => {
  it('runs from the repository root as complaints-report', () => {
    const bin = join(__dirname, '../../bin/complaints-report.js');
    const result = spawnSync(process.execPath, [bin, 'build', tracker, ...SEED_PERIOD], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('72 complaints were received');
  });
});
