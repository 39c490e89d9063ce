/**
 * Generated trackers (fast-check): every messy form the counting rules allow, and many they do not
 * (random text, numbers in date columns, error values, booleans, huge and negative serials, emoji,
 * right-to-left text, 32,767-character cells, uncalculated formulas), in sheets shaped the way hosts
 * hand them over (title rows, blank rows, rows omitted, two-row headers).
 */
import fc from 'fast-check';
import { EXCEL_ERROR_VALUES } from '../../../src/core/cellProblems';
import { dayFromParts, MONTH_NAMES, partsOfDay } from '../../../src/core/dates';
import { FIELD_SYNONYMS, FIELDS } from '../../../src/core/fields';
import {
  UNCALCULATED,
  type CellValue,
  type DayNumber,
  type Field,
  type RawSheet,
} from '../../../src/core/types';

const DAY_2019 = dayFromParts(2019, 1, 1) as DayNumber;
const DAY_2024 = dayFromParts(2024, 12, 31) as DayNumber;

/** A day the tracker's dates and the report's period are drawn from. */
export const dayArb = fc.integer({ min: DAY_2019, max: DAY_2024 });

const pad = (n: number): string => String(n).padStart(2, '0');

/** A day written as a tracker might hold it: serial, Date, or text in an accepted form. */
export function writeDay(day: DayNumber, form: number): CellValue {
  const { year, month, day: d } = partsOfDay(day);
  const mon = MONTH_NAMES[month - 1].slice(0, 3);
  switch (form % 8) {
    case 0:
      return day + 25569; // 1900-system serial
    case 1:
      return new Date(day * 86_400_000);
    case 2:
      return `${pad(d)}/${pad(month)}/${year}`;
    case 3:
      return `${d}/${month}/${String(year).slice(2)}`;
    case 4:
      return `${year}-${pad(month)}-${pad(d)}`;
    case 5:
      return `${d} ${mon} ${year}`;
    case 6:
      return `${pad(d)}-${mon}-${String(year).slice(2)}`;
    default:
      return `${pad(d)}/${pad(month)}/${year} 14:30`;
  }
}

/** Words that would make the narrative look broken if a cell put them there: kept out of text. */
const BROKEN_WORDS = /nan|undefined|null/i;
const clean = (text: string): string => (BROKEN_WORDS.test(text) ? 'x' : text);

const LONG_CELL = 'A'.repeat(32_767);

/** Text that no rule expects: random, unicode, emoji, right-to-left, formula-like, huge. */
const chaosText: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ maxLength: 12 }).map(clean),
  fc.string({ unit: 'grapheme', maxLength: 8 }).map(clean),
  fc.constantFrom(
    '😀 complaint',
    'שלום עולם',
    'مرحبا',
    '=SUM(A1:A3)',
    '+44 20',
    '-',
    '@user',
    '\tTab',
    'CR\r',
    '<img src=x onerror=alert(1)>',
    'Total',
    'Grand total',
    'Totally',
    'TBC',
    ' ',
    '',
    LONG_CELL,
  ),
  fc.constantFrom(...EXCEL_ERROR_VALUES),
);

/** Any value a host could hand over for a cell. */
const chaosCell: fc.Arbitrary<CellValue> = fc.oneof(
  chaosText,
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.double({ noNaN: false }),
  fc.constantFrom(0, 60, 2022, 45, 1e12, -1, Number.NaN, Number.POSITIVE_INFINITY),
  fc.boolean(),
  fc.constant(null),
  fc.constant(UNCALCULATED),
  fc.constant(new Date(Number.NaN)),
  fc.integer({ min: -4_000_000, max: 4_000_000 }).map((d) => new Date(d * 86_400_000)),
);

/** Plausible values per field, so most rows count and the figures are exercised. */
const LABELS: Partial<Record<Field, readonly string[]>> = {
  stage: ['1', 'Stage 1', 'stage two', 'S3', 'Stage 1 - complex', 'Ombudsman', 'LGSCO', ''],
  complainant: ['Child', 'Parent', 'Advocate', 'Foster carer', 'Grandparent', 'Unknown', ''],
  childInCare: ['Y', 'Yes', 'No', 'N', 'CLA', ''],
  team: ['East', 'east ', 'West', 'Fostering', 'Disabled children', ''],
  theme: ['Communication', 'Delay; Contact', 'contact', 'Placement\nDelay', ''],
  outcome: ['Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn', 'Resolved', 'TBC', ''],
  extension: ['Y', 'No', ''],
};

