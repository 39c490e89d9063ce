/**
 * Writes examples/sample-tracker.xlsx: eighteen months (April 2021 – October 2022) of a children's
 * services complaints log, about 300 complaints, with the mess real trackers carry: dates typed as
 * text, an impossible date, a TBC, a missing reference, odd labels, escalations, an LGSCO case, a
 * duplicate, blank lines and a Total row. Open complaints near the end; some overdue as of
 * 31 October 2022. Deterministic: the committed file is what this script writes.
 *
 * Usage: npx tsx scripts/make-sample-tracker.ts [out.xlsx]   (default examples/sample-tracker.xlsx)
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { generateDatedRows } from './lib/complaintGenerator';
import type { DatedRow } from './lib/complaintGenerator';
import { createRandom } from './lib/random';
import {
  TRACKER_HEADER_ROW,
  TRACKER_HEADERS,
  TRACKER_TITLE,
  writeTrackerFile,
} from './lib/trackerWorkbook';
import type { TrackerCell, TrackerRow } from './lib/trackerWorkbook';
import { addWorkingDays, dateOfDay, dayFromIso } from './lib/workingDays';

/** Where the committed sample lives, relative to the project root. */
export const SAMPLE_TRACKER_PATH = 'examples/sample-tracker.xlsx';

/** The as-of date the sample is built for: open complaints are judged against it. */
export const SAMPLE_AS_OF = '2022-10-31';

const SEED = 20221031;
const [REF, RECEIVED, STAGE, , LOOKED_AFTER, , , OUTCOME, RESPONDED] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

/** Every non-empty row of the sample tracker, title and header included. */
export function buildSampleTrackerRows(): TrackerRow[] {
  const random = createRandom(SEED);
  const data = generateDatedRows(random, {
    complaints: 300,
    from: '2021-04-01',
    to: SAMPLE_AS_OF,
    asOf: SAMPLE_AS_OF,
    firstReference: 600412,
    referenceGap: 60,
    textDateShare: 0.07,
    escalationChance: 0.1,
  });
  addMess(data);
  data.sort((a, b) => a.day - b.day);
  const rows: TrackerRow[] = [
    { row: 1, cells: [TRACKER_TITLE] },
    { row: 2, cells: ['Last updated by the complaints team, 31 October 2022'] },
    { row: TRACKER_HEADER_ROW, cells: [...TRACKER_HEADERS] },
  ];
  let next = TRACKER_HEADER_ROW + 1;
  data.forEach((r, index) => {
    if (index === 120 || index === 251) next += 1; // a blank line left in the log
    rows.push({ row: next, cells: r.cells });
    next += 1;
  });
  const references = data.filter((r) => r.cells[REF] !== null).length;
  rows.push({
    row: next,
    cells: ['Total', null, null, null, null, null, null, null, null, null, references],
  });
  return rows;
}

/** Writes the sample tracker (by default over the committed copy). */
export async function writeSampleTracker(path: string = SAMPLE_TRACKER_PATH): Promise<void> {
  mkdirSync(dirname(path), { recursive: true });
  await writeTrackerFile(path, buildSampleTrackerRows());
}

/** The first row matching, or a clear failure: the sample must carry every kind of mess. */
function findRow(data: DatedRow[], what: string, test: (r: DatedRow) => boolean): DatedRow {
  const found = data.find(test);
  if (!found) throw new Error(`Sample tracker: no row for ${what}`);
  return found;
}

const inMonth = (r: DatedRow, month: string) => dateOfDay(r.day).toISOString().startsWith(month);
const isStage1 = (r: DatedRow) => !['Stage 2', 2].includes(r.cells[STAGE] as string | number);
const answered = (r: DatedRow) => r.cells[RESPONDED] instanceof Date;

