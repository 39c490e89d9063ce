import fc from 'fast-check';
import { buildNarrative, renderText } from '../../../src/core/narrative';
import type { Narrative } from '../../../src/core/narrative';
import { FIELDS } from '../../../src/core/fields';
import type { CellValue } from '../../../src/core/types';
import { buildFor, grid, TRACKER_HEADERS } from '../_lib/grid';
import { day } from '../_lib/records';

/** Every column but extension and due, in `FIELDS` order: the order of the cells in the rows below. */
const FULL_HEADER = FIELDS.filter((field) => field !== 'extension' && field !== 'due').map(
  (field) => TRACKER_HEADERS[field],
);

const FIVE_COMPLAINTS: CellValue[][] = [
  [
    '100001',
    '2021-09-06',
    1,
    'Parent',
    'Y',
    'Safeguarding Care Planning',
    'Contact; Communication',
    'Upheld',
    '2021-09-15',
  ],
  [
    '100002',
    '2021-10-04',
    1,
    'Mother',
    'Y',
    'CLA Services',
    'Communication',
    'Partially upheld',
    '2021-10-12',
  ],
  ['100003', '2021-11-01', 1, 'YP', 'N', 'Fostering', 'Placement', 'Not upheld', '2021-11-30'],
  ['623963', '2022-02-07', 1, 'Parent', 'Y', 'CLA Services', 'communication ', '', ''],
  ['100005', '2022-02-28', 1, 'Advocate', 'N', 'Fostering', '', '', ''],
];

function narrate(header: string[], rows: CellValue[][]): Narrative {
  const { report, complaints } = buildFor(grid(header, rows));
  return buildNarrative(report, complaints);
}

function texts(narrative: Narrative, id: string): string[] {
  return narrative.sections.find((s) => s.id === id)?.sentences.map((s) => s.text) ?? [];
}

describe('buildNarrative', () => {
  const narrative = narrate(FULL_HEADER, FIVE_COMPLAINTS);

  it('titles the paper with the period', () => {
    expect(narrative.title).toBe(
      'Complaints report to the board: 1 September 2021 to 28 February 2022',
    );
  });

  it('opens with the total, the children-in-care share and the stages', () => {
    expect(texts(narrative, 'overview')).toEqual([
      'Between September 2021 and February 2022, 5 complaints were received.',
      'Of these, 3 (60%) concerned children in care.',
      'None went beyond stage 1.',
      'The tracker starts in September 2021, so no comparison with the previous six months or the same months a year earlier is made.',
    ]);
  });

  it('gives outcomes largest first, with verbs that agree', () => {
    expect(texts(narrative, 'outcomes')).toEqual([
      'Of the 5 complaints, 2 are still being investigated, 1 was not upheld, 1 was upheld and 1 was partially upheld.',
      'Of the 3 complaints about children in care, 1 was upheld, 1 was partially upheld and 1 is still being investigated.',
      'Of the 3 complaints with a finding, 2 (67%) were upheld in full or in part.',
      'Of the 2 complaints about children in care with a finding, 2 (100%) were upheld in full or in part.',
    ]);
  });

  it('says where upheld complaints sat: teams, complainants, stages', () => {
    expect(texts(narrative, 'upheld').slice(0, 2)).toEqual([
      'The 2 complaints upheld in full or in part concerned CLA Services (1 of 2) and Safeguarding Care Planning (1 of 1).',
      'Both were made by parents, and both were at stage 1.',
    ]);
  });

  it('reports timescale compliance and names overdue complaints by reference', () => {
    expect(texts(narrative, 'timescales')).toEqual([
      'Of the 3 complaints closed with a response date, 2 (67%) were answered within timescale and 1 was late.',
      'Of the 2 complaints still open on 10 March 2022, 1 is overdue (reference 623963).',
    ]);
    expect(texts(narrative, 'overdue')).toEqual([
      '623963 (child in care): stage 1, received 7 February 2022, due 21 February 2022.',
    ]);
  });

  it('lists the most common themes, grouped ignoring case and spaces', () => {
    expect(texts(narrative, 'themes')).toEqual([
      'The most common themes were Communication (3 complaints), Contact (1) and Placement (1).',
    ]);
  });

  it('lets every sentence carry the complaints and rows it speaks of', () => {
    const upheld = narrative.sections.find((s) => s.id === 'upheld')?.sentences[0];
    expect(upheld?.references).toEqual(['100001', '100002']);
    expect(upheld?.rows.map((ref) => ref.row)).toEqual([2, 3]);
    const overdue = narrative.sections.find((s) => s.id === 'overdue')?.sentences[0];
    expect(overdue?.references).toEqual(['623963']);
    expect(overdue?.rows.map((ref) => ref.row)).toEqual([5]);
    const cic = texts(narrative, 'overview').indexOf(
      'Of these, 3 (60%) concerned children in care.',
    );
    expect(narrative.sections[0].sentences[cic].references).toEqual(['100001', '100002', '623963']);
  });

  it('has no data-quality note when every row counted', () => {
    expect(texts(narrative, 'dataQuality')).toEqual([]);
  });
});

