/**
 * The summary sheet prints (issue 8 part 6): the .xlsx summary rendered to PDF by LibreOffice
 * (`soffice --headless --convert-to pdf`, then `pdftotext`) for the sample tracker and a large one.
 * The Period line shares its page with the tables rather than taking one of its own, every page is
 * A4 landscape with the title repeated and the footer, and no issue message is cut. Without
 * `soffice` or `pdftotext` this fails and says what to install, unless SKIP_LIBREOFFICE=1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBuild } from '../../src/core/runBuild';
import { runPipeline } from '../../src/core/pipeline';
import type { SummaryLayout } from '../../src/core/summaryLayout';
import type { RawSheet } from '../../src/core/types';
import { createXlsxHost } from '../../src/xlsx/xlsxHost';
import { writeReportWorkbook } from '../../src/xlsx/writeReportWorkbook';
import { trackerGrid } from '../excel/support/trackerCells';
import { buildTracker } from './_helpers/workbooks';

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const tools = has('soffice') && has('pdftotext') && has('pdfinfo');
const skip = process.env.SKIP_LIBREOFFICE === '1';

type Printed = { pages: string[]; sizes: string[] };

/** The summary written into a small tracker workbook (a page or two of its own), printed to PDF by LibreOffice, as text per page. */
async function printSummary(layout: SummaryLayout, dir: string, name: string): Promise<Printed> {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, await writeReportWorkbook(await buildTracker(), { layout, highlights: [] }));
  const profile = `-env:UserInstallation=file://${join(dir, `profile-${name}`)}`;
  const convert = spawnSync(
    'soffice',
    [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
    { encoding: 'utf8', timeout: 170_000 },
  );
  if (convert.status !== 0) throw new Error(`soffice failed: ${convert.stderr}`);
  const pdf = join(dir, `${name}.pdf`);
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
  const info = spawnSync('pdfinfo', ['-f', '1', '-l', '999', pdf], { encoding: 'utf8' }).stdout;
  const sizes = [...info.matchAll(/^Page\s+\d+ size:\s+(.*)$/gm)].map((m) => m[1].trim());
  return { pages: text.split('\f').filter((page) => page.trim() !== ''), sizes };
}

/** Text with every run of white space made one space, so a wrapped message reads whole. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The words of a wrapped cell, in order, in the page's text. A cell wrapped in a column shares its
 * lines with the cells beside it, so the message is looked for word by word, in order, between
 * its first and last word: nothing of it may be missing or on another page.
 */
function containsInOrder(page: string, message: string): boolean {
  const words = flat(message).split(' ');
  let at = 0;
  for (const word of words) {
    const found = page.indexOf(word, at);
    if (found < 0) return false;
    at = found + word.length;
  }
  return true;
}

function expectPrintsWell(printed: Printed, layout: SummaryLayout): void {
  const summary = printed.pages.filter((page) => flat(page).includes(flat(layout.print.footer)));
  const first = flat(summary[0]);
  // The Period line is on the first page, with the first tables under it.
  expect(first).toContain(flat(layout.notes[1]));
  expect(first).toContain(layout.tables[0].title);
  expect(first).toContain(layout.tables[1].title);
  for (const page of summary) expect(flat(page)).toMatch(/^Complaints summary /);
  // A4 landscape: 842 by 595 points.
  const sheetSizes = printed.sizes.slice(printed.sizes.length - summary.length);
  for (const size of sheetSizes) expect(size).toMatch(/^841\.\d+ x 595\.\d+ pts \(A4\)$/);
  const issues = layout.tables.find((t) => t.id === 'issues')!;
  const cut = issues.rows
    .map((row) => String(row[4]))
    .filter((message) => !summary.some((page) => containsInOrder(page, message)));
  expect(cut).toEqual([]);
}

describe('the summary sheet printed by LibreOffice', () => {
  if (!tools && skip) {
    it.skip('needs soffice and pdftotext (skipped: SKIP_LIBREOFFICE=1)', () => undefined);
    return;
  }

  it('has LibreOffice and poppler installed', () => {
    if (!tools) {
      throw new Error(
        'soffice or pdftotext was not found: install them (apt-get install -y --no-install-recommends libreoffice-calc-nogui poppler-utils), or set SKIP_LIBREOFFICE=1 to skip this test.',
      );
    }
  });

  const run = tools ? it : it.skip;
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'summary-print-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  run(
    'prints the sample tracker’s summary on A4 landscape pages, Period line with the tables',
    async () => {
      const host = createXlsxHost({
        name: 'sample-tracker.xlsx',
        data: readFileSync('examples/sample-tracker.xlsx'),
      });
      const built = await runBuild(host, {
        source: null,
        fileName: 'sample-tracker.xlsx',
        period: { kind: 'custom', from: '2022-05-01', to: '2022-10-31' },
        asOf: '2022-10-31',
        overrides: {},
        builtAt: '31 October 2022 at 09:00',
      });
      if (!built.ok) throw new Error(built.failure.message);
      const printed = await printSummary(built.layout, dir, 'sample');
      expectPrintsWell(printed, built.layout);
    },
    180_000,
  );

  run(
    'prints a large tracker’s 500 issues over several pages, the title on each, none cut',
    async () => {
      const values = trackerGrid(5_000);
      const sheet: RawSheet = {
        name: 'Tracker',
        values,
        rowNumbers: values.map((_, i) => i + 1),
        firstColumn: 0,
        date1904: false,
      };
      const built = runPipeline([sheet], {
        fileName: 'large-tracker.xlsx',
        period: { kind: 'custom', from: '2021-09-01', to: '2022-12-31' },
        asOf: '2022-12-31',
        overrides: {},
        builtAt: '31 December 2022 at 09:00',
      });
      if (!built.ok) throw new Error(built.problem.message);
      const printed = await printSummary(built.layout, dir, 'large');
      expect(printed.pages.length).toBeGreaterThan(5);
      expectPrintsWell(printed, built.layout);
    },
    180_000,
  );
});
