/** Rule 22 (docs/design.md): how far the period's complaints went beyond stage 1. */
import { countEscalations } from '../../../src/core/figures/escalations';
import type { Escalations, Stage } from '../../../src/core/types';
import { buildFor, tracker } from '../_lib/grid';
import { assessed, trackerRow } from '../_lib/records';

/** A complaint with one row per stage given, in that order. */
function complaintAt(stages: Stage[], reference = 'E1') {
  const rows = stages.map((stage, i) => trackerRow({ reference, stage, row: i + 2 }));
  return { ...assessed({ reference, stage: rows[rows.length - 1].stage }), stageRows: rows };
}

const none: Escalations = { stage1: 0, toStage2: 0, toStage3: 0, toOmbudsman: 0 };

describe('rule 22: escalations, complaint by complaint', () => {
  it.each<[string, Stage[], Partial<Escalations>]>([
    ['stage 1 only → a stage 1 complaint, not escalated', [1], { stage1: 1 }],
    ['stage 1 then 2 → escalated to stage 2', [1, 2], { stage1: 1, toStage2: 1 }],
    ['stage 2 only → not a stage 1 complaint, so not “to stage 2”', [2], {}],
    ['stage 2 then 3, no stage 1 row → to stage 3 all the same', [2, 3], { toStage3: 1 }],
    ['stages 1, 2, 3 → each step', [1, 2, 3], { stage1: 1, toStage2: 1, toStage3: 1 }],
    ['stage 1 then 3, no stage 2 row → not counted to stage 3', [1, 3], { stage1: 1 }],
    ['stage 3 alone → not counted to stage 3 (no stage 2 row)', [3], {}],
    [
      'the ombudsman alone → to the ombudsman, of all complaints',
      ['ombudsman'],
      { toOmbudsman: 1 },
    ],
    ['stage 1 then the ombudsman', [1, 'ombudsman'], { stage1: 1, toOmbudsman: 1 }],
    [
      'stages 1, 2, 3 and the ombudsman',
      [1, 2, 3, 'ombudsman'],
      { stage1: 1, toStage2: 1, toStage3: 1, toOmbudsman: 1 },
    ],
    ['rows in any order: stage 2 listed before stage 1', [2, 1], { stage1: 1, toStage2: 1 }],
  ])('rule 22: %s', (_, stages, counts) => {
    expect(countEscalations([complaintAt(stages)])).toEqual({ ...none, ...counts });
  });

  it('rule 22: complaints add up, each counted once however many rows it has', () => {
    const complaints = [
      complaintAt([1], 'A'),
      complaintAt([1, 2], 'B'),
      complaintAt([1, 2, 3], 'C'),
      complaintAt([2, 3], 'D'),
      complaintAt(['ombudsman'], 'E'),
    ];
    expect(countEscalations(complaints)).toEqual({
      stage1: 3,
      toStage2: 2,
      toStage3: 2,
      toOmbudsman: 1,
    });
  });

  it('rule 22: no complaints → zeros', () => {
    expect(countEscalations([])).toEqual(none);
  });
});

describe('rule 22: escalations of the period’s complaints (rule 7), through the report', () => {
  // Period September 2021 to February 2022.
  const { report } = buildFor(
    tracker([
      // In the period; its stage 2 row after the period still makes it escalated.
      { reference: 'X1', received: '01/02/2022', stage: '1' },
      { reference: 'X1', received: '15/03/2022', stage: '2' },
      // First came in in August: not the period's, though it escalated in September.
      { reference: 'X2', received: '16/08/2021', stage: '1' },
      { reference: 'X2', received: '06/09/2021', stage: '2' },
      // A duplicate stage 1 row does not make a second stage 1 complaint.
      { reference: 'X3', received: '01/10/2021', stage: '1' },
      { reference: 'X3', received: '04/10/2021', stage: '1' },
    ]),
  );

  it('rule 22: counts complaints first received in the period, by every row they have', () => {
    expect(report.all.complaints).toBe(2);
    expect(report.all.escalations).toEqual({ stage1: 2, toStage2: 1, toStage3: 0, toOmbudsman: 0 });
  });
});
