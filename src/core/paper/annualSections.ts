/**
 * The statutory annual report's sections, as *Getting the Best from Complaints* lists them:
 * numbers at each stage, who complained, advocacy, types of complaint, outcomes, compliance with
 * timescales (agreed extensions included), ombudsman cases and learning. Each says only what the
 * Report holds: a section whose column the tracker lacks, or with nothing to say, has no
 * sentences and is left out. The last four sections are in `annualResults.ts`.
 */
import { formatReportDate, reportHasColumn } from '../labels';
import type { Sentence } from '../narrative/types';
import { describePeriod } from '../period';
import { parseIsoDate } from '../dates';
import type { Breakdown, Complainant, Report } from '../types';
import {
  againstYearEarlier,
  capitalise,
  count,
  joinList,
  rateAgainstYearEarlier,
  share,
  wasWere,
  whole,
} from './words';

export type AnnualSectionId =
  | 'received'
  | 'complainants'
  | 'advocacy'
  | 'themes'
  | 'outcomes'
  | 'timescales'
  | 'ombudsman'
  | 'learning';

/** What the sections read: this period's figures, and the year earlier's when covered. */
export type AnnualFigures = { report: Report; all: Breakdown; earlier: Breakdown | null };

export function annualFigures(report: Report): AnnualFigures {
  const { yearEarlier } = report.comparisons;
  return { report, all: report.all, earlier: yearEarlier.covered ? yearEarlier.all : null };
}

function periodWords(report: Report): string {
  const from = parseIsoDate(report.period.from);
  const to = parseIsoDate(report.period.to);
  return from === null || to === null ? '' : describePeriod(from, to);
}

/** Rule 19: never state a partial year as a whole one. */
function coverageSentence(report: Report): Sentence | null {
  const { firstReceived, lastReceived } = report.coverage;
  if (report.period.covered || firstReceived === null || lastReceived === null) return null;
  const from = formatReportDate(
    firstReceived > report.period.from ? firstReceived : report.period.from,
  );
  const to = formatReportDate(lastReceived < report.period.to ? lastReceived : report.period.to);
  return whole(
    `The tracker holds complaints received from ${formatReportDate(firstReceived)} to ${formatReportDate(lastReceived)}, so these figures cover ${from} to ${to} only.`,
  );
}

/** Sentences of the 'received' section; none when it has nothing to say. */
export function received({ report, all, earlier }: AnnualFigures): Sentence[] {
  const n = all.complaints;
  const said = [
    whole(
      `${capitalise(periodWords(report))}, ${count(n, 'complaint')} ${wasWere(n)} received${againstYearEarlier(n, earlier?.complaints ?? null)}.`,
    ),
  ];
  const coverage = coverageSentence(report);
  if (coverage) said.push(coverage);
  if (!reportHasColumn(report, 'stage')) return said;
  const a = all.stageActivity;
  const at = (k: '1' | '2' | '3') => (a[k] === 0 ? `none at stage ${k}` : `${a[k]} at stage ${k}`);
  said.push(
    whole(
      `Counting each stage a complaint reached, there were ${joinList([at('1'), at('2'), at('3')])}.`,
    ),
  );
  const { stage1, toStage2 } = all.escalations;
  if (stage1 > 0) {
    const before =
      earlier && earlier.escalations.stage1 > 0
        ? share(earlier.escalations.toStage2, earlier.escalations.stage1)
        : null;
    said.push(
      whole(
        `Of the ${count(stage1, 'complaint')} considered at stage 1, ${toStage2} (${share(toStage2, stage1)}%) went on to stage 2${rateAgainstYearEarlier(share(toStage2, stage1), before)}.`,
      ),
    );
  }
  return said;
}

const COMPLAINANT_WORDS: Record<Exclude<Complainant, 'notRecorded'>, string> = {
  parent: 'a parent or guardian',
  child: 'a child or young person',
  fosterCarer: 'a foster carer',
  advocate: 'an advocate',
  other: 'someone else',
};

/** Sentences of the 'complainants' section; none when it has nothing to say. */
export function complainants({ report, all, earlier }: AnnualFigures): Sentence[] {
  const c = all.complainants;
  if (!c || all.complaints === 0) return [];
  const parts = (Object.keys(COMPLAINANT_WORDS) as (keyof typeof COMPLAINANT_WORDS)[])
    .filter((k) => c[k] > 0)
    .sort((x, y) => c[y] - c[x])
    .map((k, i) => {
      const verb = i > 0 ? '' : `${wasWere(c[k])} made `;
      return `${c[k]} (${share(c[k], all.complaints)}%) ${verb}by ${COMPLAINANT_WORDS[k]}`;
    });
  const said: Sentence[] = [];
  const unrecorded =
    c.notRecorded > 0 ? `for ${c.notRecorded}, the complainant was not recorded` : '';
  if (parts.length > 0) {
    const tail = unrecorded ? `; ${unrecorded}` : '';
    said.push(whole(`Of the ${count(all.complaints, 'complaint')}, ${joinList(parts)}${tail}.`));
  } else {
    said.push(
      whole(`For all ${count(all.complaints, 'complaint')}, the complainant was not recorded.`),
    );
  }
  const cic = report.childrenInCare;
  if (cic) {
    const before = earlier
      ? (report.comparisons.yearEarlier.childrenInCare?.complaints ?? 0)
      : null;
    said.push(
      whole(
        `${capitalise(count(cic.complaints, 'complaint'))} (${share(cic.complaints, all.complaints)}%) ${wasWere(cic.complaints)} about children in care${againstYearEarlier(cic.complaints, before)}.`,
      ),
    );
  }
  return said;
}

/** Sentences of the 'advocacy' section; none when it has nothing to say. */
export function advocacy({ all, earlier }: AnnualFigures): Sentence[] {
  if (!all.complainants || all.complaints === 0) return [];
  const n = all.complainants.advocate;
  const before = earlier?.complainants?.advocate ?? null;
  const text =
    n === 0
      ? `No complaint was made by an advocate on a child's behalf${before ? `; a year earlier, ${before} ${wasWere(before)}` : ''}.`
      : `Advocates made ${count(n, 'complaint')} (${share(n, all.complaints)}%) on behalf of children and young people${againstYearEarlier(n, before)}.`;
  return [whole(text)];
}

/** Sentences of the 'themes' section; none when it has nothing to say. */
export function themes({ all }: AnnualFigures): Sentence[] {
  const top = (all.themes ?? []).slice(0, 3);
  if (top.length === 0) return [];
  const [first, ...rest] = top;
  const items = [
    `${first.theme} (${count(first.complaints, 'complaint')})`,
    ...rest.map((t) => `${t.theme} (${t.complaints})`),
  ];
  const lead = top.length === 1 ? 'The most common theme was' : 'The most common themes were';
  return [whole(`${lead} ${joinList(items)}.`), whole('A complaint may have more than one theme.')];
}
