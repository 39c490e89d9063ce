/**
 * Every phrase of the narrative in one place (issue 8 part 3): the council's terms, the title, the
 * section headings and the sentence templates with their plural forms. A council changes its words
 * here, or in a wording file (`parseWording`), without touching code.
 */
import type { SectionId } from './types';
import type { Template } from './template';
import { FINDINGS_TEMPLATES } from './templatesFindings';
import { OPENING_TEMPLATES } from './templatesOpening';

/** The council's own words for the things a narrative names again and again. */
export type Terms = {
  /** "children in care" ("children looked after"). */
  childrenInCare: string;
  /** One of them, "child in care"; by default the plural term with "children" made "child". */
  childInCare: string;
  /** "upheld" ("found in the complainant's favour"), also in "not upheld", "partially upheld". */
  upheld: string;
  /** "the council" ("Westshire County Council"). */
  council: string;
  /** "the board" ("the Corporate Parenting Board"). */
  board: string;
  /** "the Local Government and Social Care Ombudsman". */
  ombudsman: string;
};

const DEFAULT_TEMPLATES = { ...OPENING_TEMPLATES, ...FINDINGS_TEMPLATES };

type DefaultTemplates = typeof DEFAULT_TEMPLATES;

/** Every section's templates, by name: a phrase, or a phrase per count. */
export type Templates = {
  [S in keyof DefaultTemplates]: { [K in keyof DefaultTemplates[S]]: Template };
};

/** The whole wording of a narrative. */
export type Wording = {
  terms: Terms;
  /** The paper's title; `{from}` and `{to}` are the period's dates in words. */
  title: string;
  headings: Record<SectionId, string>;
  templates: Templates;
};

/** The wording the narrative uses unless a council gives its own. */
export const DEFAULT_WORDING: Wording = {
  terms: {
    childrenInCare: 'children in care',
    childInCare: 'child in care',
    upheld: 'upheld',
    council: 'the council',
    board: 'the board',
    ombudsman: 'the Local Government and Social Care Ombudsman',
  },
  title: 'Complaints report to {board}: {from} to {to}',
  headings: {
    overview: 'Complaints received',
    complainants: 'Who complained',
    outcomes: 'Outcomes',
    upheld: 'Complaints {upheld}',
    stages: 'Stage by stage',
    timescales: 'Timescales',
    overdue: 'Overdue complaints',
    themes: 'Themes',
    dataQuality: 'Data quality',
  },
  templates: DEFAULT_TEMPLATES,
};

/** A council's changes to the default wording, as a wording file holds them. */
export type WordingChanges = {
  terms?: Partial<Terms>;
  title?: string;
  headings?: Partial<Record<SectionId, string>>;
  templates?: { [S in keyof Templates]?: Partial<Templates[S]> };
};

/**
 * The default wording with a council's changes. When the file names `childrenInCare` but not
 * `childInCare`, the singular is the plural term with "children" made "child" ("children looked
 * after" → "child looked after"), so the two never disagree.
 */
export function applyWording(changes: WordingChanges, base: Wording = DEFAULT_WORDING): Wording {
  const terms = { ...base.terms, ...changes.terms };
  if (changes.terms?.childrenInCare !== undefined && changes.terms.childInCare === undefined) {
    terms.childInCare = changes.terms.childrenInCare.replace(/\b([Cc])hildren\b/g, '$1hild');
  }
  const templates = { ...base.templates } as Record<string, Record<string, Template>>;
  for (const [section, phrases] of Object.entries(changes.templates ?? {})) {
    templates[section] = { ...templates[section], ...(phrases as Record<string, Template>) };
  }
  return {
    terms,
    title: changes.title ?? base.title,
    headings: { ...base.headings, ...changes.headings },
    templates: templates as Templates,
  };
}
