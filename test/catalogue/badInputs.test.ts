import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildReport } from '../../src/core/buildReport';
import { parseIsoDate } from '../../src/core/dates';
import { renderCatalogue } from '../../scripts/lib/catalogue';
import { run } from '../cli/_helpers/run';
import { BAD_INPUTS, type CliCase, type CoreCase } from './badInputs';

const root = mkdtempSync(join(tmpdir(), 'complaints-catalogue-'));

async function runCli(
  entry: CliCase,
  index: number,
): Promise<{ code: number; err: string; dir: string }> {
  const dir = join(root, String(index));
  mkdirSync(dir);
  for (const [name, content] of Object.entries(entry.files)) {
    if (typeof content === 'object' && 'link' in content)
      symlinkSync(join(dir, content.link), join(dir, name));
    else writeFileSync(join(dir, name), content);
  }
  const result = await run(entry.args.map((arg) => arg.replaceAll('{dir}', dir)));
  return { code: result.code, err: result.err, dir };
}

function coreMessages(entry: CoreCase): string[] {
  const asOf = parseIsoDate(entry.asOf ?? '2022-03-10') as number;
  const from = parseIsoDate('2021-09-01') as number;
  const result = buildReport(entry.sheet, { file: 'tracker.xlsx', from, to: asOf, asOf });
  return result.ok ? result.report.issues.map((i) => i.message) : [result.message];
}

describe('the catalogue of bad inputs: what the officer sees', () => {
  it('holds at least 40 named cases, each named once', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(BAD_INPUTS.map((e) => e.name)).size).toBe(BAD_INPUTS.length);
  });

  const cliCases = BAD_INPUTS.flatMap((e, i) =>
    e.kind === 'cli' ? [[e.name, e, i] as const] : [],
  );
  it.each(cliCases)('refused: %s', async (_, entry, index) => {
    const { code, err, dir } = await runCli(entry, index);
    expect({ code, err }).toEqual({
      code: 2,
      err: `complaints-report: ${entry.message.replaceAll('{dir}', dir)}\n`,
    });
  });

  const coreCases = BAD_INPUTS.flatMap((e) => (e.kind === 'core' ? [[e.name, e] as const] : []));
  it.each(coreCases)('reported: %s', (_, entry) => {
    expect(coreMessages(entry)).toContain(entry.message);
  });

  it('docs/bad-inputs.md is up to date (npx tsx scripts/make-catalogue.ts)', () => {
    const doc = readFileSync(join(__dirname, '../../docs/bad-inputs.md'), 'utf8');
    expect(doc).toBe(renderCatalogue(BAD_INPUTS));
  });
});
