/**
 * Yes/no cells: child in care (docs/design.md rule 14) and extension agreed. Only clear answers are read;
 * "N/A", "x", "?" and the like are not ok, and the caller counts them as no with a warning.
 */
import type { CellValue } from '../types';
import { createCellCache } from './_lib/cellCache';
import { cellText, normaliseLabel } from './cellText';
import { accept, reject, type Parsed } from './parsed';

/** Normalised label → answer. "cic" is the common abbreviation of "child in care". */
const YES_NO_TABLE = new Map<string, boolean>([
  ['y', true],
  ['yes', true],
  ['true', true],
  ['1', true],
  ['cla', true],
  ['lac', true],
  ['cic', true],
  ['lookedafter', true],
  ['lookedafterchild', true],
  ['childlookedafter', true],
  ['childincare', true],
  ['n', false],
  ['no', false],
  ['false', false],
  ['0', false],
  ['notlookedafter', false],
  ['notlac', false],
  ['notcla', false],
]);

/** Ticks mean yes; they have no letters, so they are matched before normalisation. */
const TICKS = new Set(['✓', '✔', '☑']);

/** Each distinct spelling is read once: a column repeats a few of them down every row. */
const cache = createCellCache<Parsed<boolean>>();

/** Reads a yes/no cell; blank is no. */
export function parseYesNo(value: CellValue): Parsed<boolean> {
  return cache.read(value, readYesNo);
}

function readYesNo(value: CellValue): Parsed<boolean> {
  if (typeof value === 'boolean') return accept(value);
  const text = cellText(value);
  if (text === '') return accept(false);
  if (value instanceof Date) return reject(text);
  if (TICKS.has(text)) return accept(true);
  const answer = YES_NO_TABLE.get(normaliseLabel(text));
  return answer === undefined ? reject(text) : accept(answer);
}
