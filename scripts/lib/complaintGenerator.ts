/**
 * Generates realistic tracker rows: complaints received on working days, answered mostly in time,
 * some late, some escalated, the latest still open, labels spelt the several ways officers spell
 * them. Shared by the sample tracker and the benchmark tracker; deterministic for a given random.
 */
import type { Random } from './random';
import { pickInt, pickOne, pickWeighted } from './random';
import type { TrackerCell } from './trackerWorkbook';
import { addWorkingDays, dateOfDay, dayFromIso, nextWorkingDay } from './workingDays';

export type GeneratorOptions = {
  /** How many complaints (each gives one row, or more when escalated). */
  complaints: number;
  /** Received dates run from `from` to `to` (ISO dates, inclusive). */
  from: string;
  to: string;
  /** Nothing after this day is written: later responses leave the complaint open. */
  asOf: string;
  /** The first reference, and the largest gap between consecutive references. */
  firstReference: number;
  referenceGap: number;
  /** Share of dates typed as text rather than entered as Excel dates. */
  textDateShare: number;
  /** Chance that a not-upheld or partly-upheld stage 1 complaint goes to stage 2. */
  escalationChance: number;
};

/** A generated row with the day it sorts by (its received date). */
export type DatedRow = { day: number; cells: TrackerCell[] };

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

// prettier-ignore
const TEAMS: readonly (readonly [string, number])[] = [
  ['Safeguarding Care Planning', 24], ['CLA Services', 16], ['Children with Disabilities', 12],
  ['Front Door (MASH)', 12], ['Fostering', 9], ['Leaving Care', 9], ['Early Help', 8],
  ['Adoption', 4], ['Residential Services', 4], ['cla services ', 1], ['Safeguarding care planning', 1],
  ['Front door (MASH)', 1],
];

// prettier-ignore
const COMPLAINANTS: readonly (readonly [string | null, number])[] = [
  ['Parent', 30], ['Mother', 18], ['Father', 9], ['Parent/Guardian', 6], ['YP', 10],
  ['Young person', 3], ['Advocate', 8], ['Foster carer', 7], ['Grandparent', 5], ['Solicitor', 1],
  [null, 3],
];

// prettier-ignore
const THEMES: readonly string[] = [
  'Communication', 'Communication', 'Communication', 'Delay', 'Delay', 'Quality of service',
  'Assessment', 'Contact arrangements', 'Placement', 'Staff conduct', 'Financial support',
  'Information sharing', 'Transport', 'Education support',
];

// prettier-ignore
const NOTES: readonly (readonly [string | null, number])[] = [
  [null, 80], ['Chased by phone', 5], ['Response sent by email', 5], ['Response sent by post', 3],
  ['Meeting offered', 3], ['Acknowledged by email', 4],
];

const STAGE_ONE: readonly (readonly [TrackerCell, number])[] = [
  [1, 50],
  ['Stage 1', 32],
  [null, 8],
  ['S1', 4],
  ['1', 4],
  ['stage one', 2],
];

/** Writes a day as a real date or, now and then, as text in one of the UK forms people type. */
function writeDate(random: Random, day: number, textShare: number): TrackerCell {
  const date = dateOfDay(day);
  if (random() >= textShare) return date;
  const [d, m, y] = [date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear()];
  const two = (n: number) => String(n).padStart(2, '0');
  return pickOne(random, [
    `${two(d)}/${two(m)}/${y}`,
    `${d}/${m}/${String(y).slice(2)}`,
    `${y}-${two(m)}-${two(d)}`,
    `${d} ${MONTHS[m - 1]} ${y}`,
    `${two(d)}-${MONTHS[m - 1]}-${String(y).slice(2)}`,
  ]);
}

function pickThemes(random: Random): string {
  const count = pickWeighted(random, [
    [1, 55],
    [2, 35],
    [3, 10],
  ] as const);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(pickOne(random, THEMES));
  return [...chosen].join(random() < 0.05 ? '\n' : '; ');
}

