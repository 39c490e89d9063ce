/**
 * Issue 7 part 4: the narrative a board reads. Change against the previous period and the year
 * before, coverage and comparisons not made, stage by stage, the capped overdue list and the
 * published form without references. Figures worked out by hand from the rows below.
 */
import { buildNarrative, renderText, type Narrative } from '../../../src/core/narrative';
import type { BuildOptions } from '../../../src/core/buildReport';
import { buildFor, tracker, type TrackerRecord } from '../_lib/grid';
import { day } from '../_lib/records';

/** n stage 1 complaints received on `received`, each answered on `closed` with `outcome`. */
function rows(prefix: string, n: number, received: string, more: TrackerRecord = {}) {
  return Array.from({ length: n }, (_, i) => ({
    reference: `${prefix}${String(i + 1).padStart(4, '0')}`,
    received,
    stage: 1,
    complainant: 'Parent',
    team: 'Fostering',
    ...more,
  }));
}

function narrate(records: TrackerRecord[], options: Partial<BuildOptions>, references = true) {
  const { report, complaints } = buildFor(tracker(records), options);
  return buildNarrative(report, complaints, { references });
}

function texts(narrative: Narrative, id: string): string[] {
  return narrative.sections.find((s) => s.id === id)?.sentences.map((s) => s.text) ?? [];
}

const SIX_MONTHS = { from: day('2021-09-01'), to: day('2022-02-28'), asOf: day('2022-03-10') };
const closedOk = { outcome: 'Not upheld', closed: '' };

describe('the change against earlier periods', () => {
  const span = (now: number, previous: number, yearBefore: number) => [
    ...rows('Y', yearBefore, '2020-09-07', closedOk),
    ...rows('P', previous, '2021-04-06', closedOk),
    ...rows('N', now, '2021-10-04', closedOk),
    ...rows('L', 1, '2022-02-21', closedOk),
  ];

  it.each([
    [7, 3, 5, 'up from 3 in the previous six months and from 5 a year earlier'],
    [3, 3, 9, 'the same as in the previous six months and down from 9 a year earlier'],
    [2, 5, 1, 'down from 5 in the previous six months and up from 1 a year earlier'],
  ])('%i complaints (then %i and %i)', (now, previous, yearBefore, phrase) => {
    const narrative = narrate(span(now - 1, previous, yearBefore), SIX_MONTHS);
    expect(texts(narrative, 'overview')[0]).toBe(
      `Between September 2021 and February 2022, ${now} complaints were received, ${phrase}.`,
    );
  });

  it.each([
    [{ from: day('2021-12-01'), to: day('2022-02-28') }, 'the previous quarter'],
    [{ from: day('2022-02-01'), to: day('2022-02-28') }, 'the previous month'],
    [{ from: day('2021-11-01'), to: day('2022-02-28') }, 'the previous four months'],
    [{ from: day('2022-02-14'), to: day('2022-02-23') }, 'the previous ten days'],
  ])('names the previous period by its length: %j', (period, words) => {
    const records = [...rows('A', 1, '2020-01-06'), ...rows('B', 1, '2022-02-21')];
    const narrative = narrate(records, { ...period, asOf: day('2022-03-10') });
    expect(texts(narrative, 'overview')[0]).toMatch(
      new RegExp(`, (up|down) from \\d+ in ${words}`),
    );
  });

  it('compares a year with the previous year once, not twice', () => {
    const records = [
      ...rows('A', 2, '2020-04-06'),
      ...rows('B', 3, '2021-05-04'),
      ...rows('C', 1, '2022-03-21'),
    ];
    const narrative = narrate(records, {
      from: day('2021-04-01'),
      to: day('2022-03-31'),
      asOf: day('2022-04-10'),
    });
    expect(texts(narrative, 'overview')[0]).toBe(
      'In 2021/22 (April 2021 to March 2022), 4 complaints were received, up from 2 in the previous year.',
    );
  });

  it('gives rates in percentage points and average days with their change', () => {
    const records = [
      ...rows('Y', 1, '2020-09-07'),
      ...rows('P', 1, '2021-04-06', { outcome: 'Upheld', closed: '2021-04-20' }),
      ...rows('Q', 1, '2021-04-06', { outcome: 'Not upheld', closed: '2021-04-20' }),
      ...rows('N', 1, '2021-10-04', { outcome: 'Upheld', closed: '2021-10-08' }),
      ...rows('M', 3, '2021-10-04', { outcome: 'Not upheld', closed: '2021-10-08' }),
      ...rows('L', 1, '2022-02-21', { outcome: 'Withdrawn', closed: '2022-02-22' }),
    ];
    const narrative = narrate(records, SIX_MONTHS);
    expect(texts(narrative, 'outcomes')).toContain(
      'Of the 4 complaints with a finding, 1 (25%) was upheld in full or in part, down from 50% in the previous six months.',
    );
    expect(texts(narrative, 'stages')).toEqual(
      expect.arrayContaining([
        'All five stage 1 responses were sent within 10 working days.',
        'They took 3.4 working days on average, down from 10 in the previous six months.',
        'In all, 100% were sent within timescale, the same as in the previous six months.',
        'None of the 5 complaints made at stage 1 went on to stage 2, the same as in the previous six months and a year earlier.',
      ]),
    );
  });
});

