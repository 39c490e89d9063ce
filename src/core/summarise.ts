/**
 * Complaints to figures: one Breakdown (docs/design.md report JSON) for a set of assessed complaints.
 * A section whose column the tracker lacks is null rather than a row of misleading zeros.
 */
import { countKeys } from './_lib/keyCounts';
import { STAGE_KEYS, stageKey } from './complaints';
import { countEscalations } from './figures/escalations';
import { countMonthly } from './figures/monthly';
import {
  countStageActivity,
  summariseStageTimes,
  type ActivityRow,
  type StageJudge,
} from './figures/stageTimes';
import type { LabelGroups } from './grouping';
import type { ColumnMapping } from './mapping';
import type { Period } from './period';
import type {
  AssessedComplaint,
  Breakdown,
  Complainant,
  OutcomeCounts,
  StageCounts,
  TeamCount,
  ThemeCount,
  TimescaleCounts,
  TimescaleStatus,
  UpheldBreakdown,
} from './types';

/**
 * What a breakdown needs besides the complaints: which columns exist, how labels group, the
 * period (for the months) and how to judge a stage row.
 */
export type SummariseContext = {
  columns: ColumnMapping;
  teams: LabelGroups;
  themes: LabelGroups;
  period: Period;
  judge: StageJudge;
};

/** The label used when a team cell is blank. */
export const TEAM_NOT_RECORDED = 'Not recorded';

/** Upheld and partially upheld count together as "upheld" in the board's figures. */
export function isUpheld(complaint: AssessedComplaint): boolean {
  const outcome = complaint.record.outcome;
  return !complaint.open && (outcome === 'upheld' || outcome === 'partiallyUpheld');
}

/** The outcome bucket a complaint falls in: open, or its outcome ('other' when closed without one). */
export function outcomeOf(complaint: AssessedComplaint): keyof OutcomeCounts {
  if (complaint.open) return 'open';
  return complaint.record.outcome ?? 'other';
}

/** The breakdown of a set of complaints. */
export function summariseComplaints(
  complaints: AssessedComplaint[],
  activity: readonly ActivityRow[],
  context: SummariseContext,
): Breakdown {
  const { columns } = context;
  const outcomes = countKeys(OUTCOME_KEYS);
  const stages = countKeys(STAGE_KEYS);
  const statuses = countKeys(TIMESCALE_STATUSES);
  const overdueReferences: string[] = [];
  const complainants = countKeys(COMPLAINANTS);
  const upheld: UpheldBreakdown = { complaints: 0, byTeam: {}, byComplainant: {}, byStage: {} };
  const upheldByComplainant = new Map<Complainant, number>();
  const upheldByStage = new Map<keyof StageCounts, number>();
  const themeCounts = new Map<string, ThemeCount>();
  const teamCounts = new Map<string, TeamCount>();
  // Each spelling as the cell holds it, to its group's count: one look-up per complaint, not two.
  const themeCells: ThemeCells = { byCell: new Map(), bySpelling: new Map(), counts: themeCounts };
  const teamBySpelling = new Map<string | null, TeamCount>();
  for (const complaint of complaints) {
    const { record } = complaint;
    const stage = stageKey(complaint.stage);
    outcomes.add(outcomeOf(complaint));
    stages.add(stage);
    statuses.add(complaint.status);
    if (complaint.status === 'openOverdue') overdueReferences.push(complaint.reference);
    complainants.add(record.complainant);
    const teamCount = teamCountOf(teamBySpelling, teamCounts, record.team, context.teams);
    teamCount.complaints += 1;
    if (isUpheld(complaint)) {
      upheld.complaints += 1;
      teamCount.upheld += 1;
      addOne(upheldByComplainant, record.complainant);
      addOne(upheldByStage, stage);
    }
    for (const count of themeCountsOf(themeCells, record.themes, context.themes))
      count.complaints += 1;
  }
  upheld.byTeam = upheldByTeam(teamCounts);
  upheld.byComplainant = Object.fromEntries(upheldByComplainant);
  upheld.byStage = Object.fromEntries(upheldByStage);
  const timescales: TimescaleCounts = { ...statuses.record(), overdueReferences };
  timescales.overdueReferences.sort(byCodePoint);
  return {
    complaints: complaints.length,
    outcomes: columns.outcome === undefined ? null : outcomes.record(),
    stages: stages.record(),
    timescales,
    upheld: columns.outcome === undefined ? null : { ...upheld, byTeam: sortCounts(upheld.byTeam) },
    complainants: columns.complainant === undefined ? null : complainants.record(),
    themes: columns.theme === undefined ? null : rankThemes(themeCounts),
    // Without a team column every complaint is "Not recorded" (docs/design.md, the Report JSON).
    teams: rankTeams(teamCounts),
    stageActivity: countStageActivity(activity),
    stageTimescales: summariseStageTimes(activity, context.judge),
    escalations: countEscalations(complaints),
    monthly: countMonthly(complaints, context.period.from, context.period.to),
  };
}

