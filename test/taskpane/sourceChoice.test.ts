import type { TrackerSource, TrackerSources } from '../../src/core/port';
import { chooseInitialSource, decodeSource, encodeSource } from '../../src/taskpane/sourceChoice';

const SOURCES: TrackerSources = {
  sheets: ['Notes', 'Tracker'],
  tables: ['Complaints'],
  active: 'Notes',
};

describe('chooseInitialSource', () => {
  it.each<[string, TrackerSources, TrackerSource | undefined, TrackerSource | null]>([
    [
      'the remembered sheet',
      SOURCES,
      { kind: 'sheet', name: 'Tracker' },
      { kind: 'sheet', name: 'Tracker' },
    ],
    [
      'the remembered table',
      SOURCES,
      { kind: 'table', name: 'Complaints' },
      { kind: 'table', name: 'Complaints' },
    ],
    [
      'the active sheet when the remembered one is gone',
      SOURCES,
      { kind: 'sheet', name: 'Old' },
      { kind: 'sheet', name: 'Notes' },
    ],
    [
      'the active sheet when nothing is remembered',
      SOURCES,
      undefined,
      { kind: 'sheet', name: 'Notes' },
    ],
    [
      'the first sheet when none is active',
      { ...SOURCES, active: null },
      undefined,
      { kind: 'sheet', name: 'Notes' },
    ],
    ['nothing in an empty workbook', { sheets: [], tables: [], active: null }, undefined, null],
  ])('%s', (_, sources, remembered, expected) => {
    expect(chooseInitialSource(sources, remembered)).toEqual(expected);
  });
});

describe('encodeSource / decodeSource', () => {
  it.each<TrackerSource>([
    { kind: 'sheet', name: 'Tracker' },
    { kind: 'table', name: 'Complaints' },
    { kind: 'sheet', name: 'Q1: 2022/23' },
  ])('round-trips %j', (source) => {
    expect(decodeSource(encodeSource(source))).toEqual(source);
  });

  it.each(['', 'sheet:', 'range:A1', 'Tracker'])('refuses %j', (value) => {
    expect(decodeSource(value)).toBeNull();
  });
});