function pickOutcome(random: Random, stage: 1 | 2 | 3 | 'ombudsman'): string {
  if (stage === 1) {
    return pickWeighted(random, [
      ['Not upheld', 50],
      ['Partially upheld', 14],
      ['Partly upheld', 5],
      ['Upheld', 19],
      ['Withdrawn', 6],
      ['Not Upheld', 3],
    ] as const);
  }
  return pickWeighted(random, [
    ['Not upheld', 60],
    ['Partially upheld', 22],
    ['Upheld', 18],
  ] as const);
}

/** Working days to answer a stage: mostly within the limit, some late. */
function pickResponseDays(random: Random, limit: number, extension: boolean): number {
  if (extension) return pickInt(random, limit - 2, limit * 2 + 2);
  const roll = random();
  if (roll < 0.74) return pickInt(random, Math.ceil(limit * 0.4), limit);
  if (roll < 0.92) return pickInt(random, limit + 1, Math.ceil(limit * 1.4));
  return pickInt(random, Math.ceil(limit * 1.4), limit * 3);
}

/** Generates the data rows (no title, header or total), sorted by the day each was received. */
export function generateTrackerRows(random: Random, options: GeneratorOptions): TrackerCell[][] {
  return generateDatedRows(random, options).map((r) => r.cells);
}

/** As `generateTrackerRows`, keeping each row's received day so callers can insert rows in order. */
export function generateDatedRows(random: Random, options: GeneratorOptions): DatedRow[] {
  const from = dayFromIso(options.from);
  const span = dayFromIso(options.to) - from + 1;
  const asOf = dayFromIso(options.asOf);
  const receivedDays = Array.from({ length: options.complaints }, () =>
    Math.min(nextWorkingDay(from + Math.floor(random() * span)), from + span - 1),
  ).sort((a, b) => a - b);
  const rows: DatedRow[] = [];
  let reference = options.firstReference;
  for (const received of receivedDays) {
    rows.push(...generateComplaint(random, options, reference, received, asOf));
    reference += pickInt(random, 1, options.referenceGap);
  }
  return rows.sort((a, b) => a.day - b.day);
}

function generateComplaint(
  random: Random,
  options: GeneratorOptions,
  reference: number,
  received: number,
  asOf: number,
): DatedRow[] {
  const cic = random() < 0.22;
  const person = {
    complainant: pickWeighted(random, COMPLAINANTS),
    lookedAfter: cic ? pickOne(random, ['Y', 'Y', 'Yes']) : pickOne(random, ['N', 'N', null]),
    team: pickWeighted(random, TEAMS),
    themes: pickThemes(random),
  };
  const rows: DatedRow[] = [];
  let stageReceived = received;
  for (const stage of [1, 2] as const) {
    const extension = random() < (stage === 1 ? 0.1 : 0.15);
    const limit = stage === 1 ? 10 : 25;
    const responded = addWorkingDays(stageReceived, pickResponseDays(random, limit, extension));
    const forgotten = random() < 0.015;
    const open = responded > asOf || forgotten;
    const outcome = open ? null : pickOutcome(random, stage);
    const noDate = !open && random() < 0.01;
    rows.push({
      day: stageReceived,
      cells: [
        reference,
        writeDate(random, stageReceived, options.textDateShare),
        stage === 1 ? pickWeighted(random, STAGE_ONE) : pickOne(random, ['Stage 2', 'Stage 2', 2]),
        person.complainant,
        person.lookedAfter,
        person.team,
        person.themes,
        outcome,
        open || noDate ? null : writeDate(random, responded, options.textDateShare),
        extension ? pickOne(random, ['Y', 'Yes']) : pickOne(random, ['N', null, null]),
        stage === 2 ? 'Escalated to stage 2' : pickWeighted(random, NOTES),
      ],
    });
    const escalates =
      stage === 1 &&
      (outcome === 'Not upheld' || outcome === 'Partially upheld' || outcome === 'Partly upheld') &&
      random() < options.escalationChance;
    if (!escalates) break;
    stageReceived = addWorkingDays(responded, pickInt(random, 3, 20));
    if (stageReceived > asOf) break;
  }
  return rows;
}
