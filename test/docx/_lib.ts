/** Build a paper's inputs from tracker records, and read a .docx's document.xml back. */
import { strFromU8, unzipSync } from 'fflate';
import type { BuildOptions } from '../../src/core/buildReport';
import { FIELDS } from '../../src/core/fields';
import { buildNarrative } from '../../src/core/narrative';
import { layoutSummary } from '../../src/core/summaryLayout';
import type { Field } from '../../src/core/types';
import type { WordDocumentInput } from '../../src/docx/buildDocument';
import { buildFor, tracker, type TrackerRecord } from '../core/_lib/grid';
import { day } from '../core/_lib/records';

/** The financial year 2021/22 as of 30 June 2022. */
export const FINANCIAL_YEAR: Partial<BuildOptions> = {
  from: day('2021-04-01'),
  to: day('2022-03-31'),
  asOf: day('2022-06-30'),
};

/**
 * A fixture year, 2021/22, and its year earlier, 2020/21. Working days are counted by hand in
 * test/docx/buildDocument.test.ts beside the sentences they give.
 */
export const FIXTURE_YEAR: TrackerRecord[] = [
  {
    reference: 'E1',
    received: '06/04/2020',
    complainant: 'Parent',
    team: 'Fostering',
    outcome: 'Upheld',
    closed: '14/04/2020',
  },
  {
    reference: 'E2',
    received: '01/03/2021',
    complainant: 'YP',
    team: 'Adoption',
    outcome: 'Not upheld',
    closed: '05/03/2021',
  },
  {
    reference: 'F1',
    received: '05/04/2021',
    stage: 1,
    complainant: 'Parent',
    childInCare: 'Y',
    team: 'Fostering',
    theme: 'Delay',
    outcome: 'Upheld',
    closed: '12/04/2021',
  },
  {
    reference: 'F2',
    received: '12/05/2021',
    stage: 1,
    complainant: 'Advocate',
    team: 'Adoption',
    theme: 'Communication',
    outcome: 'Not upheld',
    closed: '09/06/2021',
  },
  {
    reference: 'F3',
    received: '01/07/2021',
    stage: 1,
    complainant: 'YP',
    team: 'Fostering',
    theme: 'Delay',
    outcome: 'Not upheld',
    closed: '15/07/2021',
  },
  {
    reference: 'F3',
    received: '20/07/2021',
    stage: 2,
    complainant: 'YP',
    team: 'Fostering',
    theme: 'Delay',
    outcome: 'Partially upheld',
    closed: '10/08/2021',
  },
  {
    reference: 'F4',
    received: '01/02/2022',
    stage: 1,
    complainant: 'Parent',
    team: 'Safeguarding',
    outcome: 'Withdrawn',
    closed: '03/02/2022',
  },
  { reference: 'F5', received: '20/03/2022', stage: 1, complainant: 'Parent', team: 'Adoption' },
];

/** The inputs `buildWordDocument` takes, from records, without the `missing` columns. */
export function paperInput(
  records: TrackerRecord[] = FIXTURE_YEAR,
  missing: Field[] = [],
  options: Partial<BuildOptions> = FINANCIAL_YEAR,
): Omit<WordDocumentInput, 'template'> {
  const fields = FIELDS.filter((f) => !missing.includes(f));
  const built = buildFor(tracker(records, { fields }), options);
  return {
    report: built.report,
    narrative: buildNarrative(built.report, built.complaints),
    layout: layoutSummary(built.report, '30 June 2022 at 09:00'),
  };
}

export function documentXml(docx: Uint8Array): string {
  return strFromU8(unzipSync(docx)['word/document.xml']);
}

/** The text of an XML fragment: its w:t runs joined. */
export function textOf(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Every table row as its cells' text and alignment. */
export function tableRows(xml: string): { text: string; right: boolean }[][] {
  return [...xml.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
    [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) => ({
      text: textOf(cell[0]),
      right: cell[0].includes('<w:jc w:val="right"/>'),
    })),
  );
}

/** The text of each paragraph with the given style (Heading1, Caption …), in order. */
export function styledParagraphs(xml: string, style: string): string[] {
  return [...xml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
    .filter((p) => p[0].includes(`<w:pStyle w:val="${style}"/>`))
    .map((p) => textOf(p[0]));
}
