/** The opening paragraph: how many complaints, how many about children in care, at which stages. */
import { describePeriod } from '../period';
import { parseIsoDate } from '../dates';
import type { StageCounts } from '../types';
import { sentence, type NarrativeContext } from './context';
import type { NarrativeSection, Sentence } from './types';
import { allOf, capitalise, count, joinList, percent, wasWere } from './words';

/** The period in words, as a sentence may open with it ("Between September 2021 and …"). */
export function periodInWords(ctx: NarrativeContext): string {
  const from = parseIsoDate(ctx.report.period.from);
  const to = parseIsoDate(ctx.report.period.to);
  if (from === null || to === null)
    return `between ${ctx.report.period.from} and ${ctx.report.period.to}`;
  return describePeriod(from, to);
}

const STAGE_PHRASES: Record<keyof StageCounts, string> = {
  '1': 'at stage 1',
  '2': 'at stage 2',
  '3': 'at stage 3',
  ombudsman: 'with the Local Government and Social Care Ombudsman',
};

/**
 * The stages reached as a clause: "it was at stage 1", "all three were at stage 1", or
 * "65 were at stage 1, 6 at stage 2 and 1 with the Local Government and Social Care Ombudsman".
 */
export function stagePhrase(stages: Partial<StageCounts>, total: number): string {
  const parts = (Object.keys(STAGE_PHRASES) as (keyof StageCounts)[])
    .filter((key) => (stages[key] ?? 0) > 0)
    .map((key) => ({ key, n: stages[key] ?? 0 }));
  if (total === 1) return `it was ${STAGE_PHRASES[parts[0].key]}`;
  if (parts.length === 1) return `${allOf(total)} were ${STAGE_PHRASES[parts[0].key]}`;
  return joinList(
    parts.map(({ key, n }, i) => `${n}${i === 0 ? ` ${wasWere(n)}` : ''} ${STAGE_PHRASES[key]}`),
  );
}

/** The overview section; for an empty period, the one sentence that says so. */
export function overviewSection(ctx: NarrativeContext): NarrativeSection {
  const { report, complaints } = ctx;
  const total = report.all.complaints;
  const when = periodInWords(ctx);
  const sentences: Sentence[] = [];
  if (total === 0) {
    sentences.push(sentence(`No complaints were received ${when}.`, []));
    return { id: 'overview', heading: 'Complaints received', kind: 'paragraph', sentences };
  }
  sentences.push(
    sentence(
      `${capitalise(when)}, ${count(total, 'complaint')} ${wasWere(total)} received.`,
      complaints,
    ),
  );
  const cic = report.childrenInCare;
  if (cic) {
    const text =
      cic.complaints === 0
        ? `None of them concerned a child in care.`
        : `Of these, ${cic.complaints} (${percent(cic.complaints, total)}) concerned children in care.`;
    sentences.push(sentence(text, ctx.childrenInCare));
  }
  if (ctx.hasColumn('stage')) {
    const phrase = stagePhrase(report.all.stages, total);
    const text =
      total === 1 ? `${capitalise(phrase)}.` : `By the highest stage reached, ${phrase}.`;
    sentences.push(sentence(text, complaints));
  }
  return { id: 'overview', heading: 'Complaints received', kind: 'paragraph', sentences };
}
