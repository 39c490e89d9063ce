import { renderHtml, renderMarkdown, renderText } from '../../../src/core/narrative';
import type { Narrative } from '../../../src/core/narrative';

const narrative: Narrative = {
  title: 'Complaints report: 1 September 2021 to 28 February 2022',
  sections: [
    {
      id: 'overview',
      heading: 'Complaints received',
      kind: 'paragraph',
      sentences: [
        { text: 'First <sentence> & more.', references: [], rows: [] },
        { text: 'Second_sentence.', references: [], rows: [] },
      ],
    },
    {
      id: 'overdue',
      heading: 'Overdue complaints',
      kind: 'bullets',
      sentences: [
        { text: '623963: stage 1.', references: ['623963'], rows: [{ sheet: 'Tracker', row: 5 }] },
        { text: '623964: stage 2.', references: ['623964'], rows: [{ sheet: 'Tracker', row: 6 }] },
      ],
    },
  ],
};

describe('narrative renderers', () => {
  it('writes plain text with headings, a paragraph and dashes for bullets', () => {
    expect(renderText(narrative)).toBe(
      'Complaints report: 1 September 2021 to 28 February 2022\n\nComplaints received\nFirst <sentence> & more. Second_sentence.\n\nOverdue complaints\n- 623963: stage 1.\n- 623964: stage 2.\n',
    );
  });

  it('writes Markdown with headings and bullets, escaping its own syntax', () => {
    const md = renderMarkdown(narrative);
    expect(md).toContain(
      '## Complaints received\n\nFirst \\<sentence\\> & more. Second\\_sentence.',
    );
    expect(md).toContain('## Overdue complaints\n\n- 623963: stage 1.\n- 623964: stage 2.');
    expect(md.startsWith('# Complaints report')).toBe(true);
  });

  it('writes HTML with paragraphs and a list, escaping text', () => {
    expect(renderHtml(narrative)).toBe(
      '<h2>Complaints report: 1 September 2021 to 28 February 2022</h2><h3>Complaints received</h3><p>First &lt;sentence&gt; &amp; more. Second_sentence.</p><h3>Overdue complaints</h3><ul><li>623963: stage 1.</li><li>623964: stage 2.</li></ul>',
    );
  });
});
