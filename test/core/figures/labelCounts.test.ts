/** Rules 16 and 23 (docs/design.md): complaints by team and theme, over a report's shared numbering. */
import { countLabels, createLabelIndex } from '../../../src/core/figures/labelCounts';
import { groupLabels } from '../../../src/core/grouping';

const teams = groupLabels(['Fostering', 'fostering ', 'Fostering', 'Leaving Care']);
const themes = groupLabels(['Delay', 'delay', 'Delay', 'Communication']);

function indexFor() {
  return createLabelIndex(teams, themes, 'Not recorded');
}

describe('rules 16, 23: team and theme counts by group', () => {
  it.each<[string, (string | null)[], { team: string; complaints: number; upheld: number }[]]>([
    [
      'a blank team cell → "Not recorded"',
      [null],
      [{ team: 'Not recorded', complaints: 1, upheld: 0 }],
    ],
    [
      'spellings of one team counted together under its most common spelling',
      ['fostering ', 'Fostering'],
      [{ team: 'Fostering', complaints: 2, upheld: 0 }],
    ],
    [
      'each team met, first met first',
      ['Leaving Care', null, 'Fostering'],
      [
        { team: 'Leaving Care', complaints: 1, upheld: 0 },
        { team: 'Not recorded', complaints: 1, upheld: 0 },
        { team: 'Fostering', complaints: 1, upheld: 0 },
      ],
    ],
  ])('%s', (_, cells, expected) => {
    const counts = countLabels(indexFor());
    for (const team of cells) counts.add(team, [], false);
    expect(counts.teams()).toEqual(expected);
  });

  it('counts upheld complaints by team alongside all complaints', () => {
    const counts = countLabels(indexFor());
    counts.add('Fostering', [], true);
    counts.add('Fostering', [], false);
    expect(counts.teams()).toEqual([{ team: 'Fostering', complaints: 2, upheld: 1 }]);
  });

  it.each<[string, string[][], { theme: string; complaints: number }[]]>([
    ['no themes → none', [[]], []],
    ['one theme', [['Delay']], [{ theme: 'Delay', complaints: 1 }]],
    [
      'two spellings of one theme in a cell count once',
      [['Delay', 'delay']],
      [{ theme: 'Delay', complaints: 1 }],
    ],
    [
      'each complaint with the theme counts',
      [
        ['Communication', 'Delay'],
        ['Communication', 'Delay'],
      ],
      [
        { theme: 'Communication', complaints: 2 },
        { theme: 'Delay', complaints: 2 },
      ],
    ],
  ])('%s', (_, cells, expected) => {
    const counts = countLabels(indexFor());
    for (const cell of cells) counts.add(null, cell, false);
    expect(counts.themes()).toEqual(expected);
  });

  it('a shared numbering lists only the groups each breakdown met', () => {
    const index = indexFor();
    const first = countLabels(index);
    const second = countLabels(index);
    first.add('Fostering', ['Delay'], false);
    second.add('Leaving Care', ['Communication'], true);
    expect(first.teams()).toEqual([{ team: 'Fostering', complaints: 1, upheld: 0 }]);
    expect(first.themes()).toEqual([{ theme: 'Delay', complaints: 1 }]);
    expect(second.teams()).toEqual([{ team: 'Leaving Care', complaints: 1, upheld: 1 }]);
    expect(second.themes()).toEqual([{ theme: 'Communication', complaints: 1 }]);
  });
});

describe('a theme cell is keyed by its shared list', () => {
  it('the same frozen list met twice is grouped once and counted twice', () => {
    const cell = Object.freeze(['delay', 'Delay', 'Communication']);
    const counts = countLabels(indexFor());
    counts.add(null, cell, false);
    counts.add(null, cell, false);
    expect(counts.themes()).toEqual([
      { theme: 'Delay', complaints: 2 },
      { theme: 'Communication', complaints: 2 },
    ]);
  });
});