// The keys of each count, in the order the Report JSON lists them (docs/design.md).
const OUTCOME_KEYS: readonly (keyof OutcomeCounts)[] = [
  'upheld',
  'partiallyUpheld',
  'notUpheld',
  'withdrawn',
  'resolved',
  'other',
  'open',
];
/** Every timescale status, in the order the Report JSON lists them. */
export const TIMESCALE_STATUSES: readonly TimescaleStatus[] = [
  'closedOnTime',
  'closedLate',
  'closedUnknown',
  'openInTime',
  'openOverdue',
];
const COMPLAINANTS: readonly Complainant[] = [
  'child',
  'parent',
  'advocate',
  'fosterCarer',
  'other',
  'notRecorded',
];

/** One more for `key`, in a map that keeps the order keys were first seen. */
function addOne<K>(counts: Map<K, number>, key: K): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/** The count of a team cell's group ("Not recorded" when blank), made the first time it is met. */
function teamCountOf(
  bySpelling: Map<string | null, TeamCount>,
  counts: Map<string, TeamCount>,
  spelling: string | null,
  groups: LabelGroups,
): TeamCount {
  const known = bySpelling.get(spelling);
  if (known !== undefined) return known;
  const team = spelling === null ? TEAM_NOT_RECORDED : groups.labelOf(spelling);
  let count = counts.get(team);
  if (count === undefined) {
    count = { team, complaints: 0, upheld: 0 };
    counts.set(team, count);
  }
  bySpelling.set(spelling, count);
  return count;
}

/** Upheld complaints by team, teams with none left out (`sortCounts` orders them after). */
function upheldByTeam(counts: Map<string, TeamCount>): Record<string, number> {
  const byTeam: Record<string, number> = {};
  for (const { team, upheld } of counts.values()) if (upheld > 0) byTeam[team] = upheld;
  return byTeam;
}

/** Most complaints first; ties by label in code-point order (rule 16). */
function rankTeams(counts: Map<string, TeamCount>): TeamCount[] {
  return [...counts.values()].sort(
    (a, b) => b.complaints - a.complaints || byCodePoint(a.team, b.team),
  );
}

/**
 * A breakdown's theme counts, reached by theme cell. Cells with the same text share one frozen list
 * of themes (`parseThemes`), so the list itself is the key: one look-up per complaint.
 */
type ThemeCells = {
  byCell: Map<readonly string[], readonly ThemeCount[]>;
  bySpelling: Map<string, ThemeCount>;
  counts: Map<string, ThemeCount>;
};

/** The counts of a cell's themes, each group once however many of its spellings the cell holds. */
function themeCountsOf(
  cells: ThemeCells,
  themes: readonly string[],
  groups: LabelGroups,
): readonly ThemeCount[] {
  let distinct = cells.byCell.get(themes);
  if (distinct === undefined) {
    const counts = themes.map((theme) =>
      themeCountOf(cells.bySpelling, cells.counts, theme, groups),
    );
    distinct = [...new Set(counts)];
    cells.byCell.set(themes, distinct);
  }
  return distinct;
}

/** The count of a theme spelling's group, made the first time it is met. */
function themeCountOf(
  bySpelling: Map<string, ThemeCount>,
  counts: Map<string, ThemeCount>,
  spelling: string,
  groups: LabelGroups,
): ThemeCount {
  const known = bySpelling.get(spelling);
  if (known !== undefined) return known;
  const theme = groups.labelOf(spelling);
  let count = counts.get(theme);
  if (count === undefined) {
    count = { theme, complaints: 0 };
    counts.set(theme, count);
  }
  bySpelling.set(spelling, count);
  return count;
}

/** Most first; ties by label in code-point order (rule 16), the same on every machine. */
function rankThemes(counts: Map<string, ThemeCount>): ThemeCount[] {
  return [...counts.values()].sort(
    (a, b) => b.complaints - a.complaints || byCodePoint(a.theme, b.theme),
  );
}

function sortCounts(counts: Record<string, number>): Record<string, number> {
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
  return Object.fromEntries(sorted);
}

/** Code-point order of two labels, not the locale's: a report must not vary by machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