describe('buildNarrative in the singular', () => {
  const narrative = narrate(FULL_HEADER, [
    [
      '200001',
      '2021-09-06',
      'Stage 2',
      'Parent',
      'N',
      'Fostering',
      'Contact',
      'Upheld',
      '2021-09-15',
    ],
  ]);

  it.each([
    [
      'overview',
      [
        'Between September 2021 and February 2022, 1 complaint was received.',
        'None of them concerned children in care.',
        'It was at stage 2.',
        "The tracker's latest complaint was received on 6 September 2021, so these figures cover 1 September to 6 September 2021 only.",
        'The tracker starts in September 2021, so no comparison with the previous six months or the same months a year earlier is made.',
      ],
    ],
    ['outcomes', ['The one complaint was upheld.']],
    [
      'upheld',
      [
        'The one complaint upheld in full or in part concerned Fostering (1 of 1).',
        'It was made by a parent, and it was at stage 2.',
      ],
    ],
    [
      'timescales',
      ['The one complaint closed with a response date was answered within timescale.'],
    ],
    ['themes', ['The only theme recorded was Contact (1 complaint).']],
  ])('%s reads in the singular', (id, expected) => {
    expect(texts(narrative, id)).toEqual(expected);
  });
});

describe('buildNarrative: the one open complaint', () => {
  it.each([
    ['2022-02-20', 'The one complaint still open on 20 February 2022 is within its timescale.'],
    ['2022-03-10', 'The one complaint still open on 10 March 2022 is overdue (reference 800001).'],
  ])('as of %s', (asOf, text) => {
    const { report, complaints } = buildFor(
      grid(FULL_HEADER, [['800001', '2022-02-07', 1, 'Parent', 'N', 'Fostering', '', '', '']]),
      { asOf: day(asOf) },
    );
    const narrative = buildNarrative(report, complaints);
    expect(texts(narrative, 'timescales')).toEqual([text]);
  });
});

describe('buildNarrative: many teams', () => {
  const upheldBy = (teams: string[]): CellValue[][] =>
    teams.map((team, i) => [
      `9000${i}`,
      '2021-09-06',
      1,
      'Parent',
      'N',
      team,
      '',
      'Upheld',
      '2021-09-10',
    ]);

  it('names six teams rather than grouping one as "1 other teams"', () => {
    const narrative = narrate(FULL_HEADER, upheldBy(['A', 'B', 'C', 'D', 'E', 'F']));
    expect(texts(narrative, 'upheld')[0]).toMatch(
      /concerned A \(1 of 1\), B \(1 of 1\), C \(1 of 1\), D \(1 of 1\), E \(1 of 1\) and F \(1 of 1\)\./,
    );
  });

  it('groups the tail beyond five teams when it holds two or more', () => {
    const narrative = narrate(FULL_HEADER, upheldBy(['A', 'B', 'C', 'D', 'E', 'F', 'G']));
    expect(texts(narrative, 'upheld')[0]).toMatch(/E \(1 of 1\) and 2 other teams \(2 of 2\)\./);
  });
});

