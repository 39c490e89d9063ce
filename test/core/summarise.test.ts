import { FIELDS } from '../../src/core/fields';
import { emptyActivity } from '../../src/core/figures/stageTimes';
import { groupLabels } from '../../src/core/grouping';
import type { ColumnMapping } from '../../src/core/mapping';
import {
  isUpheld,
  outcomeOf,
  summariseComplaints,
  TEAM_NOT_RECORDED,
  type SummariseContext,
} from '../../src/core/summarise';
import type { AssessedComplaint, Field, OutcomeCounts } from '../../src/core/types';
import { BANK_HOLIDAYS_ENGLAND_WALES } from '../../src/core/bankHolidays';
import { createCalendar } from '../../src/core/calendar';
import { DEFAULT_LIMITS } from '../../src/core/settings';
import { assessed, day, type AssessedSpec } from './_lib/records';

const ALL_COLUMNS: ColumnMapping = Object.fromEntries(FIELDS.map((field, i) => [field, i]));

function contextFor(complaints: AssessedComplaint[], without: Field[] = []): SummariseContext {
  const columns: ColumnMapping = { ...ALL_COLUMNS };
  for (const field of without) delete columns[field];
  return {
    columns,
    teams: groupLabels(complaints.flatMap((c) => (c.record.team ? [c.record.team] : []))),
    themes: groupLabels(complaints.flatMap((c) => c.record.themes)),
    period: { from: day('2021-09-01'), to: day('2022-02-28') },
    judge: {
      asOf: day('2022-03-10'),
      limits: DEFAULT_LIMITS,
      calendar: createCalendar(BANK_HOLIDAYS_ENGLAND_WALES),
    },
  };
}

function summarise(specs: AssessedSpec[], without: Field[] = []) {
  const complaints = specs.map((spec, i) =>
    assessed({ reference: `R${i + 1}`, row: i + 2, ...spec }),
  );
  return summariseComplaints(complaints, emptyActivity(), contextFor(complaints, without));
}

describe('rules 9 and 10: outcomes', () => {
  it.each<[string, AssessedSpec, keyof OutcomeCounts]>([
    ['upheld → upheld', { outcome: 'upheld', closed: '2021-09-10' }, 'upheld'],
    [
      'partially upheld → partiallyUpheld',
      { outcome: 'partiallyUpheld', closed: '2021-09-10' },
      'partiallyUpheld',
    ],
    ['not upheld → notUpheld', { outcome: 'notUpheld', closed: '2021-09-10' }, 'notUpheld'],
    ['withdrawn → withdrawn', { outcome: 'withdrawn' }, 'withdrawn'],
    ['an unrecognised outcome → other', { outcome: 'other', closed: '2021-09-10' }, 'other'],
    ['a response date but no outcome → other', { closed: '2021-09-10' }, 'other'],
    ['no outcome and no response date → open', {}, 'open'],
  ])('rules 9, 10: %s', (_, spec, bucket) => {
    const complaint = assessed(spec);
    expect(outcomeOf(complaint)).toBe(bucket);
    const { outcomes } = summarise([spec]);
    expect(outcomes).toEqual({
      upheld: 0,
      partiallyUpheld: 0,
      notUpheld: 0,
      withdrawn: 0,
      resolved: 0,
      other: 0,
      open: 0,
      [bucket]: 1,
    });
  });

  it.each<[AssessedSpec, boolean]>([
    [{ outcome: 'upheld' }, true],
    [{ outcome: 'partiallyUpheld' }, true],
    [{ outcome: 'notUpheld' }, false],
    [{ outcome: 'withdrawn' }, false],
    [{ outcome: 'other' }, false],
    [{}, false],
  ])('"upheld" counts upheld and partially upheld together: %o → %s', (spec, upheld) => {
    expect(isUpheld(assessed(spec))).toBe(upheld);
  });
});

describe('the breakdown of a set of complaints', () => {
  const specs: AssessedSpec[] = [
    {
      stage: 1,
      outcome: 'upheld',
      team: 'Fostering',
      complainant: 'parent',
      status: 'closedOnTime',
    },
    {
      stage: 2,
      outcome: 'partiallyUpheld',
      team: 'fostering ',
      complainant: 'child',
      status: 'closedLate',
    },
    { stage: 'ombudsman', outcome: 'upheld', complainant: 'parent', status: 'closedUnknown' },
    {
      stage: 1,
      outcome: 'notUpheld',
      team: 'Adoption',
      complainant: 'advocate',
      status: 'closedOnTime',
    },
    { stage: 3, team: 'Adoption', complainant: 'fosterCarer', status: 'openOverdue' },
    { stage: 1, complainant: 'notRecorded', status: 'openInTime' },
    { stage: 1, complainant: 'other', reference: '623963', status: 'openOverdue' },
  ];
  const breakdown = summarise(specs);

  it('counts every complaint once', () => {
    expect(breakdown.complaints).toBe(7);
  });

  it('rule 8: stages', () => {
    expect(breakdown.stages).toEqual({ '1': 4, '2': 1, '3': 1, ombudsman: 1 });
  });

  it('rule 13: timescales, with the overdue references as strings in code-point order', () => {
    expect(breakdown.timescales).toEqual({
      closedOnTime: 2,
      closedLate: 1,
      closedUnknown: 1,
      openInTime: 1,
      openOverdue: 2,
      overdueReferences: ['623963', 'R5'],
    });
  });

  it('rule 15: complainants', () => {
    expect(breakdown.complainants).toEqual({
      child: 1,
      parent: 2,
      advocate: 1,
      fosterCarer: 1,
      other: 1,
      notRecorded: 1,
    });
  });

  it('rule 16: upheld complaints by team (grouped, most common spelling), complainant and stage', () => {
    expect(breakdown.upheld).toEqual({
      complaints: 3,
      byTeam: { Fostering: 2, [TEAM_NOT_RECORDED]: 1 },
      byComplainant: { parent: 2, child: 1 },
      byStage: { '1': 1, '2': 1, ombudsman: 1 },
    });
  });

  it('teams are listed most upheld first', () => {
    const upheld = summarise([
      { outcome: 'upheld', team: 'Adoption' },
      { outcome: 'upheld', team: 'Fostering' },
      { outcome: 'upheld', team: 'Fostering' },
    ]).upheld;
    expect(Object.keys(upheld?.byTeam ?? {})).toEqual(['Fostering', 'Adoption']);
  });
});

