/** Escalations (rule 22): how far the period's complaints went beyond stage 1. */
import type { AssessedComplaint, Escalations, Stage } from '../types';

const STAGE_BIT: Record<Stage, number> = { 1: 1, 2: 2, 3: 4, ombudsman: 8 };

/** The stages a complaint has a row at, as bits: 1, 2, 4 for the council's stages, 8 the ombudsman. */
function stagesReached(complaint: AssessedComplaint): number {
  let reached = 0;
  for (const row of complaint.stageRows) reached |= STAGE_BIT[row.stage];
  return reached;
}

/**
 * Of the period's complaints with a stage 1 row, how many also have a stage 2 row; of those with
 * a stage 2 row (stage 1 or not), how many have a stage 3 row; and how many went to the ombudsman.
 */
export function countEscalations(complaints: readonly AssessedComplaint[]): Escalations {
  const counts: Escalations = { stage1: 0, toStage2: 0, toStage3: 0, toOmbudsman: 0 };
  for (const complaint of complaints) {
    const reached = stagesReached(complaint);
    const stage2 = (reached & STAGE_BIT[2]) !== 0;
    if ((reached & STAGE_BIT[1]) !== 0) {
      counts.stage1 += 1;
      if (stage2) counts.toStage2 += 1;
    }
    if (stage2 && (reached & STAGE_BIT[3]) !== 0) counts.toStage3 += 1;
    if ((reached & STAGE_BIT.ombudsman) !== 0) counts.toOmbudsman += 1;
  }
  return counts;
}
