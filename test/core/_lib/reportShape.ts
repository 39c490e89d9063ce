/**
 * The Report JSON of docs/design.md written out as a shape, and a walker that lists every key that is
 * missing, extra or of the wrong type, so a test can assert the contract key by key.
 */
import { FIELDS } from '../../../src/core/fields';

/** A shape: a primitive type name, or a node describing an object, list, map or nullable. */
export type Shape =
  | 'number'
  | 'string'
  | 'boolean'
  | { kind: 'object'; keys: Record<string, Shape> }
  | { kind: 'list'; of: Shape }
  | { kind: 'map'; of: Shape; keys?: readonly string[] }
  | { kind: 'nullable'; of: Shape }
  | { kind: 'oneOf'; values: readonly (string | number)[] };

/** An object with exactly these keys. */
export function obj(keys: Record<string, Shape>): Shape {
  return { kind: 'object', keys };
}

/** An object whose every listed key is a number. */
export function counts(keys: readonly string[]): Shape {
  return obj(Object.fromEntries(keys.map((key) => [key, 'number' as const])));
}

const list = (of: Shape): Shape => ({ kind: 'list', of });
const map = (of: Shape, keys?: readonly string[]): Shape => ({ kind: 'map', of, keys });
const nullable = (of: Shape): Shape => ({ kind: 'nullable', of });
const oneOf = (...values: (string | number)[]): Shape => ({ kind: 'oneOf', values });

const COMPLAINANTS = ['child', 'parent', 'advocate', 'fosterCarer', 'other', 'notRecorded'];
const STAGES = ['1', '2', '3', 'ombudsman'];

const STAGE_TIMES: Shape = obj({
  received: 'number',
  withinLimit: 'number',
  withinExtension: 'number',
  late: 'number',
  unknown: 'number',
  openInTime: 'number',
  openOverdue: 'number',
  meanWorkingDays: nullable('number'),
  medianWorkingDays: nullable('number'),
});

/** `Breakdown` as the contract writes it, every section present. */
export const BREAKDOWN_SHAPE: Shape = obj({
  complaints: 'number',
  outcomes: counts([
    'upheld',
    'partiallyUpheld',
    'notUpheld',
    'withdrawn',
    'resolved',
    'other',
    'open',
  ]),
  stages: counts(STAGES),
  timescales: obj({
    closedOnTime: 'number',
    closedLate: 'number',
    closedUnknown: 'number',
    openInTime: 'number',
    openOverdue: 'number',
    overdueReferences: list('string'),
  }),
  upheld: obj({
    complaints: 'number',
    byTeam: map('number'),
    byComplainant: map('number', COMPLAINANTS),
    byStage: map('number', STAGES),
  }),
  complainants: counts(COMPLAINANTS),
  themes: list(obj({ theme: 'string', complaints: 'number' })),
  teams: list(obj({ team: 'string', complaints: 'number', upheld: 'number' })),
  stageActivity: counts(STAGES),
  stageTimescales: obj({ '1': STAGE_TIMES, '2': STAGE_TIMES, '3': STAGE_TIMES }),
  escalations: counts(['stage1', 'toStage2', 'toStage3', 'toOmbudsman']),
  monthly: list(
    obj({
      month: 'string',
      received: 'number',
      closedOnTime: 'number',
      closedLate: 'number',
      closedUnknown: 'number',
      openInTime: 'number',
      openOverdue: 'number',
    }),
  ),
});

/** A comparison: its period, whether the tracker covers it, and its breakdowns (or null). */
const COMPARISON_SHAPE: Shape = obj({
  from: 'string',
  to: 'string',
  covered: 'boolean',
  all: nullable(BREAKDOWN_SHAPE),
  childrenInCare: nullable(BREAKDOWN_SHAPE),
});

/** The Report JSON (schemaVersion 2) as the contract writes it, for a tracker with every column. */
export const REPORT_SHAPE: Shape = obj({
  schemaVersion: oneOf(2),
  source: obj({
    file: 'string',
    sheets: list(obj({ sheet: 'string', headerRow: 'number', columns: map('string', FIELDS) })),
  }),
  coverage: obj({ firstReceived: nullable('string'), lastReceived: nullable('string') }),
  period: obj({
    from: 'string',
    to: 'string',
    asOf: 'string',
    covered: 'boolean',
    toDate: 'boolean',
  }),
  rows: counts(['read', 'blank', 'summary', 'excluded', 'duplicate', 'counted']),
  issues: list(
    obj({
      sheet: 'string',
      row: 'number',
      field: nullable(oneOf(...FIELDS)),
      code: 'string',
      severity: oneOf('error', 'warning', 'info'),
      message: 'string',
    }),
  ),
  all: BREAKDOWN_SHAPE,
  childrenInCare: BREAKDOWN_SHAPE,
  comparisons: obj({ previous: COMPARISON_SHAPE, yearEarlier: COMPARISON_SHAPE }),
});

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Every way `value` departs from `shape`, as "path: problem" lines; empty when it matches. Extra
 * keys are reported as well as missing ones, so the contract cannot grow silently.
 */
export function findShapeProblems(value: unknown, shape: Shape, path = '$'): string[] {
  if (shape === 'number') {
    return Number.isFinite(value) ? [] : [`${path}: expected a number, got ${String(value)}`];
  }
  if (shape === 'string') return typeof value === 'string' ? [] : [`${path}: expected a string`];
  if (shape === 'boolean') {
    return typeof value === 'boolean' ? [] : [`${path}: expected true or false`];
  }
  switch (shape.kind) {
    case 'oneOf':
      return shape.values.includes(value as string | number)
        ? []
        : [`${path}: ${String(value)} is not one of ${shape.values.join(', ')}`];
    case 'nullable':
      return value === null ? [] : findShapeProblems(value, shape.of, path);
    case 'list':
      if (!Array.isArray(value)) return [`${path}: expected a list`];
      return value.flatMap((item, i) => findShapeProblems(item, shape.of, `${path}[${i}]`));
    case 'map': {
      if (!isPlainObject(value)) return [`${path}: expected an object`];
      const allowed = shape.keys;
      return Object.entries(value).flatMap(([key, item]) => [
        ...(allowed && !allowed.includes(key) ? [`${path}.${key}: not an allowed key`] : []),
        ...findShapeProblems(item, shape.of, `${path}.${key}`),
      ]);
    }
    case 'object': {
      if (!isPlainObject(value)) return [`${path}: expected an object`];
      const extra = Object.keys(value)
        .filter((key) => !(key in shape.keys))
        .map((key) => `${path}.${key}: extra key`);
      const problems = Object.entries(shape.keys).flatMap(([key, inner]) =>
        key in value
          ? findShapeProblems(value[key], inner, `${path}.${key}`)
          : [`${path}.${key}: missing`],
      );
      return [...extra, ...problems];
    }
    default:
      return [`${path}: unknown shape`];
  }
}
