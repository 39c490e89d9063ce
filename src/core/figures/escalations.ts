/** Escalations (rule 22): how far the period's complaints went beyond stage 1. */
import type { AssessedComplaint, Escalations, Stage } from '../types';

function hasStage(complaint: AssessedComplaint, stage: Stage): boolean {
  return complaint.stageRows.some((row) => row.stage === stage);
}

/**
 * Of the period's complaints with a stage 1 row, how many also have a stage 2 row; of those with
 * a stage 2 row (stage 1 or not), how many have a stage 3 row; and how many went to the ombudsman.
 */
export function countEscalations(complaints: readonly AssessedComplaint[]): Escalations {
  const counts: Escalations = { stage1: 0, toStage2: 0, toStage3: 0, toOmbudsman: 0 };
  for (const complaint of complaints) {
    const stage2 = hasStage(complaint, 2);
    if (hasStage(complaint, 1)) {
      counts.stage1 += 1;
      if (stage2) counts.toStage2 += 1;
    }
    if (stage2 && hasStage(complaint, 3)) counts.toStage3 += 1;
    if (hasStage(complaint, 'ombudsman')) counts.toOmbudsman += 1;
  }
  return counts;
}
