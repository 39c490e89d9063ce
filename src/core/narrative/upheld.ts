/**
 * Where upheld complaints sat: teams, who made them, stages. "Upheld" means upheld in full or in
 * part, as boards read it.
 */
import { isUpheld } from '../summarise';
import type { AssessedComplaint, Breakdown, Complainant, UpheldBreakdown } from '../types';
import { sentence, type NarrativeContext } from './context';
import { stagePhrase } from './overview';
import type { NarrativeSection, Sentence } from './types';
import { allOf, joinList, wasWere } from './words';

const COMPLAINANT_NOUNS: Record<Complainant, [string, string]> = {
  parent: ['a parent', 'parents'],
  child: ['a child or young person', 'children or young people'],
  advocate: ['an advocate', 'advocates'],
  fosterCarer: ['a foster carer', 'foster carers'],
  other: ['someone else', 'other people'],
  notRecorded: ['someone not recorded', 'people not recorded'],
};

/** The most teams a sentence names before it groups the rest. */
const TEAMS_NAMED = 5;

function teamPhrase(byTeam: Record<string, number>): string {
  const teams = Object.entries(byTeam);
  // Group the tail only when it holds two or more teams: "1 other teams" helps nobody.
  const shown = teams.length > TEAMS_NAMED + 1 ? TEAMS_NAMED : teams.length;
  const named = teams.slice(0, shown).map(([team, n]) => `${team} (${n})`);
  const rest = teams.slice(shown);
  if (rest.length > 0) {
    const total = rest.reduce((sum, [, n]) => sum + n, 0);
    named.push(`${rest.length} other teams (${total})`);
  }
  return joinList(named);
}

function complainantPhrase(byComplainant: UpheldBreakdown['byComplainant'], total: number): string {
  const parts = (Object.entries(byComplainant) as [Complainant, number][]).sort(
    (a, b) => b[1] - a[1],
  );
  if (parts.length === 1) {
    const [who] = parts[0];
    return total === 1
      ? `it was made by ${COMPLAINANT_NOUNS[who][0]}`
      : `${allOf(total)} were made by ${COMPLAINANT_NOUNS[who][1]}`;
  }
  const phrases = parts.map(([who, n], i) => {
    const noun = n === 1 ? COMPLAINANT_NOUNS[who][0] : COMPLAINANT_NOUNS[who][1];
    return i === 0 ? `${n} ${wasWere(n)} made by ${noun}` : `${n} by ${noun}`;
  });
  return joinList(phrases);
}

/** One sentence on a set's upheld complaints, or null when the set has none to speak of. */
function upheldSentence(
  ctx: NarrativeContext,
  breakdown: Breakdown,
  set: AssessedComplaint[],
  about: string,
): Sentence | null {
  const upheld = breakdown.upheld;
  if (upheld === null || breakdown.complaints === 0) return null;
  const upheldSet = set.filter(isUpheld);
  if (upheld.complaints === 0) {
    return sentence(`None of the ${about} was upheld, in full or in part.`, []);
  }
  const n = upheld.complaints;
  const subject =
    n === 1
      ? `The one ${about.replace(/^complaints/, 'complaint')} upheld in full or in part`
      : `The ${n} ${about} upheld in full or in part`;
  const clauses: string[] = [];
  if (ctx.hasColumn('team')) clauses.push(`concerned ${teamPhrase(upheld.byTeam)}`);
  if (ctx.hasColumn('complainant')) clauses.push(complainantPhrase(upheld.byComplainant, n));
  if (ctx.hasColumn('stage')) clauses.push(stagePhrase(upheld.byStage, n));
  if (clauses.length === 0) return null;
  const [first, ...rest] = clauses;
  const opening = first.startsWith('concerned') ? `${subject} ${first}` : `${subject}: ${first}`;
  const text = rest.length === 0 ? `${opening}.` : `${opening}; ${rest.join(', and ')}.`;
  return sentence(text, upheldSet);
}

/** The upheld section: for all complaints, then children in care; null when there is nothing to say. */
export function upheldSection(ctx: NarrativeContext): NarrativeSection | null {
  const { report } = ctx;
  const sentences: Sentence[] = [];
  const all = upheldSentence(ctx, report.all, ctx.complaints, 'complaints');
  if (all) sentences.push(all);
  if (report.childrenInCare) {
    const cic = upheldSentence(
      ctx,
      report.childrenInCare,
      ctx.childrenInCare,
      'complaints about children in care',
    );
    if (cic) sentences.push(cic);
  }
  if (sentences.length === 0) return null;
  return { id: 'upheld', heading: 'Upheld complaints', kind: 'paragraph', sentences };
}
