import { createSurvey } from '../../src/core/survey';
import { day, trackerRow } from './_lib/records';

/** The survey of rows given as [received, team, theme cell]; cells of equal text share one list. */
function survey(rows: [string, string | null, string[]][]) {
  const cells = new Map<string, string[]>();
  const shared = (themes: string[]): string[] => {
    const key = themes.join(';');
    const cell = cells.get(key) ?? themes;
    cells.set(key, cell);
    return cell;
  };
  const taken = createSurvey();
  rows.forEach(([received, team, themes], index) => {
    taken.add(trackerRow({ row: index + 2, received, team, themes: shared(themes) }));
  });
  return taken.result();
}

describe('the survey of the counted rows', () => {
  it('rule 19: spans the earliest to the latest received date, in any order', () => {
    const { coverage } = survey([
      ['2021-09-01', null, []],
      ['2021-04-03', null, []],
      ['2022-01-31', null, []],
    ]);
    expect(coverage).toEqual({ first: day('2021-04-03'), last: day('2022-01-31') });
  });

  it('rule 19: no rows, no coverage', () => {
    expect(survey([]).coverage).toBeNull();
  });

  it('rule 16: a theme cell met twice counts each of its spellings twice', () => {
    const { themes } = survey([
      ['2021-09-01', null, ['delay']],
      ['2021-09-02', null, ['Delay', 'Staff']],
      ['2021-09-03', null, ['Delay', 'Staff']],
    ]);
    expect(themes.labelOf('DELAY')).toBe('Delay');
  });

  it('rule 16: a tie goes to the spelling first seen in row order, across cells', () => {
    const { themes, teams } = survey([
      ['2021-09-01', 'fostering', ['Staff', 'communication']],
      ['2021-09-02', 'Fostering', ['Communication']],
      ['2021-09-03', 'Fostering', ['Staff', 'communication']],
      ['2021-09-04', 'fostering', ['Communication']],
    ]);
    expect(themes.labelOf('COMMUNICATION')).toBe('communication');
    expect(teams.labelOf('FOSTERING')).toBe('fostering');
  });
});
