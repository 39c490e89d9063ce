/**
 * `npm run docx-preview`: build the sample tracker's board paper as a Word document (May to
 * October 2022, as of 31 October 2022, as `npm run demo`) through the command line, convert it to
 * PDF with LibreOffice and save its first page as docs/word-first-page.png for the README.
 * Needs `soffice` (Debian libreoffice-writer-nogui) and `pdftoppm` (poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../src/cli/main';

const ROOT = path.join(__dirname, '..');
const PICTURE = path.join(ROOT, 'docs', 'word-first-page.png');

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8', timeout: 180_000 });
  if (result.status !== 0) {
    const why = result.error ? result.error.message : result.stderr;
    throw new Error(`${command} failed: ${why}`);
  }
}

async function makePreview(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'docx-preview-'));
  const profile = path.join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    const docx = path.join(dir, 'sample-report.docx');
    const code = await main([
      'build',
      path.join(ROOT, 'examples', 'sample-tracker.xlsx'),
      '--from',
      '2022-05-01',
      '--to',
      '2022-10-31',
      '--as-of',
      '2022-10-31',
      '--narrative',
      docx,
    ]);
    if (code !== 0) throw new Error(`the build exited with ${code}`);
    const lo = `-env:UserInstallation=file://${profile}`;
    run('soffice', [lo, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx]);
    const prefix = path.join(dir, 'page');
    run('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      docx.replace(/\.docx$/, '.pdf'),
      prefix,
    ]);
    copyFileSync(`${prefix}.png`, PICTURE);
    process.stdout.write(`Wrote ${path.relative(ROOT, PICTURE)}.\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

makePreview().catch((error: unknown) => {
  process.stderr.write(`docx-preview: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
