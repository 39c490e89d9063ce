import { randomUUID } from 'node:crypto';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { isCaseInsensitive, prepareOutputs } from '../../src/cli/outputFiles';
import { UsageError } from '../../src/cli/options';
import { SEED_OPTIONS, seedTrackerBuffer } from '../fixtures/seedTracker';
import { run } from './_helpers/run';

const dir = mkdtempSync(join(tmpdir(), 'complaints-out-'));
const tracker = join(dir, 'tracker.xlsx');
const PERIOD = ['--from', SEED_OPTIONS.from, '--to', SEED_OPTIONS.to, '--as-of', SEED_OPTIONS.asOf];
let original: Buffer;

beforeAll(async () => {
  writeFileSync(tracker, await seedTrackerBuffer());
  original = readFileSync(tracker);
});

afterEach(() => {
  // Whatever a test did, the tracker is as it was.
  expect(readFileSync(tracker).equals(original)).toBe(true);
});

const isRoot = process.getuid?.() === 0;

describe('the tracker is never written', () => {
  it.each(['--json', '--narrative', '--out'])('%s naming the tracker is refused', async (flag) => {
    const result = await run(['build', tracker, ...PERIOD, flag, tracker]);
    expect(result).toEqual({
      code: 2,
      out: '',
      err: `complaints-report: ${flag} '${tracker}' is the tracker itself: the tracker is never written. Name another file for the output.\n`,
    });
  });

  it.each<[string, () => string]>([
    [
      'a relative path with dots',
      () => relative(process.cwd(), join(dir, '.', 'sub', '..', 'tracker.xlsx')),
    ],
    [
      'a symlink to the tracker',
      () => {
        const link = join(dir, `link-${randomUUID()}.xlsx`);
        symlinkSync(tracker, link);
        return link;
      },
    ],
    [
      'a hard link to the tracker',
      () => {
        const link = join(dir, `hard-${randomUUID()}.xlsx`);
        linkSync(tracker, link);
        return link;
      },
    ],
    [
      'a path through a linked folder',
      () => {
        const folder = join(dir, `folder-${randomUUID()}`);
        symlinkSync(dir, folder);
        return join(folder, 'tracker.xlsx');
      },
    ],
  ])('%s is the tracker', async (_, makePath) => {
    mkdirSync(join(dir, 'sub'), { recursive: true });
    const path = makePath();
    const result = await run(['build', tracker, ...PERIOD, '--out', path]);
    expect(result.code).toBe(2);
    expect(result.err).toContain('is the tracker itself: the tracker is never written.');
  });

  it('the case of the name is ignored where the file system ignores it (detected)', async () => {
    const folds = await isCaseInsensitive(tracker);
    const upper = join(dir, 'TRACKER.XLSX');
    const result = await run(['build', tracker, ...PERIOD, '--json', upper]);
    if (folds) {
      expect(result.code).toBe(2);
      expect(result.err).toContain('is the tracker itself');
    } else {
      // A case-sensitive file system (Linux): TRACKER.XLSX is another file.
      expect(result.code).toBe(0);
      rmSync(upper);
    }
  });

  it('detects a case-sensitive file system from the file itself', async () => {
    const probe = join(dir, 'probe-Ab.txt');
    writeFileSync(probe, 'x');
    const expected = (() => {
      try {
        return readFileSync(join(dir, 'PROBE-aB.TXT'), 'utf8') === 'x';
      } catch {
        return false;
      }
    })();
    expect(await isCaseInsensitive(probe)).toBe(expected);
    expect(await isCaseInsensitive(join(dir, '..', relative(join(dir, '..'), probe)))).toBe(
      expected,
    );
  });
});

