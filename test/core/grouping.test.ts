import { groupKey, groupLabels } from '../../src/core/grouping';

describe('rule 16: team and theme text is trimmed and grouped ignoring case', () => {
  it.each<[string, string]>([
    ['Fostering', 'fostering'],
    ['  FOSTERING ', 'fostering'],
    ['Leaving  Care', 'leaving care'],
    ['leaving care\t', 'leaving care'],
  ])('rule 16: "%s" is grouped as "%s"', (text, key) => {
    expect(groupKey(text)).toBe(key);
  });

  it('rule 16: different words are different groups', () => {
    expect(groupKey('Fostering')).not.toBe(groupKey('Adoption'));
  });
});

describe('rule 16: a group is shown by its most common spelling', () => {
  it.each<[string, string[], string]>([
    ['the majority spelling', ['fostering', 'Fostering', 'FOSTERING', 'Fostering'], 'Fostering'],
    [
      'the majority even when seen last',
      ['LEAVING CARE', 'Leaving care', 'Leaving care'],
      'Leaving care',
    ],
    [
      'spacing variants count as one spelling',
      ['Child  protection', ' Child protection', 'CP'],
      'Child protection',
    ],
    ['the first seen on a tie', ['disabled children', 'Disabled Children'], 'disabled children'],
  ])('rule 16: %s', (_, spellings, label) => {
    const groups = groupLabels(spellings);
    for (const spelling of spellings.filter((s) => groupKey(s) === groupKey(label))) {
      expect(groups.labelOf(spelling)).toBe(label);
    }
  });

  it('rule 16: separate groups keep separate labels', () => {
    const groups = groupLabels(['Fostering', 'fostering', 'Adoption', 'ADOPTION', 'Adoption']);
    expect([groups.labelOf('FOSTERING'), groups.labelOf('adoption')]).toEqual([
      'Fostering',
      'Adoption',
    ]);
  });

  it('a spelling never seen is shown trimmed', () => {
    expect(groupLabels(['Fostering']).labelOf('  Residential ')).toBe('Residential');
  });
});
