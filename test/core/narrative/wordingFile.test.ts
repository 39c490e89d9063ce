/** Wording files: a council's words checked, every mistake named by key and line, never thrown. */
import { parseWording } from '../../../src/core/narrative';

function failure(text: string) {
  const result = parseWording(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result;
}

describe('parseWording', () => {
  it('reads terms, a title, headings and templates with plural forms', () => {
    const result = parseWording(
      JSON.stringify({
        terms: { childrenInCare: 'children looked after', council: 'Westshire County Council' },
        title: 'Complaints to {council}, {from} to {to}',
        headings: { overview: 'Complaints we received' },
        templates: { stages: { late: { zero: 'none late', one: 'one late', other: '{n} late' } } },
      }),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.wording.terms.childrenInCare).toBe('children looked after');
    expect(result.wording.terms.childInCare).toBe('child looked after');
    expect(result.wording.terms.board).toBe('the board');
    expect(result.wording.headings.overview).toBe('Complaints we received');
    expect(result.wording.templates.stages.late).toEqual({
      zero: 'none late',
      one: 'one late',
      other: '{n} late',
    });
    expect(result.wording.templates.stages.average).toBeDefined();
  });

  it('takes an empty file object as the default wording', () => {
    expect(parseWording('{}').ok).toBe(true);
  });

  it.each([
    [
      '{\n  "terms": {\n    "council": "x",\n    "childrenInCar": "y"\n  }\n}',
      'terms.childrenInCar',
      4,
    ],
    ['{\n  "colours": {}\n}', 'colours', 2],
    ['{ "headings": {\n "summary": "x" } }', 'headings.summary', 2],
    ['{ "templates": { "overview": {\n "totals": "x" } } }', 'templates.overview.totals', 2],
    ['{ "templates": {\n "charts": {} } }', 'templates.charts', 2],
  ])('refuses an unknown key: %j', (text, key, line) => {
    const result = failure(text);
    expect(result).toMatchObject({ key, line });
    expect(result.message).toContain(`line ${line}: "${key}" is not a known key`);
  });

  it.each([
    ['{\n  "terms": {\n    "board": 3\n  }\n}', 'terms.board', 3, 'must be text in quotes'],
    ['{ "terms": [] }', 'terms', 1, 'must be an object'],
    ['[1, 2]', '', 1, 'must be an object'],
    ['{\n"title": true }', 'title', 2, 'must be text in quotes'],
    ['{ "terms": { "board": "  " } }', 'terms.board', 1, 'must not be empty'],
    [
      '{ "templates": { "overview": {\n"onlyOne": { "one": "x", "other": "y" } } } }',
      'templates.overview.onlyOne',
      2,
      'must be text in quotes',
    ],
    [
      '{ "templates": { "stages": {\n"late": { "one": "one late" } } } }',
      'templates.stages.late',
      2,
      'needs "other"',
    ],
    [
      '{ "templates": { "stages": {\n"late": { "one": "x", "other": "y", "few": "z" } } } }',
      'templates.stages.late.few',
      2,
      'is not a known key',
    ],
    [
      '{ "templates": { "themes": {\n"many": "Themes: {themes}." } } }',
      'templates.themes.many',
      2,
      'uses {themes}, which it cannot fill',
    ],
    [
      '{ "terms": {\n"board": "{council} board" } }',
      'terms.board',
      2,
      'must be the words themselves, without { or }',
    ],
  ])('refuses a wrong value: %j', (text, key, line, what) => {
    const result = failure(text);
    expect(result).toMatchObject({ key, line });
    expect(result.message).toContain(what);
  });

  it.each([
    ['{\n  "terms": {\n    "board": "x",\n  }\n}', 4, 3],
    ['{ "terms": { "board": "x" }', 1, 28],
    ['{\n"terms": { board: "x" } }', 2, 12],
    ['', 1, 1],
    ['{} {}', 1, 4],
  ])('names the line and column of bad JSON: %j', (text, line, column) => {
    const result = failure(text);
    expect(result.key).toBeNull();
    expect(result.line).toBe(line);
    expect(result.message).toContain(`line ${line}, column ${column}: not valid JSON`);
  });

  it('takes a phrase without plural forms where the default has them', () => {
    const result = parseWording('{ "templates": { "stages": { "late": "{n} late" } } }');
    expect(result.ok && result.wording.templates.stages.late).toBe('{n} late');
  });
});
