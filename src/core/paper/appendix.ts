/**
 * The provenance appendix (off by default): every sentence of the paper beside the complaint
 * references behind it, for the officer's own file, never for publication.
 */
import type { PaperBlock } from './types';

/** The appendix's heading, note and table, numbered after the paper's own tables. */
export function appendixBlocks(blocks: PaperBlock[]): PaperBlock[] {
  const tableCount = blocks.filter((b) => b.kind === 'table').length;
  const rows: string[][] = [];
  let section = '';
  for (const block of blocks) {
    if (block.kind === 'heading') section = block.text;
    if (block.kind !== 'paragraph' && block.kind !== 'bullets') continue;
    for (const s of block.sentences) {
      const refs =
        s.references.length > 0 ? s.references.join(', ') : 'All complaints in the period';
      rows.push([section, s.text, refs]);
    }
  }
  if (rows.length === 0) return [];
  return [
    { kind: 'heading', level: 1, text: 'Appendix: the complaints behind each sentence' },
    {
      kind: 'paragraph',
      sentences: [
        {
          text: 'For the complaints officer’s file, not for publication: it names complaints by reference.',
          references: [],
          rows: [],
        },
      ],
    },
    {
      kind: 'table',
      table: {
        caption: `Table ${tableCount + 1}: The complaints behind each sentence`,
        header: ['Section', 'Sentence', 'Complaints'],
        rows,
        numeric: [false, false, false],
      },
    },
  ];
}
