/**
 * Command-line options to engine inputs: the period, the as-of date. Bad usage is a `UsageError`,
 * which the command line reports on stderr with exit code 2.
 */
import { dayFromParts, parseIsoDate, toIsoDate } from '../core/dates';
import { PERIOD_PRESETS, type PeriodPreset } from '../core/period';
import { DEFAULT_PERIOD } from '../core/resolvePeriod';
import { FIELDS } from '../core/fields';
import type { HeaderMapping } from '../core/headerMapping';
import { unmatchedOverrides, type MappingOverrides } from '../core/mapping';
import { DEFAULT_LIMITS, type PeriodChoice } from '../core/settings';
import type { DayNumber, Field, IsoDate, Limits } from '../core/types';

/** A mistake in how the command was called (or an unreadable input): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type PeriodFlags = { from?: string; to?: string; period?: string; asOf?: string };

/** Today's local calendar date: the command line is where the clock is read. */
export function localToday(now: Date): DayNumber {
  const day = dayFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (day === null) throw new RangeError('The system clock gave an impossible date');
  return day;
}

function isoFlag(name: string, value: string): DayNumber {
  const day = parseIsoDate(value);
  if (day === null) {
    throw new UsageError(
      `--${name} '${value}' is not a date: write it as YYYY-MM-DD, e.g. 2022-03-10.`,
    );
  }
  return day;
}

/** The period the flags ask for, as the pipeline takes it: a choice and the as-of date. */
export type PeriodRequest = { period: PeriodChoice; asOf: IsoDate };

/**
 * The period and as-of date the flags ask for, checked as flags (each a YYYY-MM-DD date, --from
 * with --to); defaults are the core's: today, and the last six whole months before it.
 */
export function periodFromFlags(flags: PeriodFlags, today: DayNumber): PeriodRequest {
  const asOf = toIsoDate(flags.asOf === undefined ? today : isoFlag('as-of', flags.asOf));
  const hasDates = flags.from !== undefined || flags.to !== undefined;
  if (hasDates && flags.period !== undefined) {
    throw new UsageError('Give either --from and --to, or --period, not both.');
  }
  if (hasDates) {
    if (flags.from === undefined || flags.to === undefined) {
      throw new UsageError(
        '--from and --to go together: give both dates, e.g. --from 2021-09-01 --to 2022-02-28.',
      );
    }
    const from = isoFlag('from', flags.from);
    const to = isoFlag('to', flags.to);
    if (to < from) throw new UsageError(`--to ${flags.to} is before --from ${flags.from}.`);
    return { period: { kind: 'custom', from: toIsoDate(from), to: toIsoDate(to) }, asOf };
  }
  if (flags.period === undefined) return { period: DEFAULT_PERIOD, asOf };
  const preset = flags.period as PeriodPreset;
  if (!PERIOD_PRESETS.includes(preset)) {
    throw new UsageError(
      `--period '${flags.period}' is not known: use ${PERIOD_PRESETS.join(', ')}.`,
    );
  }
  return { period: { kind: 'preset', preset }, asOf };
}

const LIMIT_KEYS: Record<string, keyof Limits> = {
  stage1: 'stage1',
  'stage1-extended': 'stage1Extended',
  stage2: 'stage2',
  'stage2-extended': 'stage2Extended',
  stage3: 'stage3',
};

/**
 * Working-day limits from `--limits stage1=15,stage2-extended=60`: the named ones replace the
 * statutory defaults, the rest stay. Each must be a whole number of working days, 1 to 250.
 */
export function parseLimits(text: string | undefined): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS };
  if (text === undefined) return limits;
  for (const part of text.split(',')) {
    const [key, value, extra] = part.split('=').map((s) => s.trim());
    const field = LIMIT_KEYS[key];
    if (field === undefined || value === undefined || extra !== undefined) {
      throw new UsageError(
        `--limits '${part}' is not understood: write name=days with names ${Object.keys(LIMIT_KEYS).join(', ')}, e.g. --limits stage1=15,stage2=20.`,
      );
    }
    const days = Number(value);
    if (!/^\d+$/.test(value) || days < 1 || days > 250) {
      throw new UsageError(
        `--limits ${key}=${value}: give a whole number of working days from 1 to 250.`,
      );
    }
    limits[field] = days;
  }
  return limits;
}

/**
 * Column choices from repeated `--map field=Header text` (or `field=` for "not in this tracker"),
 * for trackers whose headers the synonyms do not know. Field names as in the Report JSON.
 */
export function parseMappings(values: readonly string[] | undefined): MappingOverrides {
  const overrides: MappingOverrides = {};
  for (const value of values ?? []) {
    const equals = value.indexOf('=');
    const field = (equals < 0 ? value : value.slice(0, equals)).trim() as Field;
    if (equals < 0 || !FIELDS.includes(field)) {
      throw new UsageError(
        `--map '${value}' is not understood: write field=Header text with a field among ${FIELDS.join(', ')}, e.g. --map "received=Date of first contact".`,
      );
    }
    const header = value.slice(equals + 1).trim();
    overrides[field] = header === '' ? null : header;
  }
  return overrides;
}

/** Excel's last row: a header row must be a sheet row. */
const LAST_ROW = 1_048_576;

/** The header row from `--header-row N`: a sheet row number, 1 to 1,048,576. */
export function parseHeaderRow(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const row = Number(text);
  if (!/^\d+$/.test(text.trim()) || row < 1 || row > LAST_ROW) {
    throw new UsageError(
      `--header-row '${text}' is not a row number: give the sheet row of the header, e.g. --header-row 3.`,
    );
  }
  return row;
}

/**
 * Every `--map` choice must name a column of the header found: a misspelt header is an error that
 * names it, never a choice silently ignored.
 */
export function checkMappings(header: HeaderMapping, overrides: MappingOverrides): void {
  const sheet = header.sheet;
  const missing = unmatchedOverrides(header.headers, overrides);
  if (missing.length === 0) return;
  const columns = header.headers.filter((text) => text !== '').map((text) => `'${text}'`);
  const asked = missing.map((field) => `--map ${field}=${overrides[field] as string}`).join(', ');
  const names = missing.map((field) => `'${overrides[field] as string}'`).join(' or ');
  throw new UsageError(
    `${asked}: the header on row ${header.headerRow} of '${sheet}' has no column called ${names}. Its columns are: ${columns.join(', ')}.`,
  );
}
