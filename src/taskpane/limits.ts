/**
 * The working-day limits as the pane shows and takes them (docs/design.md rule 11): labels, checking
 * what the user typed, and reading what a workbook remembers, which nothing else has checked.
 */
import { DEFAULT_LIMITS } from '../core/settings';
import type { Limits } from '../core/types';

export type LimitKey = keyof Limits;

/** The limits in the order a policy document lists them. */
export const LIMIT_KEYS: readonly LimitKey[] = [
  'stage1',
  'stage1Extended',
  'stage2',
  'stage2Extended',
  'stage3',
];

export const LIMIT_LABELS: Record<LimitKey, string> = {
  stage1: 'Stage 1 (working days)',
  stage1Extended: 'Stage 1 with an extension',
  stage2: 'Stage 2',
  stage2Extended: 'Stage 2 with an extension',
  stage3: 'Stage 3',
};

/** About a year of working days: more is a typing slip, not a policy. */
export const MIN_LIMIT = 1;
export const MAX_LIMIT = 250;

export type ParsedLimit = { ok: true; value: number } | { ok: false; message: string };

/** Whether a stored or stepped value can stand as a limit. */
export function isValidLimit(value: unknown): value is number {
  return (
    typeof value === 'number' && Number.isInteger(value) && value >= MIN_LIMIT && value <= MAX_LIMIT
  );
}

/** Check what was typed in a limit's box; a refusal says how to put it right. */
export function parseLimit(text: string): ParsedLimit {
  const trimmed = text.trim();
  if (trimmed === '') {
    return {
      ok: false,
      message: `Enter a number of working days from ${MIN_LIMIT} to ${MAX_LIMIT}.`,
    };
  }
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false, message: 'Enter a whole number of working days, such as 10.' };
  }
  const value = Number(trimmed);
  if (!isValidLimit(value)) {
    return { ok: false, message: `Enter a number from ${MIN_LIMIT} to ${MAX_LIMIT}.` };
  }
  return { ok: true, value };
}

/**
 * The limits a workbook remembers, each one checked: settings are JSON anyone could have edited, or
 * an older version wrote, so a bad or missing value falls back to the statutory one rather than
 * reaching the due-date arithmetic. Undefined when nothing usable was stored.
 */
export function readStoredLimits(stored: unknown): Limits | undefined {
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return undefined;
  const record = stored as Record<string, unknown>;
  if (!LIMIT_KEYS.some((key) => isValidLimit(record[key]))) return undefined;
  const limits = { ...DEFAULT_LIMITS };
  for (const key of LIMIT_KEYS) {
    const value = record[key];
    if (isValidLimit(value)) limits[key] = value;
  }
  return limits;
}

/** Whether these are the statutory timescales, so the pane can say which are in use. */
export function isStatutory(limits: Limits): boolean {
  return LIMIT_KEYS.every((key) => limits[key] === DEFAULT_LIMITS[key]);
}