describe('buildNarrative with nothing or little to say', () => {
  it('says only that no complaints were received in an empty period', () => {
    const narrative = narrate(FULL_HEADER, [
      ['300001', '2021-08-06', 1, 'Parent', 'N', 'Fostering', '', 'Upheld', '2021-08-15'],
    ]);
    expect(narrative.sections.map((s) => s.id)).toEqual(['overview']);
    expect(texts(narrative, 'overview')).toEqual([
      'No complaints were received between September 2021 and February 2022.',
      "The tracker's latest complaint was received on 6 August 2021, before the period began.",
      'The tracker starts in August 2021, so no comparison with the previous six months or the same months a year earlier is made.',
    ]);
  });

  it('writes no sentence about a column the tracker lacks', () => {
    const narrative = narrate(
      ['Ref', 'Date received', 'Date responded'],
      [
        ['400001', '2021-09-06', '2021-09-10'],
        ['400002', '2021-09-07', ''],
      ],
    );
    const text = renderText(narrative);
    expect(narrative.sections.map((s) => s.id)).toEqual(['overview', 'timescales', 'overdue']);
    expect(texts(narrative, 'overdue')).toEqual([
      '400002: received 7 September 2021, due 21 September 2021.',
    ]);
    expect(text).not.toMatch(/children in care|upheld|theme|stage/i);
  });

  it('leaves out team wording when there is no team column', () => {
    const narrative = narrate(
      ['Ref', 'Date received', 'Stage', 'Outcome', 'Date responded'],
      [
        ['500001', '2021-09-06', 1, 'Upheld', '2021-09-10'],
        ['500002', '2021-09-07', 1, 'Upheld', '2021-09-10'],
      ],
    );
    expect(texts(narrative, 'upheld')).toEqual([
      'Two complaints were upheld in full or in part.',
      'Both were at stage 1.',
    ]);
  });

  it('says when no complaint was upheld', () => {
    const narrative = narrate(FULL_HEADER, [
      ['600001', '2021-09-06', 1, 'Parent', 'Y', 'Fostering', '', 'Not upheld', '2021-09-10'],
    ]);
    expect(texts(narrative, 'upheld')).toEqual([
      'None of the complaints was upheld, in full or in part.',
      'None of the complaints about children in care was upheld, in full or in part.',
    ]);
  });

  it('notes rows left out and duplicates, pointing at their rows', () => {
    const narrative = narrate(FULL_HEADER, [
      ['700001', '2021-09-06', 1, 'Parent', 'N', 'Fostering', '', 'Not upheld', '2021-09-10'],
      ['', '2021-09-07', 1, 'Parent', 'N', 'Fostering', '', '', ''],
      ['700003', 'TBC', 1, 'Parent', 'N', 'Fostering', '', '', ''],
      ['700001', '2021-09-06', 1, 'Parent', 'N', 'Fostering', '', 'Not upheld', '2021-09-10'],
    ]);
    const quality = narrative.sections.find((s) => s.id === 'dataQuality');
    expect(quality?.sentences.map((s) => s.text)).toEqual([
      'Two rows of the tracker were left out of these figures because they lack a reference or a real date received (rows 3 and 4).',
      'One row repeated a complaint already listed at the same stage and was not counted again (row 5).',
    ]);
    expect(quality?.sentences[0].rows.map((ref) => ref.row)).toEqual([3, 4]);
  });
});

describe('buildNarrative on any tracker', () => {
  const row = fc.tuple(
    fc.constantFrom('1', '2', '3', '4', '5', '6'),
    fc.date({
      min: new Date(Date.UTC(2021, 6, 1)),
      max: new Date(Date.UTC(2022, 3, 30)),
      noInvalidDate: true,
    }),
    fc.constantFrom(1, 2, 3, 'LGSCO', ''),
    fc.constantFrom('Parent', 'YP', 'Advocate', 'Foster carer', 'MP', ''),
    fc.constantFrom('Y', 'N', ''),
    fc.constantFrom('Fostering', 'CLA Services', ''),
    fc.constantFrom('Contact', 'Communication; Delay', ''),
    fc.constantFrom('Upheld', 'Partly upheld', 'Not upheld', 'Withdrawn', 'Resolved', ''),
    fc.option(
      fc.date({
        min: new Date(Date.UTC(2021, 6, 1)),
        max: new Date(Date.UTC(2022, 5, 30)),
        noInvalidDate: true,
      }),
    ),
  );

  it('never writes NaN, undefined, a bare "1 were" or an empty section', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 25 }), (rows) => {
        const narrative = narrate(
          FULL_HEADER,
          rows.map((r): CellValue[] => [...r.slice(0, 8), r[8] ?? '']),
        );
        const text = renderText(narrative);
        expect(text).not.toMatch(/NaN|undefined|null|\b1 were\b|\b1 are\b|\b1 complaints\b/);
        for (const section of narrative.sections)
          expect(section.sentences.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
