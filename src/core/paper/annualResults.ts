/**
 * The annual report's last four sections: outcomes, compliance with timescales (agreed
 * extensions included), ombudsman cases and learning. Empty when the Report cannot support them.
 */
import { reportHasColumn } from '../labels';
import type { Sentence } from '../narrative/types';
import type { OutcomeCounts, StageTimes } from '../types';
import type { AnnualFigures } from './annualSections';
import {
  againstYearEarlier,
  count,
  joinList,
  rateAgainstYearEarlier,
  share,
  wasWere,
  whole,
} from './words';

/** Rule 26: upheld in full or in part, of the complaints decided; null with none decided. */
function upheldRate(o: OutcomeCounts | null | undefined): number | null {
  if (!o) return null;
  const decided = o.upheld + o.partiallyUpheld + o.notUpheld;
  return decided === 0 ? null : share(o.upheld + o.partiallyUpheld, decided);
}

export function outcomes({ all, earlier }: AnnualFigures): Sentence[] {
  const o = all.outcomes;
  if (!o || all.complaints === 0) return [];
  const was = (n: number, what: string) => `${n} ${wasWere(n)} ${what}`;
  const decided = [
    o.upheld > 0 ? was(o.upheld, 'upheld') : '',
    o.partiallyUpheld > 0 ? was(o.partiallyUpheld, 'partially upheld') : '',
    o.notUpheld > 0 ? was(o.notUpheld, 'not upheld') : '',
  ].filter(Boolean);
  const rest = [
    o.withdrawn > 0 ? was(o.withdrawn, 'withdrawn') : '',
    o.resolved > 0 ? was(o.resolved, 'resolved informally') : '',
    o.other > 0 ? `${o.other} had another outcome` : '',
    o.open > 0 ? `${o.open} ${o.open === 1 ? 'is' : 'are'} still being investigated` : '',
  ].filter(Boolean);
  const said: Sentence[] = [];
  if (decided.length > 0) {
    said.push(whole(`Of the ${count(all.complaints, 'complaint')}, ${joinList(decided)}.`));
  }
  if (rest.length > 0) {
    const lead =
      decided.length > 0 ? 'Of the rest, ' : `Of the ${count(all.complaints, 'complaint')}, `;
    said.push(whole(`${lead}${joinList(rest)}.`));
  }
  const rate = upheldRate(o);
  if (rate !== null) {
    said.push(
      whole(
        `Of the complaints decided, ${rate}% were upheld in full or in part${rateAgainstYearEarlier(rate, upheldRate(earlier?.outcomes))}.`,
      ),
    );
  }
  return said;
}

function responded(t: StageTimes): number {
  return t.withinLimit + t.withinExtension + t.late;
}

function withinRate(t: StageTimes | undefined): number | null {
  if (!t || responded(t) === 0) return null;
  return share(t.withinLimit + t.withinExtension, responded(t));
}

/** Stage by stage (rule 21): within the limit, within an agreed extension, late, average days. */
export function timescales({ report, all, earlier }: AnnualFigures): Sentence[] {
  if (!reportHasColumn(report, 'closed')) return [];
  const said: Sentence[] = [];
  for (const stage of ['1', '2', '3'] as const) {
    const t = all.stageTimescales[stage];
    const sent = responded(t);
    if (sent === 0) continue;
    const extension =
      t.withinExtension > 0 ? ` and a further ${t.withinExtension} within an agreed extension` : '';
    const late = t.late === 0 ? 'none was late' : `${t.late} ${wasWere(t.late)} late`;
    said.push(
      whole(
        `Of ${count(sent, `stage ${stage} response`)}, ${t.withinLimit} (${share(t.withinLimit, sent)}%) ${wasWere(t.withinLimit)} sent within the timescale${extension}; ${late}.`,
      ),
    );
    const rate = withinRate(t) ?? 0;
    const before = withinRate(earlier?.stageTimescales[stage]);
    const days =
      t.meanWorkingDays === null ? '' : `, taking ${t.meanWorkingDays} working days on average`;
    said.push(
      whole(
        `In all, ${rate}% of stage ${stage} responses were within timescale${rateAgainstYearEarlier(rate, before)}${days}.`,
      ),
    );
  }
  return said;
}

export function ombudsman({ report, all, earlier }: AnnualFigures): Sentence[] {
  if (!reportHasColumn(report, 'stage') || all.complaints === 0) return [];
  const n = all.escalations.toOmbudsman;
  const before = earlier?.escalations.toOmbudsman ?? null;
  const went = `${n === 0 ? 'none' : n} went to the Local Government and Social Care Ombudsman`;
  return [
    whole(`Of the ${count(all.complaints, 'complaint')}, ${went}${againstYearEarlier(n, before)}.`),
  ];
}

/** Where upheld complaints sat (rule 23), the teams most upheld first; "Not recorded" is no team. */
export function learning({ report, all }: AnnualFigures): Sentence[] {
  if (!all.upheld || all.upheld.complaints === 0 || !reportHasColumn(report, 'team')) return [];
  const teams = (all.teams ?? [])
    .filter((t) => t.upheld > 0 && t.team !== 'Not recorded')
    .sort((a, b) => b.upheld - a.upheld || (a.team < b.team ? -1 : a.team > b.team ? 1 : 0))
    .slice(0, 3);
  if (teams.length === 0) return [];
  const [first, ...rest] = teams;
  const items = [
    `${first.team} (${first.upheld} of its ${count(first.complaints, 'complaint')})`,
    ...rest.map((t) => `${t.team} (${t.upheld} of ${t.complaints})`),
  ];
  return [whole(`Complaints upheld in full or in part were most often about ${joinList(items)}.`)];
}
