import { isFreeTextColumn, isPersonName, isProse } from '../../../src/core/_lib/freeText';

describe('rule 2: a theme or complainant column of free text', () => {
  it.each([
    ['Amelia said her social worker…', true],
    ['The social worker did not return calls for three weeks', true],
    ['Mum unhappy. Wants new worker', true],
    ['Communication', false],
    ['Delay in assessment or service', false],
    ['Contact arrangements', false],
    ['Quality of service', false],
  ])('rule 2: "%s" is prose: %s', (text, prose) => {
    expect(isProse(text)).toBe(prose);
  });

  it.each([
    ['Jane Smith', true],
    ['Mrs J. Smith', true],
    ["Siobhan O'Neill", true],
    ['Parent', false],
    ['Grandparent', false],
    ['family member', false],
    ['MP', false],
  ])('rule 2: "%s" is a name: %s', (text, name) => {
    expect(isPersonName(text)).toBe(name);
  });

  it.each<[string, 'theme' | 'complainant', string[], boolean]>([
    [
      'themes as labels',
      'theme',
      ['Communication', 'Delay', 'Communication; Delay', 'Contact'],
      false,
    ],
    [
      'themes as sentences',
      'theme',
      ['Amelia said her social worker…', 'Dad says nobody called him back for weeks', 'Delay'],
      true,
    ],
    [
      'half sentences is not most',
      'theme',
      [
        'Delay',
        'Contact',
        'He says nobody came to the review.',
        'The worker was rude to them on the phone',
      ],
      false,
    ],
    ['complainant types', 'complainant', ['Parent', 'Child', 'Grandparent', 'Advocate'], false],
    ['complainant names', 'complainant', ['Jane Smith', 'Mr A. Khan', 'Parent', 'Tom Brown'], true],
    ['too few cells to judge', 'complainant', ['Jane Smith', 'Tom Brown'], false],
  ])('rule 2: %s', (_, field, cells, free) => {
    expect(isFreeTextColumn(field, [...cells, '', null])).toBe(free);
  });
});
