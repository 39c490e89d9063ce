/**
 * The Word document opens in LibreOffice (Debian `libreoffice-writer-nogui`): converted to text,
 * it shows the headings, the captions and the table contents. Without `soffice` this fails and
 * says what to install, unless SKIP_LIBREOFFICE=1.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildWordDocument } from '../../src/docx/buildDocument';
import { paperInput } from './_lib';

const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice']).status === 0;
const skip = process.env.SKIP_LIBREOFFICE === '1';

/** Converts with a profile of its own, so runs side by side never share LibreOffice's lock. */
function convertToText(docx: string, outDir: string): string {
  const profile = join(tmpdir(), `lo-${randomBytes(6).toString('hex')}`);
  try {
    const run = spawnSync(
      'soffice',
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--convert-to',
        'txt:Text',
        '--outdir',
        outDir,
        docx,
      ],
      { encoding: 'utf8', timeout: 110_000 },
    );
    if (run.status !== 0) throw new Error(`soffice failed: ${run.stderr || String(run.error)}`);
    return readFileSync(docx.replace(/\.docx$/, '.txt'), 'utf8');
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

describe('the Word document in LibreOffice', () => {
  if (!hasSoffice && skip) {
    it.skip('needs soffice (skipped: SKIP_LIBREOFFICE=1)', () => undefined);
    return;
  }

  it('is installed', () => {
    if (!hasSoffice) {
      throw new Error(
        'soffice was not found: install LibreOffice (apt-get install -y --no-install-recommends libreoffice-writer-nogui), or set SKIP_LIBREOFFICE=1 to skip this test.',
      );
    }
  });

  const run = hasSoffice ? it : it.skip;
  run(
    'shows the text and the tables of both templates',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'papers-'));
      try {
        const board = join(dir, 'board.docx');
        const annual = join(dir, 'annual.docx');
        writeFileSync(board, await buildWordDocument({ ...paperInput(), template: 'board' }));
        writeFileSync(annual, await buildWordDocument({ ...paperInput(), template: 'annual' }));
        const boardText = convertToText(board, dir);
        expect(boardText).toContain(
          'Complaints report to the board: 1 April 2021 to 31 March 2022',
        );
        expect(boardText).toContain('Table 2: Outcomes');
        // Table cells come out one a line: a label, then its figures.
        expect(boardText).toMatch(/Upheld\s+1 \(20%\)\s+1 \(100%\)\s+1/);
        expect(boardText).toMatch(/Stage 1\s+5\s+3 \(75%\)\s+0 \(0%\)\s+1 \(25%\)/);
        const annualText = convertToText(annual, dir);
        expect(annualText).toContain('Compliance with timescales');
        expect(annualText).toContain(
          'Of 4 stage 1 responses, 3 (75%) were sent within the timescale',
        );
        expect(annualText).toMatch(/Fostering\s+2 \(40%\)\s+2 \(100%\)/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000,
  );
});
