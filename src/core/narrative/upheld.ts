/**
 * Where upheld complaints sat: teams (with each team's total), who made them, stages. "Upheld"
 * means upheld in full or in part, as boards read it.
 */
import { isUpheld } from '../summarise';
import type { AssessedComplaint, Breakdown, Complainant, StageCounts } from '../types';
import { complainantNoun, madeBy } from './complainants';
import type { NarrativeContext } from './context';
import { aboutNoun } from './outcomes';
import { stageWhere } from './overview';
import type { NarrativeSection, Sentence } from './types';
import { allOf, capitalise, joinList } from './words';

/** The most teams a sentence names before it groups the rest. */
const TEAMS_NAMED = 5;

/** "Fostering (3 of 7), CLA Services (1 of 6) and 2 other teams (2 of 13)". */
function teamPhrase(ctx: NarrativeContext, breakdown: Breakdown): string {
  const u = ctx.t.upheld;
  const byTeam = Object.entries(breakdown.upheld?.byTeam ?? {});
  const totals = new Map((breakdown.teams ?? []).map((t) => [t.team, t.complaints]));
  // Group the tail only when it holds two or more teams: "1 other teams" helps nobody.
  const shown = byTeam.length > TEAMS_NAMED + 1 ? TEAMS_NAMED : byTeam.length;
  const named = byTeam
    .slice(0, shown)
    .map(([team, n]) => ctx.say(u.team, { team, upheld: n, complaints: totals.get(team) ?? n }));
  const rest = byTeam.slice(shown);
  if (rest.length > 0) {
    const upheld = rest.reduce((sum, [, n]) => sum + n, 0);
    const complaints = rest.reduce((sum, [team, n]) => sum + (totals.get(team) ?? n), 0);
    named.push(ctx.say(u.otherTeams, { teams: rest.length, upheld, complaints }));
  }
  return joinList(named);
}

function whoPhrase(
  ctx: NarrativeContext,
  byComplainant: Partial<Record<Complainant, number>>,
  n: number,
) {
  const parts = Object.entries(byComplainant) as [Complainant, number][];
  if (parts.length === 1 && parts[0][0] !== 'notRecorded') {
    const who = complainantNoun(ctx, parts[0][0], n);
    return ctx.say(ctx.t.upheld.allBy, { all: allOf(n), who }, n);
  }
  return madeBy(ctx, byComplainant);
}

function stagesPhrase(ctx: NarrativeContext, byStage: Partial<StageCounts>, n: number): string {
  const u = ctx.t.upheld;
  const parts = (['1', '2', '3', 'ombudsman'] as const).filter((key) => (byStage[key] ?? 0) > 0);
  const where = (key: keyof StageCounts): string => stageWhere(ctx, key);
  if (n === 1) return ctx.say(u.stagesOne, { where: where(parts[0]) });
  if (parts.length === 1) return ctx.say(u.stagesAll, { all: allOf(n), where: where(parts[0]) });
  const list = parts.map((key, i) => {
    const count = byStage[key] ?? 0;
    return ctx.say(i === 0 ? u.stageFirst : u.stageNext, { n: count, where: where(key) }, count);
  });
  return joinList(list);
}

/** The sentences on a set's upheld complaints; empty when the set has none to speak of. */
function upheldSentences(
  ctx: NarrativeContext,
  breakdown: Breakdown,
  set: AssessedComplaint[],
  cic: boolean,
): Sentence[] {
  const u = ctx.t.upheld;
  const upheld = breakdown.upheld;
  if (upheld === null || breakdown.complaints === 0) return [];
  if (upheld.complaints === 0) {
    return [ctx.sentence(ctx.say(u.none, { about: aboutNoun(ctx, cic, 2) }), [])];
  }
  const n = upheld.complaints;
  const about = aboutNoun(ctx, cic, n);
  const upheldSet = set.filter(isUpheld);
  const lead = ctx.hasColumn('team')
    ? ctx.say(u.teams, { n, about, teams: teamPhrase(ctx, breakdown) }, n)
    : ctx.say(u.noTeams, { n, about }, n);
  const texts = [lead];
  const clauses: string[] = [];
  if (ctx.hasColumn('complainant')) clauses.push(whoPhrase(ctx, upheld.byComplainant, n));
  if (ctx.hasColumn('stage')) clauses.push(stagesPhrase(ctx, upheld.byStage, n));
  const [first, second] = clauses.map(capitalise);
  const short = clauses.every((c) => !c.includes(';')) && clauses.join(' ').split(' ').length < 25;
  if (second !== undefined && short) texts.push(ctx.say(u.both, { first, second: clauses[1] }));
  else
    for (const clause of [first, second])
      if (clause) texts.push(ctx.say(u.alone, { first: clause }));
  return texts.map((text) => ctx.sentence(text, upheldSet));
}

/** The upheld section: for all complaints, then children in care; null when there is nothing to say. */
export function upheldSection(ctx: NarrativeContext): NarrativeSection | null {
  const { report } = ctx;
  const sentences = upheldSentences(ctx, report.all, ctx.complaints, false);
  if (report.childrenInCare) {
    sentences.push(...upheldSentences(ctx, report.childrenInCare, ctx.childrenInCare, true));
  }
  if (sentences.length === 0) return null;
  const heading = ctx.say(ctx.wording.headings.upheld);
  return { id: 'upheld', heading, kind: 'paragraph', sentences };
}
