/**
 * Rows to complaints (DESIGN.md rule 6): rows sharing a reference are one complaint, counted once at
 * its highest stage; the same reference at the same stage twice is a duplicate, first row kept.
 */
import type { Complaint, Issue, Stage, TrackerRow } from './types';

/** Complaints folded from rows, and the duplicate rows set aside. */
export type FoldedComplaints = {
  complaints: Complaint[];
  duplicates: Issue[];
};

const STAGE_RANK: Record<string, number> = { '1': 1, '2': 2, '3': 3, ombudsman: 4 };

/** Order of stages: 1 < 2 < 3 < ombudsman. */
export function stageRank(stage: Stage): number {
  return STAGE_RANK[String(stage)];
}

/**
 * Fold rows into complaints, in order of first appearance. References match ignoring case and
 * surrounding spaces, since trackers are typed by several hands.
 */
export function foldComplaints(rows: TrackerRow[]): FoldedComplaints {
  const groups = new Map<string, TrackerRow[]>();
  const duplicates: Issue[] = [];
  for (const row of rows) {
    const key = row.reference.trim().toUpperCase();
    const group = groups.get(key);
    if (group === undefined) {
      groups.set(key, [row]);
      continue;
    }
    const first = group.find((kept) => kept.stage === row.stage);
    if (first !== undefined) {
      duplicates.push({
        row: row.row,
        field: 'reference',
        code: 'duplicate',
        severity: 'warning',
        message: `Row ${row.row} repeats reference ${row.reference} at stage ${String(row.stage)} (first on row ${first.row}); only row ${first.row} is counted.`,
      });
      continue;
    }
    group.push(row);
  }
  const complaints: Complaint[] = [];
  for (const group of groups.values()) complaints.push(foldGroup(group));
  return { complaints, duplicates };
}

function foldGroup(group: TrackerRow[]): Complaint {
  let record = group[0];
  let timescaleRow: TrackerRow | null = null;
  let received = group[0].received;
  for (const row of group) {
    if (stageRank(row.stage) > stageRank(record.stage)) record = row;
    if (row.stage !== 'ombudsman' && (timescaleRow === null || stageRank(row.stage) > stageRank(timescaleRow.stage))) {
      timescaleRow = row;
    }
    if (row.received < received) received = row.received;
  }
  return {
    reference: group[0].reference,
    received,
    stage: record.stage,
    record,
    timescaleRow,
    rows: group.map((row) => row.row),
  };
}
