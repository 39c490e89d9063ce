/**
 * Complaints to figures: one Breakdown (docs/design.md report JSON) for a set of assessed complaints.
 * A section whose column the tracker lacks is null rather than a row of misleading zeros.
 */
import { countKeys } from './_lib/keyCounts';
import { STAGE_KEYS, stageKey } from './complaints';
import { countEscalations } from './figures/escalations';
import { countLabels, createLabelIndex, type LabelIndex } from './figures/labelCounts';
import { countMonthly } from './figures/monthly';
import {
  countStageActivity,
  summariseStageTimes,
  type Activity,
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
  /**
   * The team and theme cells numbered by group, from `teams` and `themes` above: a report's
   * breakdowns share one (`periodFigures`). Without one, the breakdown numbers its own.
   */
  labels?: LabelIndex;
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
  activity: Activity,
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
  const labels = countLabels(
    context.labels ?? createLabelIndex(context.teams, context.themes, TEAM_NOT_RECORDED),
  );
  for (const complaint of complaints) {
    const { record } = complaint;
    const stage = stageKey(complaint.stage);
    outcomes.add(outcomeOf(complaint));
    stages.add(stage);
    statuses.add(complaint.status);
    if (complaint.status === 'openOverdue') overdueReferences.push(complaint.reference);
    complainants.add(record.complainant);
    const isUpheldComplaint = isUpheld(complaint);
    labels.add(record.team, record.themes, isUpheldComplaint);
    if (isUpheldComplaint) {
      upheld.complaints += 1;
      addOne(upheldByComplainant, record.complainant);
      addOne(upheldByStage, stage);
    }
  }
  const teams = labels.teams();
  upheld.byTeam = upheldByTeam(teams);
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
    themes: columns.theme === undefined ? null : rankThemes(labels.themes()),
    // Without a team column every complaint is "Not recorded" (docs/design.md, the Report JSON).
    teams: rankTeams(teams),
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

/** Upheld complaints by team, teams with none left out (`sortCounts` orders them after). */
function upheldByTeam(counts: readonly TeamCount[]): Record<string, number> {
  const byTeam: Record<string, number> = {};
  for (const { team, upheld } of counts) if (upheld > 0) byTeam[team] = upheld;
  return byTeam;
}

/** Most complaints first; ties by label in code-point order (rule 16). */
function rankTeams(counts: TeamCount[]): TeamCount[] {
  return counts.sort((a, b) => b.complaints - a.complaints || byCodePoint(a.team, b.team));
}

/** Most first; ties by label in code-point order (rule 16), the same on every machine. */
function rankThemes(counts: ThemeCount[]): ThemeCount[] {
  return counts.sort((a, b) => b.complaints - a.complaints || byCodePoint(a.theme, b.theme));
}

function sortCounts(counts: Record<string, number>): Record<string, number> {
  const sorted = Object.entries(counts).sort((a, b) => b[1] - a[1] || byCodePoint(a[0], b[0]));
  return Object.fromEntries(sorted);
}

/** Code-point order of two labels, not the locale's: a report must not vary by machine. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
