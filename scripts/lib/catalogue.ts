/** The catalogue of bad inputs as Markdown: one line per case, with what the officer is told. */

export type CatalogueEntry = { kind: 'cli' | 'core'; name: string; message: string };

const mdEscape = (text: string): string => text.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** The whole of docs/bad-inputs.md, from the catalogue's entries in order. */
export function renderCatalogue(entries: readonly CatalogueEntry[]): string {
  const refused = entries.filter((e) => e.kind === 'cli');
  const reported = entries.filter((e) => e.kind === 'core');
  const line = (e: CatalogueEntry): string => `- **${mdEscape(e.name)}**: ${mdEscape(e.message)}`;
  return [
    '# What it checks: bad inputs and what the officer is told',
    '',
    'Generated from `test/catalogue/badInputs.ts` by `npx tsx scripts/make-catalogue.ts`; every',
    'case is a test (`test/catalogue/badInputs.test.ts`) asserting exactly this message.',
    '`{dir}` stands for the folder the tracker is in.',
    '',
    `## Refused by the command line (exit code 2): ${refused.length}`,
    '',
    ...refused.map(line),
    '',
    `## Listed in the report's issues (the report is still built): ${reported.length}`,
    '',
    ...reported.map(line),
    '',
  ].join('\n');
}
