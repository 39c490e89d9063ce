import { parseOutcome } from '../../../src/core/parse/parseOutcome';
import type { CellValue, Outcome } from '../../../src/core/types';

describe('parseOutcome', () => {
  it.each<[CellValue, Outcome | null]>([
    [null, null],
    ['', null],
    ['   ', null],
    ['Upheld', 'upheld'],
    ['UPHELD', 'upheld'],
    ['upheld', 'upheld'],
    ['Upheld.', 'upheld'],
    [' Upheld ', 'upheld'],
    ['Fully upheld', 'upheld'],
    ['Upheld in full', 'upheld'],
    ['Partially upheld', 'partiallyUpheld'],
    ['Partly upheld', 'partiallyUpheld'],
    ['Partly-upheld', 'partiallyUpheld'],
    ['Upheld in part', 'partiallyUpheld'],
    ['Partially', 'partiallyUpheld'],
    ['Part upheld', 'partiallyUpheld'],
    ['Partial', 'partiallyUpheld'],
    ['PARTIALLY UPHELD', 'partiallyUpheld'],
    ['Not upheld', 'notUpheld'],
    ['Not Upheld', 'notUpheld'],
    ['NOT UPHELD', 'notUpheld'],
    ['Not-upheld', 'notUpheld'],
    ['notupheld', 'notUpheld'],
    ['Not upheld.', 'notUpheld'],
    ['Withdrawn', 'withdrawn'],
    ['Complaint withdrawn', 'withdrawn'],
    ['WITHDRAWN', 'withdrawn'],
    ['Resolved', 'resolved'],
    ['Resolved informally', 'resolved'],
    ['Informal resolution', 'resolved'],
    ['Early resolution', 'resolved'],
    ['Alternative dispute resolution', 'resolved'],
    ['ADR', 'resolved'],
    ['Mediation', 'resolved'],
  ])('%p is %p', (value, outcome) => {
    expect(parseOutcome(value)).toEqual({ ok: true, value: outcome });
  });

  it.each<[CellValue, string]>([
    ['Unfounded', 'Unfounded'],
    ['Rejected', 'Rejected'],
    ['No finding', 'No finding'],
    ['Not upheld / partly upheld', 'Not upheld / partly upheld'],
    ['Upheld - partly', 'Upheld - partly'],
    ['Resolution', 'Resolution'],
    ['n/a', 'n/a'],
    [1, '1'],
    [true, 'TRUE'],
    [new Date(Date.UTC(2021, 8, 3)), '2021-09-03'],
  ])('%p is not ok', (value, text) => {
    expect(parseOutcome(value)).toEqual({ ok: false, text });
  });
});

describe('parseOutcome: "no outcome yet" words are blank, so the complaint stays open', () => {
  it.each([
    'Open',
    'Pending',
    'TBC',
    'tba',
    'Ongoing',
    'In progress',
    'Being investigated',
    'Under investigation',
    'Awaiting outcome',
    '-',
    '?',
    ' – ',
  ])('%p is no outcome', (value) => {
    expect(parseOutcome(value)).toEqual({ ok: true, value: null });
  });
});
