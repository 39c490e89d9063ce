/**
 * Outcome cells (docs/design.md rule 9). Only clear spellings are read; any other label is reported and the
 * caller counts it as `other`, because an outcome decides whether a complaint counts as upheld.
 */
import type { CellValue, Outcome } from '../types';
import { createCellCache } from './_lib/cellCache';
import { cellText, normaliseLabel } from './cellText';
import { accept, reject, type Parsed } from './parsed';

/** Normalised label → outcome. Whole-label matching, so "not upheld" can never be read as "upheld". */
const OUTCOME_TABLE = new Map<string, Outcome>([
  ['upheld', 'upheld'],
  ['fullyupheld', 'upheld'],
  ['upheldinfull', 'upheld'],
  ['partiallyupheld', 'partiallyUpheld'],
  ['partlyupheld', 'partiallyUpheld'],
  ['partupheld', 'partiallyUpheld'],
  ['upheldinpart', 'partiallyUpheld'],
  ['partially', 'partiallyUpheld'],
  ['partial', 'partiallyUpheld'],
  ['partly', 'partiallyUpheld'],
  ['notupheld', 'notUpheld'],
  ['withdrawn', 'withdrawn'],
  ['complaintwithdrawn', 'withdrawn'],
  ['resolved', 'resolved'],
  ['resolvedinformally', 'resolved'],
  ['informalresolution', 'resolved'],
  ['informallyresolved', 'resolved'],
  ['earlyresolution', 'resolved'],
  ['alternativedisputeresolution', 'resolved'],
  ['adr', 'resolved'],
  ['mediation', 'resolved'],
]);

/**
 * Words trackers use for "no outcome yet". They are not outcomes: counting them as `other` would
 * close a complaint that is still being investigated (docs/design.md rule 10), so they read as blank.
 */
const PENDING = new Set([
  '',
  'tbc',
  'tba',
  'pending',
  'ongoing',
  'open',
  'inprogress',
  'beinginvestigated',
  'underinvestigation',
  'awaitingoutcome',
  'awaitingresponse',
]);

/** Each distinct spelling is read once: a column repeats a few of them down every row. */
const cache = createCellCache<Parsed<Outcome | null>>();

/**
 * Reads an outcome cell, ignoring case, spacing and punctuation. Blank, a placeholder with no letters
 * or digits ("-") and "no outcome yet" words ("TBC", "Ongoing") are `null`: no outcome yet.
 */
export function parseOutcome(value: CellValue): Parsed<Outcome | null> {
  return cache.read(value, readOutcome);
}

function readOutcome(value: CellValue): Parsed<Outcome | null> {
  const text = cellText(value);
  if (text === '') return accept(null);
  if (typeof value !== 'string') return reject(text);
  const label = normaliseLabel(text);
  if (PENDING.has(label)) return accept(null);
  const outcome = OUTCOME_TABLE.get(label);
  return outcome === undefined ? reject(text) : accept(outcome);
}
