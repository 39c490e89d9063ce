/**
 * The committee-paper choices the pane holds beside the build's (the command line's
 * `--no-references`, `--template`, `--appendix`), what the workbook remembers of them, and whether
 * a built report's period suits the statutory annual report, which covers a financial year.
 */
import { formatLongDate, parseIsoDate, partsOfDay, toIsoDate } from '../core/dates';
import { applyWording } from '../core/narrative';
import { PAPER_TEMPLATES, type PaperTemplate } from '../core/paper';
import { annualPeriod } from '../core/period';
import type { StoredSettings } from '../core/port';
import type { BuildRequest } from '../core/runBuild';
import type { PeriodChoice } from '../core/settings';
import type { IsoDate, Report } from '../core/types';
import { wordingOf, type TermDrafts } from './wordingTerms';

export type PaperChoices = {
  /** False for published papers: the narrative names no complaint reference (rule 27). */
  references: boolean;
  template: PaperTemplate;
  /** The provenance appendix in the Word document, for the officer's own file. */
  appendix: boolean;
};

/** As the command line has them with no flags. */
export const DEFAULT_PAPER: PaperChoices = { references: true, template: 'board', appendix: false };

/**
 * The choices a workbook remembers, each checked and falling back to the default on its own: only
 * `false` turns references off and only `true` turns the appendix on, so a hand-edited value
 * never hides references or adds them to a paper by accident.
 */
export function readStoredPaper(stored: StoredSettings | null | undefined): PaperChoices {
  const record = (stored ?? {}) as Record<string, unknown>;
  const template = PAPER_TEMPLATES.find((name) => name === record.template);
  return {
    references: record.references !== false,
    template: template ?? DEFAULT_PAPER.template,
    appendix: record.appendix === true,
  };
}

/** What a build is asked for from the wording boxes and the paper choices. */
export function paperRequestOf(
  terms: TermDrafts,
  paper: PaperChoices,
): Pick<BuildRequest, 'references' | 'wording' | 'remember'> {
  const { changes } = wordingOf(terms);
  return {
    references: paper.references,
    wording: changes === null ? undefined : applyWording(changes),
    remember: {
      wording: changes ?? undefined,
      template: paper.template,
      appendix: paper.appendix,
    },
  };
}

/** A financial year: the choice that sets it, and its name and dates in words. */
export type FinancialYear = {
  /** The "Last financial year" preset, which is this year until the as-of date moves on. */
  choice: PeriodChoice;
  from: IsoDate;
  to: IsoDate;
  /** "2021/22". */
  name: string;
  /** "1 April 2021 to 31 March 2022". */
  dates: string;
};

/**
 * The latest whole financial year before the as-of date, as the command line picks for
 * `--template annual` (`annualPeriod`); null while the as-of date is not a date.
 */
export function financialYearBefore(asOf: IsoDate): FinancialYear | null {
  const day = parseIsoDate(asOf);
  if (day === null) return null;
  const { from, to } = annualPeriod(day);
  const start = partsOfDay(from).year;
  return {
    choice: { kind: 'preset', preset: 'financial-year' },
    from: toIsoDate(from),
    to: toIsoDate(to),
    name: `${start}/${String((start + 1) % 100).padStart(2, '0')}`,
    dates: `${formatLongDate(from)} to ${formatLongDate(to)}`,
  };
}

/**
 * True when a report's period is a whole financial year (1 April to 31 March) that had ended by
 * its as-of date: the only period the statutory annual report describes truthfully.
 */
export function coversFinancialYear(period: Report['period']): boolean {
  const from = parseIsoDate(period.from);
  const to = parseIsoDate(period.to);
  if (from === null || to === null || period.toDate) return false;
  const start = partsOfDay(from);
  const end = partsOfDay(to);
  return (
    start.day === 1 &&
    start.month === 4 &&
    end.day === 31 &&
    end.month === 3 &&
    end.year === start.year + 1
  );
}
