import { DEFAULT_LIMITS } from '../../src/core/settings';
import {
  LIMIT_KEYS,
  LIMIT_LABELS,
  isStatutory,
  parseLimit,
  readStoredLimits,
} from '../../src/taskpane/limits';

const WHOLE = 'Enter a whole number of working days, such as 10.';
const RANGE = 'Enter a number from 1 to 250.';
const BLANK = 'Enter a number of working days from 1 to 250.';

describe('parseLimit', () => {
  it.each([
    ['10', 10],
    ['1', 1],
    ['250', 250],
    [' 15 ', 15],
    ['015', 15],
  ])('takes %j as %i', (text, value) => {
    expect(parseLimit(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', BLANK],
    ['   ', BLANK],
    ['0', RANGE],
    ['251', RANGE],
    ['300', RANGE],
    ['99999999999999999999', RANGE],
    ['1.5', WHOLE],
    ['10.0', WHOLE],
    ['-3', WHOLE],
    ['1e2', WHOLE],
    ['ten', WHOLE],
    ['1,5', WHOLE],
  ])('refuses %j: %s', (text, message) => {
    expect(parseLimit(text)).toEqual({ ok: false, message });
  });
});

describe('readStoredLimits', () => {
  it.each([
    ['nothing', undefined, undefined],
    ['null', null, undefined],
    ['a number', 10, undefined],
    ['an array', [10, 20], undefined],
    ['an object with no usable limit', { stage1: 0, stage2: '25' }, undefined],
    ['the statutory limits', { ...DEFAULT_LIMITS }, DEFAULT_LIMITS],
    [
      'a full set of its own',
      { stage1: 15, stage1Extended: 30, stage2: 20, stage2Extended: 40, stage3: 25 },
      { stage1: 15, stage1Extended: 30, stage2: 20, stage2Extended: 40, stage3: 25 },
    ],
    ['one limit, the rest statutory', { stage1: 15 }, { ...DEFAULT_LIMITS, stage1: 15 }],
    [
      'bad values replaced by statutory ones',
      { stage1: 15, stage1Extended: 1.5, stage2: 300, stage2Extended: '65', stage3: null },
      { ...DEFAULT_LIMITS, stage1: 15 },
    ],
    ['unknown keys ignored', { stage3: 40, stage4: 5 }, { ...DEFAULT_LIMITS, stage3: 40 }],
  ])('reads %s', (_, stored, expected) => {
    expect(readStoredLimits(stored)).toEqual(expected);
  });
});

describe('isStatutory', () => {
  it.each(LIMIT_KEYS)('is false when %s differs', (key) => {
    expect(isStatutory({ ...DEFAULT_LIMITS, [key]: DEFAULT_LIMITS[key] + 1 })).toBe(false);
  });

  it('is true for the statutory limits', () => {
    expect(isStatutory({ ...DEFAULT_LIMITS })).toBe(true);
  });
});

describe('LIMIT_LABELS', () => {
  it('labels the limits in policy order', () => {
    expect(LIMIT_KEYS.map((key) => LIMIT_LABELS[key])).toEqual([
      'Stage 1 (working days)',
      'Stage 1 with an extension',
      'Stage 2',
      'Stage 2 with an extension',
      'Stage 3',
    ]);
  });
});