/** Adds the escalations beyond stage 2 and the faults a hand-kept tracker collects. */
function addMess(data: DatedRow[]): void {
  const maxReference = Math.max(...data.map((r) => Number(r.cells[REF])));
  const stage2 = data.filter(
    (r) => !isStage1(r) && answered(r) && r.cells[OUTCOME] === 'Not upheld',
  );
  const lgsco = findRow(stage2, 'an LGSCO case', (r) => inMonth(r, '2021-'));
  const lgscoDay = addWorkingDays(dayOfCell(lgsco.cells[RESPONDED]), 35);
  data.push(
    follow(
      lgsco,
      lgscoDay,
      'LGSCO',
      'Not upheld',
      addWorkingDays(lgscoDay, 60),
      'Referred to LGSCO',
    ),
  );
  const review = findRow(stage2, 'a stage 3 review', (r) => r !== lgsco && inMonth(r, '2022-0'));
  const reviewDay = addWorkingDays(dayOfCell(review.cells[RESPONDED]), 12);
  data.push(
    follow(
      review,
      reviewDay,
      'Stage 3',
      'Partially upheld',
      addWorkingDays(reviewDay, 24),
      'Review panel',
    ),
  );

  const impossible = dayFromIso('2022-06-30');
  data.push({
    day: impossible,
    cells: [
      maxReference + 7,
      '31/06/2022',
      1,
      'Mother',
      'N',
      'Early Help',
      'Delay',
      null,
      null,
      null,
      null,
    ],
  });
  const noReference = dayFromIso('2022-08-10');
  data.push({
    day: noReference,
    cells: [
      null,
      dateOfDay(noReference),
      'Stage 1',
      'Parent',
      'N',
      'Front Door (MASH)',
      'Communication',
      'Not upheld',
      dateOfDay(addWorkingDays(noReference, 8)),
      null,
      'Ref not yet issued',
    ],
  });

  const tbc = findRow(
    data,
    'a TBC response',
    (r) => inMonth(r, '2022-09') && isStage1(r) && answered(r),
  );
  tbc.cells[OUTCOME] = null;
  tbc.cells[RESPONDED] = 'TBC';
  const informal = findRow(
    data,
    'an unknown outcome',
    (r) => inMonth(r, '2022-03') && isStage1(r) && answered(r),
  );
  informal.cells[OUTCOME] = 'Resolved informally';
  findRow(data, 'an unknown looked-after value', (r) => inMonth(r, '2022-01')).cells[LOOKED_AFTER] =
    'Unknown';
  const early = dayFromIso('2022-10-14');
  const october = data.filter(
    (r) => inMonth(r, '2022-10') && r.day <= early && isStage1(r) && answered(r),
  );
  for (const late of october.slice(0, 2)) {
    late.cells[OUTCOME] = null; // still being investigated, past its due date as of 31 October
    late.cells[RESPONDED] = null;
  }
  const copied = findRow(data, 'a duplicate', (r) => inMonth(r, '2021-11') && isStage1(r));
  data.push({ day: copied.day, cells: [...copied.cells] });
}

function follow(
  from: DatedRow,
  day: number,
  stage: string,
  outcome: string,
  responded: number,
  note: string,
): DatedRow {
  const closed = responded <= dayFromIso(SAMPLE_AS_OF);
  const cells: TrackerCell[] = [...from.cells];
  cells[RECEIVED] = dateOfDay(day);
  cells[STAGE] = stage;
  cells[OUTCOME] = closed ? outcome : null;
  cells[RESPONDED] = closed ? dateOfDay(responded) : null;
  cells[9] = null;
  cells[10] = note;
  return { day, cells };
}

function dayOfCell(cell: TrackerCell): number {
  if (!(cell instanceof Date)) throw new Error('Sample tracker: expected a date cell');
  return cell.getTime() / 86_400_000;
}

if (require.main === module) {
  const out = process.argv[2] ?? join(__dirname, '..', SAMPLE_TRACKER_PATH);
  writeSampleTracker(out).then(
    () => console.log(`Wrote ${out}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
