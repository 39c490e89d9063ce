import {
  checkTerm,
  readStoredTerms,
  standardTerm,
  wordingOf,
  type TermKey,
} from '../../src/taskpane/wordingTerms';

describe('checkTerm', () => {
  it.each<[TermKey, string, ReturnType<typeof checkTerm>]>([
    ['council', 'Westshire County Council', { ok: true, value: 'Westshire County Council' }],
    [
      'board',
      '  the Corporate Parenting Board ',
      { ok: true, value: 'the Corporate Parenting Board' },
    ],
    ['upheld', '', { ok: true, value: null }],
    ['upheld', '   ', { ok: true, value: null }],
  ])('%s %j', (key, text, expected) => {
    expect(checkTerm(key, text)).toEqual(expected);
  });

  it.each<[TermKey, string]>([
    ['board', "{council}'s Corporate Parenting Board"],
    ['council', 'Westshire {'],
    ['childrenInCare', 'children looked after}'],
  ])('refuses braces in %s (%j): a term is printed as typed', (key, text) => {
    expect(checkTerm(key, text)).toEqual({
      ok: false,
      message: 'This wording must be the words themselves, without { or }.',
    });
  });
});

describe('wordingOf', () => {
  it('is the standard wording when every box is empty', () => {
    expect(wordingOf({})).toEqual({ changes: null, problems: {} });
    expect(wordingOf({ council: '  ' })).toEqual({ changes: null, problems: {} });
  });

  it('takes the filled boxes as terms and names the faulty ones', () => {
    expect(
      wordingOf({ council: 'Westshire Council', board: '{board}', upheld: 'found in favour' }),
    ).toEqual({
      changes: { terms: { council: 'Westshire Council', upheld: 'found in favour' } },
      problems: {
        board: 'This wording must be the words themselves, without { or }.',
      },
    });
  });
});

describe('standardTerm', () => {
  it.each<[TermKey, Parameters<typeof standardTerm>[1], string]>([
    ['council', {}, 'the council'],
    ['ombudsman', {}, 'the Local Government and Social Care Ombudsman'],
    ['childInCare', {}, 'child in care'],
    // The singular follows the council's plural, as a wording file's does.
    ['childInCare', { childrenInCare: 'children looked after' }, 'child looked after'],
    ['childInCare', { childrenInCare: '{bad}' }, 'child in care'],
  ])('%s with %j → %s', (key, drafts, expected) => {
    expect(standardTerm(key, drafts)).toBe(expected);
  });
});

describe('readStoredTerms', () => {
  it.each<[string, unknown, ReturnType<typeof readStoredTerms>]>([
    ['nothing', undefined, {}],
    ['not an object', 'the council', {}],
    ['terms that are not an object', { terms: ['a'] }, {}],
    [
      'good terms',
      { terms: { council: 'Westshire Council', board: 'the Corporate Parenting Board' } },
      { council: 'Westshire Council', board: 'the Corporate Parenting Board' },
    ],
    [
      'each bad term dropped on its own',
      { terms: { council: 42, board: '{council} board', upheld: '', ombudsman: 'the LGSCO' } },
      { ombudsman: 'the LGSCO' },
    ],
    ['an unknown term ignored', { terms: { mayor: 'the mayor' } }, {}],
  ])('%s', (_, stored, expected) => {
    expect(readStoredTerms(stored)).toEqual(expected);
  });
});
