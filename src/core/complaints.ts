/**
 * Rows to complaints (docs/design.md rule 6): rows sharing a reference are one complaint, counted once at
 * its highest stage; the same reference at the same stage twice is a duplicate, first row kept.
 */
import type { Period } from './period';
import type { Complaint, DayNumber, Issue, Stage, StageCounts, TrackerRow } from './types';

/** Complaints folded from rows, and the duplicate rows set aside. */
export type FoldedComplaints<T = Complaint> = {
  complaints: T[];
  duplicates: Issue[];
};

/** Order of stages: 1 < 2 < 3 < ombudsman. */
export function stageRank(stage: Stage): number {
  return stage === 'ombudsman' ? 4 : stage;
}

/** The stages as the Report JSON keys them, in order. */
export const STAGE_KEYS: readonly (keyof StageCounts)[] = ['1', '2', '3', 'ombudsman'];

/** A stage as the Report JSON keys it ('1', '2', '3', 'ombudsman'). */
export function stageKey(stage: Stage): keyof StageCounts {
  return STAGE_KEYS[stageRank(stage) - 1];
}

/**
 * Fold rows into complaints, in order of first appearance. References match ignoring case and
 * surrounding spaces, since trackers are typed by several hands. Given a period, only complaints
 * whose (earliest) received date is within it are returned, the same list as filtering afterwards:
 * on a tracker kept for years most complaints are outside it and are never built. Duplicates are
 * found among all the rows either way.
 */
export function foldComplaints(rows: TrackerRow[], period?: Period): FoldedComplaints {
  return foldComplaintsInto(rows, (complaint) => complaint, period);
}

/**
 * `foldComplaints`, each complaint handed to `make` as it is folded (to be judged, say): on a large
 * tracker the folded complaint is then short-lived, and costs the garbage collector next to nothing.
 */
export function foldComplaintsInto<T>(
  rows: TrackerRow[],
  make: (complaint: Complaint) => T,
  period?: Period,
): FoldedComplaints<T> {
  const grouped = groupByReference(rows);
  const filter: FoldFilter | undefined = period && { period, by: 'received' };
  return { complaints: foldGroupsInto(grouped, make, filter), duplicates: grouped.duplicates };
}

/**
 * The rows of each reference, in order of first appearance, and the duplicates among them. Most
 * references have one row, so a group is held as that row itself: on a large tracker that saves an
 * array per complaint.
 */
export type ReferenceGroups = {
  groups: Map<string, TrackerRow | TrackerRow[]>;
  duplicates: Issue[];
};

/**
 * Which complaints `foldGroupsInto` builds: those first received in the period (`received`), or
 * those with any stage row received in it (`any-row`). A complaint left out is never built.
 */
export type FoldFilter = { period: Period; by: 'received' | 'any-row' };

/** The complaints of grouped rows that pass the filter (all without one), in order of first appearance. */
export function foldGroupsInto<T>(
  grouped: ReferenceGroups,
  make: (complaint: Complaint) => T,
  filter?: FoldFilter,
): T[] {
  const complaints: T[] = [];
  const period = filter?.period;
  for (const group of grouped.groups.values()) {
    if (!Array.isArray(group)) {
      if (isWithin(group.received, period)) complaints.push(make(foldSingleRow(group)));
      continue;
    }
    if (filter?.by === 'any-row' && !group.some((row) => isWithin(row.received, period))) continue;
    const complaint = foldGroup(group);
    if (filter?.by === 'any-row' || isWithin(complaint.received, period)) {
      complaints.push(make(complaint));
    }
  }
  return complaints;
}

/**
 * The rows of each reference, in order of first appearance, and the duplicates among them. Each row
 * kept (every row but a duplicate) is handed to `counted` as it is met, in sheet then row order: a
 * caller that surveys the counted rows needs no second walk over them.
 */
export function groupByReference(
  rows: TrackerRow[],
  counted?: (row: TrackerRow) => void,
): ReferenceGroups {
  const groups = new Map<string, TrackerRow | TrackerRow[]>();
  const duplicates: Issue[] = [];
  for (const row of rows) {
    const key = referenceKey(row.reference);
    const found = groups.get(key);
    if (found === undefined) {
      groups.set(key, row);
      counted?.(row);
      continue;
    }
    const group = Array.isArray(found) ? found : [found];
    const first = group.find((kept) => kept.stage === row.stage);
    if (first !== undefined) {
      duplicates.push({
        sheet: row.sheet,
        row: row.row,
        field: 'reference',
        code: 'duplicate',
        severity: 'warning',
        message: `Row ${row.row} repeats reference ${row.reference} at stage ${String(row.stage)} (first on ${placeOf(first, row.sheet)}); only ${placeOf(first, row.sheet)} is counted.`,
      });
      continue;
    }
    group.push(row);
    counted?.(row);
    if (group !== found) groups.set(key, group);
  }
  return { groups, duplicates };
}

function isWithin(day: DayNumber, period: Period | undefined): boolean {
  return period === undefined || (day >= period.from && day <= period.to);
}

/**
 * The key a reference is grouped by: trimmed, upper case. Most references (digits, capitals) are
 * already in that form: then the reference itself is the key and no copy is made per row.
 */
function referenceKey(reference: string): string {
  for (let index = 0; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index);
    // Only spaces, lower-case letters and characters beyond ASCII can change; check the rest once.
    if (code <= 0x20 || (code >= 0x61 && code <= 0x7a) || code >= 0x7f) {
      return reference.trim().toUpperCase();
    }
  }
  return reference;
}

/** `foldGroup` of one row, which most complaints are, without a loop or an array of rows. */
function foldSingleRow(row: TrackerRow): Complaint {
  return {
    reference: row.reference,
    received: row.received,
    stage: row.stage,
    record: row,
    timescaleRow: row.stage === 'ombudsman' ? null : row,
    stageRows: [row],
  };
}

function foldGroup(group: TrackerRow[]): Complaint {
  let record = group[0];
  let timescaleRow: TrackerRow | null = null;
  let received = group[0].received;
  for (const row of group) {
    if (stageRank(row.stage) > stageRank(record.stage)) record = row;
    if (
      row.stage !== 'ombudsman' &&
      (timescaleRow === null || stageRank(row.stage) > stageRank(timescaleRow.stage))
    ) {
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
    stageRows: group,
  };
}

/** "row 12", or "row 12 of Log 2021-22" when the first row is on another sheet. */
function placeOf(first: TrackerRow, sheet: string): string {
  return first.sheet === sheet ? `row ${first.row}` : `row ${first.row} of ${first.sheet}`;
}