describe('rule 16: themes', () => {
  it('rule 16: each complaint counts once per theme group, most first, shown by the common spelling', () => {
    const { themes } = summarise([
      { themes: ['Delay', 'Communication'] },
      { themes: ['delay', 'DELAY'] },
      { themes: ['Communication', 'Delay', 'Staff attitude'] },
      { themes: [] },
    ]);
    expect(themes).toEqual([
      { theme: 'Delay', complaints: 3 },
      { theme: 'Communication', complaints: 2 },
      { theme: 'Staff attitude', complaints: 1 },
    ]);
  });
});

describe('rule 2: a missing optional column drops the figures that need it', () => {
  const specs: AssessedSpec[] = [
    { outcome: 'upheld', themes: ['Delay'], complainant: 'child' },
    { themes: ['Delay'] },
  ];

  it.each<[Field, ('outcomes' | 'upheld' | 'complainants' | 'themes')[]]>([
    ['outcome', ['outcomes', 'upheld']],
    ['complainant', ['complainants']],
    ['theme', ['themes']],
  ])('rule 2: no %s column → %s null', (field, sections) => {
    const breakdown = summarise(specs, [field]);
    for (const section of ['outcomes', 'upheld', 'complainants', 'themes'] as const) {
      expect(breakdown[section] === null).toBe(sections.includes(section));
    }
    expect(breakdown.stages).not.toBeNull();
    expect(breakdown.timescales).not.toBeNull();
  });
});

describe('an empty set of complaints', () => {
  it('has zeros everywhere, no overdue references and no themes', () => {
    const breakdown = summarise([]);
    expect(breakdown.complaints).toBe(0);
    expect(breakdown.timescales.overdueReferences).toEqual([]);
    expect(breakdown.themes).toEqual([]);
    expect(breakdown.upheld).toEqual({ complaints: 0, byTeam: {}, byComplainant: {}, byStage: {} });
  });
});

describe('rule 23: every complaint by team, with how many were upheld', () => {
  it('rule 23: teams sum to the complaints; upheld counts upheld and partially upheld', () => {
    const teams = summarise([
      { team: 'Fostering', outcome: 'upheld', closed: '2021-09-10' },
      { team: 'fostering ', outcome: 'partiallyUpheld', closed: '2021-09-10' },
      { team: 'Fostering', outcome: 'notUpheld', closed: '2021-09-10' },
      { team: 'Fostering', outcome: 'withdrawn' },
      { team: 'Adoption' },
      { team: 'Adoption', outcome: 'resolved', closed: '2021-09-10' },
      { outcome: 'upheld', closed: '2021-09-10' },
    ]).teams;
    expect(teams).toEqual([
      { team: 'Fostering', complaints: 4, upheld: 2 },
      { team: 'Adoption', complaints: 2, upheld: 0 },
      { team: TEAM_NOT_RECORDED, complaints: 1, upheld: 1 },
    ]);
  });

  it('rule 23: a team with no upheld complaint is still listed, with 0', () => {
    expect(summarise([{ team: 'Leaving Care', outcome: 'notUpheld' }]).teams).toEqual([
      { team: 'Leaving Care', complaints: 1, upheld: 0 },
    ]);
  });

  it('rule 16: ties run by label in code-point order (capitals before lower case, accents last)', () => {
    const labels = ['alpha', 'Zeta', 'Ébène', 'Beta', 'Zeta', 'alpha'];
    const teams = summarise(
      labels.map((team) => ({ team, outcome: 'upheld', closed: '2021-09-10' })),
    );
    // Zeta 2 and alpha 2 tie; Beta 1 and Ébène 1 tie. Code points: B 66 < Z 90 < a 97 < É 201.
    expect(teams.teams?.map((t) => t.team)).toEqual(['Zeta', 'alpha', 'Beta', 'Ébène']);
    expect(Object.keys(teams.upheld?.byTeam ?? {})).toEqual(['Zeta', 'alpha', 'Beta', 'Ébène']);
  });

  it('rule 16: theme ties run by label in code-point order too', () => {
    const themes = summarise([
      { themes: ['delay'] },
      { themes: ['Staff conduct'] },
      { themes: ['Communication'] },
    ]).themes;
    expect(themes?.map((t) => t.theme)).toEqual(['Communication', 'Staff conduct', 'delay']);
  });

  it('rule 23 (design: team figures fall back to "Not recorded", never null): no team column', () => {
    const breakdown = summarise(
      [
        { outcome: 'upheld', closed: '2021-09-10' },
        { outcome: 'notUpheld', closed: '2021-09-10' },
      ],
      ['team'],
    );
    expect(breakdown.teams).toEqual([{ team: TEAM_NOT_RECORDED, complaints: 2, upheld: 1 }]);
    expect(breakdown.upheld?.byTeam).toEqual({ [TEAM_NOT_RECORDED]: 1 });
  });

  it('rule 23: no complaints → no teams', () => {
    expect(summarise([]).teams).toEqual([]);
  });
});
