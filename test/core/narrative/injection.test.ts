/**
 * Tracker text that looks like a formula or like markup stays text in the Report and reaches the
 * Markdown and HTML narratives escaped: a board paper never runs what a cell held.
 */
import { buildNarrative, renderHtml, renderMarkdown } from '../../../src/core/narrative';
import { buildFor, tracker } from '../_lib/grid';

// Most first: the narrative names the five most common themes and teams.
const HOSTILE = [
  '<img src=x onerror=alert(1)>',
  '<script>alert("x")</script>',
  '[link](javascript:alert(1))',
  '**bold** _em_ `code` # heading',
  '=HYPERLINK("http://example.com","Click")',
  '+SUM(A1:A9)',
  '-2+3',
  '@SUM(A1)',
  '\tTabbed',
  '\rCarriage',
];

const { report, complaints } = buildFor(
  tracker(
    HOSTILE.flatMap((text, i) =>
      Array.from({ length: HOSTILE.length + 1 - i }, (_, n) => ({
        reference: `H${i}-${n}`,
        received: '01/10/2021',
        team: text,
        theme: text,
        outcome: 'Upheld',
        closed: '05/10/2021',
      })),
    ),
  ),
);
const narrative = buildNarrative(report, complaints);
const html = renderHtml(narrative);
const markdown = renderMarkdown(narrative);

describe('injection: formula-like and markup text in cells', () => {
  it.each(HOSTILE)('%p stays text in the Report (trimmed, never evaluated)', (text) => {
    expect(report.all.themes?.map((t) => t.theme)).toContain(text.trim());
  });

  it('themes reach the narrative at all, so the escaping below is tested', () => {
    expect(
      narrative.sections.map((s) => s.sentences.map((x) => x.text).join(' ')).join(' '),
    ).toContain('<img src=x onerror=alert(1)>');
  });

  it('HTML: no tag from a cell survives; its text is escaped', () => {
    expect(html).not.toMatch(/<img|<script|onerror=alert\(1\)>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    // Only the renderer's own tags (no bullets in this narrative: nothing is overdue).
    const tags = html.match(/<\/?([a-z0-9]+)/g) ?? [];
    expect(new Set(tags.map((t) => t.replace(/[</]/g, '')))).toEqual(new Set(['h2', 'h3', 'p']));
  });

  it('Markdown: markup characters from a cell are escaped', () => {
    expect(markdown).not.toMatch(/(^|[^\\])<img/);
    expect(markdown).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(markdown).toContain('\\[link\\](javascript:alert(1))');
    expect(markdown).toContain('\\*\\*bold\\*\\* \\_em\\_ \\`code\\` \\# heading');
  });

  it('Markdown: no line starts with a cell’s text, so "=", "+", "-" and "@" cannot start a heading or list', () => {
    for (const line of markdown.split('\n')) {
      for (const text of HOSTILE) {
        if (/^[=+\-@]/.test(text)) expect(line.startsWith(text)).toBe(false);
      }
    }
  });
});
