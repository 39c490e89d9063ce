/** `--no-references` and `--wording`: the narrative's published form and the council's words. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { SEED_OPTIONS, seedTrackerBuffer } from '../fixtures/seedTracker';

const dir = mkdtempSync(join(tmpdir(), 'complaints-narrative-'));
const tracker = join(dir, 'seed-tracker.xlsx');
const SEED_PERIOD = [
  '--from',
  SEED_OPTIONS.from,
  '--to',
  SEED_OPTIONS.to,
  '--as-of',
  SEED_OPTIONS.asOf,
];

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io = { out: (text: string) => (out += text), now: () => new Date(2022, 2, 10, 9, 30) };
  const code = await main(args, io, (text) => (err += text));
  return { code, out, err };
}

function wordingFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

beforeAll(async () => {
  writeFileSync(tracker, await seedTrackerBuffer());
});

describe('complaints-report build: the narrative flags', () => {
  it('names the overdue complaints by default', async () => {
    const result = await run(['build', tracker, ...SEED_PERIOD]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('3 are overdue (references 621071, 623963, 624077)');
  });

  it('names no complaint reference with --no-references', async () => {
    const result = await run(['build', tracker, ...SEED_PERIOD, '--no-references']);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Of the 8 complaints still open on 10 March 2022, 3 are overdue.');
    for (const reference of ['621071', '623963', '624077']) {
      expect(result.out).not.toContain(reference);
    }
  });

  it("writes in the council's words with --wording", async () => {
    const file = wordingFile(
      'wording.json',
      '{ "terms": { "childrenInCare": "children looked after", "board": "the Corporate Parenting Board" } }',
    );
    const result = await run(['build', tracker, ...SEED_PERIOD, '--wording', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain('Of these, 14 (19%) concerned children looked after.');
    expect(result.out).toContain('623963 (child looked after)');
    expect(result.out).toContain('Complaints report to the Corporate Parenting Board:');
    expect(result.out).not.toMatch(/children in care|child in care/);
  });

  it.each([
    [
      'an unknown key',
      '{\n  "terms": {\n    "childrenInCar": "x"\n  }\n}',
      /line 3: "terms.childrenInCar" is not a known key/,
    ],
    ['bad JSON', '{\n  "terms": {\n    "board": "x",\n  }\n}', /line 4, column 3: not valid JSON/],
    ['a wrong type', '{\n  "terms": { "board": 3 }\n}', /line 2: "terms.board" must be text/],
  ])('exits 2 naming the key and line for %s', async (_, text, message) => {
    const file = wordingFile('bad.json', text);
    const result = await run(['build', tracker, ...SEED_PERIOD, '--wording', file]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toContain(`--wording ${file}`);
    expect(result.out).toBe('');
  });

  it('exits 2 when the wording file is not there', async () => {
    const result = await run([
      'build',
      tracker,
      ...SEED_PERIOD,
      '--wording',
      join(dir, 'none.json'),
    ]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Cannot read .*none\.json.*no such file/);
  });
});