describe('outputs that cannot be written are refused at once, naming the path and why', () => {
  const notXlsx = join(dir, 'not-a-workbook.xlsx');
  beforeAll(() => writeFileSync(notXlsx, 'Ref,Date received\n'));

  it.each<[string, () => string, string]>([
    [
      'a folder',
      () => dir,
      `--json '${dir}' cannot be written: it is a folder; name a file inside it.`,
    ],
    [
      'a device',
      () => '/dev/null',
      "--json '/dev/null' cannot be written: it is in /dev, a view of the running system, not a folder for files.",
    ],
    [
      'a file in /proc',
      () => '/proc/self/status',
      "--json '/proc/self/status' cannot be written: it is in /proc, a view of the running system, not a folder for files.",
    ],
    [
      'a path through a file',
      () => join(tracker, 'report.json'),
      `--json '${join(tracker, 'report.json')}' cannot be written: part of the path is a file, not a folder.`,
    ],
    [
      'a broken link',
      () => {
        const link = join(dir, `broken-${randomUUID()}.json`);
        symlinkSync(join(dir, 'nowhere', 'x.json'), link);
        return link;
      },
      'cannot be written: it is a link to a file that does not exist.',
    ],
  ])('%s, before the tracker is even opened', async (_, makePath, message) => {
    // The tracker is not a workbook: the output's refusal proves it is checked first.
    const result = await run(['build', notXlsx, ...PERIOD, '--json', makePath()]);
    expect(result.code).toBe(2);
    expect(result.err).toContain(message);
    expect(result.err).not.toMatch(/ at |unexpected failure/);
  });

  (isRoot ? it.skip : it)(
    'a read-only folder (skipped as root, who may write anywhere)',
    async () => {
      const locked = join(dir, 'locked');
      mkdirSync(locked, { recursive: true });
      chmodSync(locked, 0o555);
      const result = await run(['build', tracker, ...PERIOD, '--json', join(locked, 'r.json')]);
      chmodSync(locked, 0o755);
      expect(result.code).toBe(2);
      expect(result.err).toContain(
        'cannot be written: permission denied (the folder is read-only to you).',
      );
    },
  );

  it('two outputs naming one file are refused', async () => {
    const same = join(dir, 'same.txt');
    const result = await run(['build', tracker, ...PERIOD, '--json', same, '--narrative', same]);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `complaints-report: --json and --narrative both name '${same}': give each output its own file.\n`,
    );
  });
});

describe('outputs are written whole or not at all', () => {
  it('writes through a temporary file beside the output, leaving none behind', async () => {
    const folder = mkdtempSync(join(dir, 'whole-'));
    const path = join(folder, 'report.json');
    writeFileSync(path, 'the old report');
    const outputs = await prepareOutputs(tracker, { json: path });
    expect(readdirSync(folder)).toEqual(['report.json']);
    await outputs.write(path, '{"new": true}');
    expect(readFileSync(path, 'utf8')).toBe('{"new": true}');
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  it('a write that fails leaves the old file as it was and no temporary file', async () => {
    const folder = mkdtempSync(join(dir, 'fail-'));
    const path = join(folder, 'report.json');
    writeFileSync(path, 'the old report');
    const outputs = await prepareOutputs(tracker, { json: path });
    // A data value writeFile refuses stands for a disk that fills half-way.
    await expect(outputs.write(path, 42 as unknown as string)).rejects.toBeInstanceOf(UsageError);
    expect(readFileSync(path, 'utf8')).toBe('the old report');
    expect(readdirSync(folder)).toEqual(['report.json']);
  });

  it('creates the output folder when it does not exist yet', async () => {
    const path = join(dir, 'new', 'deeper', 'report.json');
    const result = await run(['build', tracker, ...PERIOD, '--json', path]);
    expect(result.code).toBe(0);
    expect(JSON.parse(readFileSync(path, 'utf8')).schemaVersion).toBe(2);
  });

  it('writes through a symlink to the file it leads to', async () => {
    const real = join(dir, 'real.json');
    writeFileSync(real, '');
    const link = join(dir, 'link.json');
    symlinkSync(real, link);
    expect((await run(['build', tracker, ...PERIOD, '--json', link])).code).toBe(0);
    expect(JSON.parse(readFileSync(real, 'utf8')).schemaVersion).toBe(2);
  });
});
