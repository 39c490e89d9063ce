import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { pipeWriter } from '../../src/cli/main';
import { parseHeaderRow, UsageError } from '../../src/cli/options';
import type { Report } from '../../src/core/types';
import { SEED_OPTIONS, seedTrackerBuffer } from '../fixtures/seedTracker';
import { run } from './_helpers/run';

const dir = mkdtempSync(join(tmpdir(), 'complaints-options-'));
const tracker = join(dir, 'seed-tracker.xlsx');
const PERIOD = ['--from', SEED_OPTIONS.from, '--to', SEED_OPTIONS.to, '--as-of', SEED_OPTIONS.asOf];

beforeAll(async () => {
  writeFileSync(tracker, await seedTrackerBuffer());
});

describe('--map naming a header the sheet does not have', () => {
  it('is an error naming it, with the columns there are', async () => {
    const result = await run(['build', tracker, ...PERIOD, '--map', 'team=Teem']);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /^complaints-report: --map team=Teem: the header on row 3 of 'Tracker' has no column called 'Teem'\. Its columns are: 'Ref', 'Date received', .*\.\n$/,
    );
  });

  it('is matched ignoring case and punctuation, as headers are', async () => {
    const json = join(dir, 'map.json');
    const result = await run([
      'build',
      tracker,
      ...PERIOD,
      '--map',
      'team=THEMES:',
      '--json',
      json,
    ]);
    expect(result.code).toBe(0);
    expect((JSON.parse(readFileSync(json, 'utf8')) as Report).source.sheets[0].columns.team).toBe(
      'Themes',
    );
  });
});

describe('--header-row N', () => {
  it.each(['0', '-1', '2.5', 'three', '1048577'])('rejects %p', (text) => {
    expect(() => parseHeaderRow(text)).toThrow(
      new UsageError(
        `--header-row '${text}' is not a row number: give the sheet row of the header, e.g. --header-row 3.`,
      ),
    );
  });

  it('takes the sheet row of the header', async () => {
    const json = join(dir, 'header-row.json');
    const result = await run(['build', tracker, ...PERIOD, '--header-row', '3', '--json', json]);
    expect(result.code).toBe(0);
    expect((JSON.parse(readFileSync(json, 'utf8')) as Report).source.sheets[0].headerRow).toBe(3);
  });

  it('a row that is not the header is refused with what to do', async () => {
    const result = await run(['build', tracker, ...PERIOD, '--header-row', '1']);
    expect(result.code).toBe(2);
    expect(result.err).toContain('has no reference and date received column');
  });
});

describe('the .html narrative is a whole document', () => {
  it('with a doctype, UTF-8 and a title', async () => {
    const html = join(dir, 'narrative.html');
    expect((await run(['build', tracker, ...PERIOD, '--narrative', html])).code).toBe(0);
    const text = readFileSync(html, 'utf8');
    expect(
      text.startsWith(
        '<!doctype html>\n<html lang="en-GB">\n<head>\n<meta charset="utf-8">\n<title>',
      ),
    ).toBe(true);
    expect(text).toMatch(/<title>[^<]+<\/title>/);
    expect(text.trimEnd().endsWith('</body>\n</html>')).toBe(true);
  });
});

describe('a closed pipe ends quietly', () => {
  it('stops writing after EPIPE instead of throwing', () => {
    const stream = new PassThrough();
    const written: string[] = [];
    stream.on('data', (chunk: Buffer) => written.push(chunk.toString()));
    const write = pipeWriter(stream);
    write('one');
    stream.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(() => write('two')).not.toThrow();
    expect(written.join('')).toBe('one');
  });

  it('`build … | head -c 40` prints no stack trace', () => {
    const tsx = join(__dirname, '../../node_modules/.bin/tsx');
    const script = join(__dirname, '_helpers/runMain.ts');
    const result = spawnSync(
      'sh',
      ['-c', `"${tsx}" "${script}" build "${tracker}" ${PERIOD.join(' ')} | head -c 40`],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.stdout).toHaveLength(40);
    expect(result.status).toBe(0);
  });
});
