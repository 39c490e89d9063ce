/**
 * Complainant cells (docs/design.md rule 15). Always gives an answer: a named person the table does not know
 * is `other`, so the complainant breakdown still sums to the total.
 */
import type { CellValue, Complainant } from '../types';
import { createCellCache } from './_lib/cellCache';
import { cellText, normaliseLabel } from './cellText';

const SPELLINGS: Record<Exclude<Complainant, 'other'>, string[]> = {
  child: ['child', 'youngperson', 'yp', 'self', 'childyoungperson', 'childoryoungperson', 'cyp'],
  parent: [
    'parent',
    'parents',
    'guardian',
    'specialguardian',
    'mother',
    'mum',
    'father',
    'dad',
    'parentguardian',
    'parentcarer',
    'personwithparentalresponsibility',
    'stepparent',
    'stepmother',
    'stepfather',
  ],
  advocate: [
    'advocate',
    'advocateonbehalfofchild',
    'advocateonbehalfofyoungperson',
    'independentadvocate',
  ],
  fosterCarer: ['fostercarer', 'fostercarers', 'fosterparent', 'fosterparents'],
  notRecorded: ['notrecorded', 'notknown', 'unknown'],
};

const COMPLAINANT_TABLE = new Map<string, Complainant>(
  Object.entries(SPELLINGS).flatMap(([type, spellings]) =>
    spellings.map((spelling): [string, Complainant] => [spelling, type as Complainant]),
  ),
);

/** Each distinct spelling is read once: a column repeats a few of them down every row. */
const cache = createCellCache<Complainant>();

/**
 * Reads a complainant cell. Blank, text with no letters or digits ("-"), and "Not recorded"/
 * "Unknown" are `notRecorded`: they name nobody. Any other name ("Grandparent", "MP") is `other`.
 */
export function parseComplainant(value: CellValue): Complainant {
  return cache.read(value, readComplainant);
}

function readComplainant(value: CellValue): Complainant {
  const label = normaliseLabel(cellText(value));
  if (label === '') return 'notRecorded';
  return COMPLAINANT_TABLE.get(label) ?? 'other';
}
