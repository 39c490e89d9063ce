/**
 * The committee-paper flags: `--template board|annual` and `--appendix`, and the Word document
 * `--narrative report.docx` writes. Kept apart from the other flags so each can change alone.
 */
import { PAPER_TEMPLATES, type PaperTemplate } from '../core/paper';
import type { BuiltReport } from '../core/runBuild';
import { buildWordDocument } from '../docx/buildDocument';
import { UsageError, type PeriodFlags } from './options';

export type PaperFlags = { template?: string; appendix?: boolean };

/** The template the flags name; `board` by default. */
export function templateFromFlags(flags: PaperFlags): PaperTemplate {
  if (flags.template === undefined) return 'board';
  const template = flags.template as PaperTemplate;
  if (!PAPER_TEMPLATES.includes(template)) {
    throw new UsageError(
      `--template '${flags.template}' is not known: use ${PAPER_TEMPLATES.join(' or ')}.`,
    );
  }
  return template;
}

/**
 * The annual report covers a financial year: with `--template annual` and no period flags, the
 * latest whole financial year before the as-of date (`annualPeriod` in src/core/period.ts).
 */
export function periodFlagsForTemplate<F extends PeriodFlags>(
  flags: F,
  template: PaperTemplate,
): F {
  const chosen = flags.from !== undefined || flags.to !== undefined || flags.period !== undefined;
  return template === 'annual' && !chosen ? { ...flags, period: 'financial-year' } : flags;
}

/** True for a narrative path the Word document is written to. */
export function isWordPath(path: string): boolean {
  return path.toLowerCase().endsWith('.docx');
}

/** The Word document of a build, for the template and appendix the flags ask for. */
export function wordDocumentOf(built: BuiltReport, flags: PaperFlags): Promise<Uint8Array> {
  return buildWordDocument({
    report: built.report,
    narrative: built.narrative,
    layout: built.layout,
    template: templateFromFlags(flags),
    appendix: flags.appendix === true,
  });
}
