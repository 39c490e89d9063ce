import { parseIsoDate } from '../../src/core/dates';
import type { PeriodChoice } from '../../src/core/settings';
import { describeResolvedPeriod, resolvePeriod } from '../../src/core/resolvePeriod';

const day = (iso: string): number => parseIsoDate(iso) ?? Number.NaN;

describe('resolvePeriod', () => {
  it.each<[string, PeriodChoice, string, string, string]>([
    [
      'six whole months',
      { kind: 'preset', preset: 'last-6-months' },
      '2022-03-15',
      '2021-09-01',
      '2022-02-28',
    ],
    [
      'six months on the 1st',
      { kind: 'preset', preset: 'last-6-months' },
      '2022-03-01',
      '2021-09-01',
      '2022-02-28',
    ],
    [
      'the last quarter',
      { kind: 'preset', preset: 'last-quarter' },
      '2022-03-15',
      '2021-10-01',
      '2021-12-31',
    ],
    [
      'the financial year',
      { kind: 'preset', preset: 'financial-year' },
      '2022-05-03',
      '2021-04-01',
      '2022-03-31',
    ],
    [
      'custom dates',
      { kind: 'custom', from: '2021-10-01', to: '2021-10-01' },
      '2022-03-15',
      '2021-10-01',
      '2021-10-01',
    ],
  ])('%s', (_, choice, asOf, from, to) => {
    expect(resolvePeriod(choice, asOf)).toEqual({
      ok: true,
      from: day(from),
      to: day(to),
      asOf: day(asOf),
    });
  });

  it.each<[string, PeriodChoice, string, 'from' | 'to' | 'asOf', RegExp]>([
    ['no as-of date', { kind: 'preset', preset: 'last-quarter' }, '', 'asOf', /as of/],
    [
      'an impossible as-of date',
      { kind: 'preset', preset: 'last-quarter' },
      '2022-02-30',
      'asOf',
      /as of/,
    ],
    ['no start', { kind: 'custom', from: '', to: '2022-01-31' }, '2022-03-15', 'from', /first day/],
    ['no end', { kind: 'custom', from: '2022-01-01', to: '' }, '2022-03-15', 'to', /last day/],
    [
      'an end before the start',
      { kind: 'custom', from: '2022-02-01', to: '2022-01-31' },
      '2022-03-15',
      'to',
      /cannot end before it starts \(1 February 2022\)/,
    ],
  ])('refuses %s', (_, choice, asOf, field, message) => {
    const resolved = resolvePeriod(choice, asOf);
    expect(resolved).toMatchObject({ ok: false, field });
    expect(resolved.ok ? '' : resolved.message).toMatch(message);
  });
});

describe('describeResolvedPeriod', () => {
  it.each([
    ['2021-09-01', '2022-02-28', '1 September 2021 to 28 February 2022'],
    ['2021-09-03', '2021-09-03', '3 September 2021'],
  ])('%s to %s → %s', (from, to, words) => {
    expect(describeResolvedPeriod(day(from), day(to))).toBe(words);
  });
});
