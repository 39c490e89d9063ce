/**
 * Writes a large tracker for the benchmark: the sample's layout (title, header on row 3, columns
 * A–K), `rows` data rows of realistic complaints received April 2019 – April 2022, written with
 * exceljs's streaming writer and shared strings, as a big council's years-long log would be saved.
 * Not committed: the benchmark generates it into out/.
 *
 * Usage: npx tsx scripts/make-large-tracker.ts out/large-tracker.xlsx 100000
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import ExcelJS from 'exceljs';
import { generateTrackerRows } from './lib/complaintGenerator';
import { createRandom } from './lib/random';
import { DATE_COLUMNS, TRACKER_HEADERS, TRACKER_SHEET, TRACKER_TITLE } from './lib/trackerWorkbook';
import type { TrackerCell } from './lib/trackerWorkbook';

const SEED = 100_000;
const DOCUMENT_DATE = new Date(Date.UTC(2022, 3, 30));

/**
 * The data rows (no title, header or total) of a large tracker: exactly `rows` of them, spanning
 * the whole date range (escalations add rows, so fewer complaints than rows are generated).
 */
export function generateLargeTrackerRows(rows: number): TrackerCell[][] {
  let complaints = rows;
  for (let attempt = 1; ; attempt += 1) {
    const data = generateTrackerRows(createRandom(SEED), {
      complaints,
      from: '2019-04-01',
      to: '2022-04-30',
      asOf: '2022-04-30',
      firstReference: 300_000,
      referenceGap: 6,
      textDateShare: 0.03,
      escalationChance: 0.08,
    });
    const close = (data.length - rows) * 200 <= rows + 200; // within 0.5 %: only the last days cut
    if (data.length >= rows && (close || attempt >= 5)) return data.slice(0, rows);
    const scaled = Math.ceil((complaints * rows) / data.length);
    complaints = data.length < rows ? Math.max(complaints + 1, scaled) : scaled;
  }
}

/**
 * Writes a tracker of `rows` data rows to `path` (title on row 1, a note on row 2, the header on
 * row 3, a Total row last), streaming so 100,000 rows stay within modest memory.
 */
export async function writeLargeTracker(path: string, rows = 100_000): Promise<void> {
  if (!Number.isInteger(rows) || rows < 1) throw new RangeError(`Row count must be ≥ 1: ${rows}`);
  mkdirSync(dirname(path), { recursive: true });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: path,
    useSharedStrings: true,
    useStyles: true,
  });
  workbook.creator = 'Complaints team';
  workbook.created = DOCUMENT_DATE;
  workbook.modified = DOCUMENT_DATE;
  const sheet = workbook.addWorksheet(TRACKER_SHEET);
  sheet.columns = TRACKER_HEADERS.map((_, index) => ({
    width: index === 6 ? 36 : 16,
    style: DATE_COLUMNS.includes(index) ? { numFmt: 'dd/mm/yyyy' } : {},
  }));
  sheet.addRow([TRACKER_TITLE]).commit();
  sheet.addRow(['Last updated by the complaints team, 30 April 2022']).commit();
  sheet.addRow([...TRACKER_HEADERS]).commit();
  const data = generateLargeTrackerRows(rows);
  for (const cells of data) sheet.addRow(cells).commit();
  sheet
    .addRow(['Total', null, null, null, null, null, null, null, null, null, data.length])
    .commit();
  sheet.commit();
  await workbook.commit();
}

if (require.main === module) {
  const [path, count] = [process.argv[2], process.argv[3]];
  if (path === undefined) {
    console.error('Usage: npx tsx scripts/make-large-tracker.ts <out.xlsx> [rows=100000]');
    process.exitCode = 2;
  } else {
    const rows = count === undefined ? 100_000 : Number(count);
    const started = process.hrtime.bigint();
    writeLargeTracker(path, rows).then(
      () => {
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        console.log(`Wrote ${path}: ${rows} rows in ${seconds.toFixed(1)} s`);
      },
      (error: unknown) => {
        console.error(error);
        process.exitCode = 1;
      },
    );
  }
}