function plausibleCell(field: Field, reference: fc.Arbitrary<string>): fc.Arbitrary<CellValue> {
  if (field === 'reference') return reference;
  if (field === 'received' || field === 'closed' || field === 'due') {
    return fc.tuple(dayArb, fc.nat(7)).map(([day, form]) => writeDay(day, form));
  }
  return fc.constantFrom(...(LABELS[field] as string[]));
}

/** A cell for a field: mostly plausible, sometimes anything at all. */
export function cellFor(field: Field | null): fc.Arbitrary<CellValue> {
  const reference = fc.constantFrom('A1', 'A2', 'a1 ', 'B7', '623963', 'C-001', 'X9');
  if (field === null) return fc.oneof(chaosText, fc.constant(null));
  return fc.oneof(
    { weight: 4, arbitrary: plausibleCell(field, reference) },
    { weight: 1, arbitrary: chaosCell },
  );
}

export type GeneratedTracker = { sheet: RawSheet; fields: (Field | null)[] };

const columnsArb: fc.Arbitrary<(Field | null)[]> = fc
  .tuple(
    fc.subarray([...FIELDS].filter((f) => f !== 'reference' && f !== 'received')),
    fc.boolean(),
    fc.nat(2),
  )
  .chain(([optional, required, extra]) =>
    fc
      .shuffledSubarray(
        [
          ...(required ? (['reference', 'received'] as Field[]) : (['reference'] as Field[])),
          ...optional,
          ...Array.from({ length: extra }, () => null),
        ],
        { minLength: 0 },
      )
      .map((columns) => columns),
  );

function headerText(field: Field | null, pick: number): string {
  if (field === null) return ['Notes', 'Name of child', 'Social worker'][pick % 3];
  const synonyms = FIELD_SYNONYMS[field];
  const text = synonyms[pick % synonyms.length];
  return pick % 5 === 0 ? text.toUpperCase() : pick % 7 === 0 ? `Complaint ${text}` : text;
}

/** A whole tracker sheet: titles, a header (sometimes over two rows), rows, gaps. */
export const trackerArb: fc.Arbitrary<GeneratedTracker> = columnsArb.chain((fields) =>
  fc
    .record({
      titleRows: fc.nat(3),
      picks: fc.array(fc.nat(20), { minLength: fields.length, maxLength: fields.length }),
      twoRow: fc.boolean(),
      rows: fc.array(
        fc.option(
          fc.tuple(...fields.map((f) => cellFor(f))).map((cells) => cells),
          {
            freq: 6,
          },
        ),
        { maxLength: 12 },
      ),
      gaps: fc.array(fc.nat(3), { minLength: 12, maxLength: 12 }),
      hidden: fc.array(fc.nat(20), { maxLength: 3 }),
      date1904: fc.boolean(),
    })
    .map(({ titleRows, picks, twoRow, rows, gaps, hidden, date1904 }) => {
      const header = fields.map((f, i) => headerText(f, picks[i]));
      const values: CellValue[][] = [];
      const rowNumbers: number[] = [];
      let next = 1;
      const push = (cells: CellValue[], gap = 0): void => {
        next += gap;
        values.push(cells);
        rowNumbers.push(next);
        next += 1;
      };
      for (let i = 0; i < titleRows; i += 1) push(i === 0 ? ['Complaints 2021/22'] : []);
      if (twoRow && header.length > 1) {
        // Group titles above: the first field's name moves up, its lower cell left blank.
        push([header[0], 'Details']);
        push(['', ...header.slice(1)]);
      } else {
        push(header);
      }
      // A host omits some rows (gaps) and hands over some blank ones (null records).
      rows.forEach((cells, i) => push(cells ?? [], gaps[i] % 2 === 0 ? 0 : gaps[i]));
      const sheet: RawSheet = {
        name: 'Tracker',
        values,
        rowNumbers,
        firstColumn: 0,
        date1904,
        hiddenRows: hidden.map((h) => h + 1),
      };
      return { sheet, fields };
    }),
);