describe('coverage and comparisons not made', () => {
  it('says how far a tracker that ends early covers the period', () => {
    const records = [...rows('A', 2, '2022-04-04'), ...rows('B', 1, '2022-10-31')];
    const narrative = narrate(records, {
      from: day('2022-04-01'),
      to: day('2023-03-31'),
      asOf: day('2023-04-10'),
    });
    expect(texts(narrative, 'overview')).toEqual([
      'In 2022/23 (April 2022 to March 2023), 3 complaints were received.',
      'None of them concerned children in care.',
      'None went beyond stage 1.',
      "The tracker's latest complaint was received on 31 October 2022, so these figures cover 1 April to 31 October 2022 only.",
      'The tracker starts in April 2022, so no comparison with the previous year is made.',
    ]);
  });

  it('reports a period not yet over "to date"', () => {
    const narrative = narrate(rows('A', 2, '2022-04-04'), {
      from: day('2022-04-01'),
      to: day('2023-03-31'),
      asOf: day('2022-04-20'),
    });
    expect(texts(narrative, 'overview')[0]).toBe(
      'In 2022/23 (April 2022 to March 2023) to date, as of 20 April 2022, 2 complaints were received.',
    );
  });

  it("says why when the tracker ends before the comparison periods' end", () => {
    const records = [...rows('A', 1, '2020-09-07'), ...rows('B', 1, '2021-12-06')];
    const narrative = narrate(records, {
      from: day('2022-09-01'),
      to: day('2023-02-28'),
      asOf: day('2023-03-10'),
    });
    expect(texts(narrative, 'overview')).toContain(
      "The tracker's latest complaint was received on 6 December 2021, so no comparison with the previous six months or the same months a year earlier is made.",
    );
  });
});

describe('who complained, outcomes and stages in words', () => {
  const records: TrackerRecord[] = [
    ...rows('C', 2, '2021-09-06', { complainant: 'YP', outcome: 'Resolved', closed: '2021-09-10' }),
    ...rows('D', 1, '2021-09-06', { complainant: '', outcome: 'Upheld', closed: '2021-09-10' }),
    ...rows('E', 3, '2021-09-06', {
      complainant: 'Mother',
      outcome: 'Not upheld',
      closed: '2021-09-10',
    }),
  ];
  const narrative = narrate(records, SIX_MONTHS);

  it('puts children and advocates first, and says when nobody was recorded', () => {
    expect(texts(narrative, 'complainants')).toEqual([
      'Children and young people made 2 complaints (33%) and advocates made none.',
      'Of the rest, 3 were made by parents; for one, the complainant was not recorded.',
    ]);
    expect(texts(narrative, 'upheld')[1]).toBe(
      'For one, the complainant was not recorded, and it was at stage 1.',
    );
  });

  it('says "resolved informally", never "another outcome"', () => {
    expect(texts(narrative, 'outcomes')[0]).toBe(
      'Of the 6 complaints, 3 were not upheld, 2 were resolved informally and 1 was upheld.',
    );
    expect(renderText(narrative)).not.toMatch(/another outcome/);
  });
});

describe('open and overdue complaints', () => {
  const overdue = (n: number) => rows('R', n, '2022-01-10');

  it('says "all eight" when every open complaint is overdue', () => {
    expect(texts(narrate(overdue(8), SIX_MONTHS, false), 'timescales')).toEqual([
      'All eight complaints still open on 10 March 2022 are overdue.',
    ]);
    expect(texts(narrate(overdue(2), SIX_MONTHS, false), 'timescales')).toEqual([
      'Both complaints still open on 10 March 2022 are overdue.',
    ]);
  });

  it('names the first ten overdue complaints, then points to the summary sheet', () => {
    const narrative = narrate(overdue(12), SIX_MONTHS);
    const references = Array.from({ length: 10 }, (_, i) => `R${String(i + 1).padStart(4, '0')}`);
    expect(texts(narrative, 'timescales')).toEqual([
      `All 12 complaints still open on 10 March 2022 are overdue (references ${references.join(', ')} and 2 more, listed on the summary sheet).`,
    ]);
    const bullets = narrative.sections.find((s) => s.id === 'overdue')?.sentences ?? [];
    expect(bullets).toHaveLength(11);
    expect(bullets[10].text).toBe('Two more overdue complaints are listed on the summary sheet.');
    expect(bullets[10].references).toEqual(['R0011', 'R0012']);
  });

  it('writes thousands with separators', () => {
    const narrative = narrate(overdue(1080), SIX_MONTHS);
    const text = renderText(narrative);
    expect(text).toContain('1,080 complaints were received');
    expect(text).toContain('and 1,070 more, listed on the summary sheet).');
    expect(text).toContain('1,070 more overdue complaints are listed on the summary sheet.');
    expect(text).toContain('The council received 1,080 complaints at stage 1 in the period.');
  });

  it('lists no complaint reference anywhere when references are off, yet keeps the rows', () => {
    const narrative = narrate(overdue(3), SIX_MONTHS, false);
    const text = renderText(narrative);
    for (const reference of ['R0001', 'R0002', 'R0003']) expect(text).not.toContain(reference);
    expect(narrative.sections.map((s) => s.id)).not.toContain('overdue');
    const open = narrative.sections.find((s) => s.id === 'timescales')?.sentences[0];
    expect(open?.text).toBe('All three complaints still open on 10 March 2022 are overdue.');
    expect(open?.rows.map((r) => r.row)).toEqual([2, 3, 4]);
  });
});
