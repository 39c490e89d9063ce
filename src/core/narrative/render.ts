/** The narrative as plain text, Markdown and HTML, ready to paste into committee papers. */
import type { Narrative, NarrativeSection } from './types';

function sectionLines(section: NarrativeSection, bullet: string): string {
  const texts = section.sentences.map((s) => s.text);
  return section.kind === 'bullets'
    ? texts.map((t) => `${bullet}${t}`).join('\n')
    : texts.join(' ');
}

/** Plain text: a heading line, then the paragraph or "- " bullets; blank lines between sections. */
export function renderText(narrative: Narrative): string {
  const parts = narrative.sections.map((s) => `${s.heading}\n${sectionLines(s, '- ')}`);
  return `${[narrative.title, ...parts].join('\n\n')}\n`;
}

/** Markdown with `##` section headings and `-` bullets. */
export function renderMarkdown(narrative: Narrative): string {
  const escape = (text: string): string => text.replace(/([\\*_`#[\]<>])/g, '\\$1');
  const parts = narrative.sections.map((s) => {
    const body =
      s.kind === 'bullets'
        ? s.sentences.map((x) => `- ${escape(x.text)}`).join('\n')
        : s.sentences.map((x) => escape(x.text)).join(' ');
    return `## ${escape(s.heading)}\n\n${body}`;
  });
  return `${[`# ${escape(narrative.title)}`, ...parts].join('\n\n')}\n`;
}

/** Escape text for HTML. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** HTML that keeps headings, paragraphs and bullets when pasted into Word. */
export function renderHtml(narrative: Narrative): string {
  const parts = narrative.sections.map((s) => {
    const body =
      s.kind === 'bullets'
        ? `<ul>${s.sentences.map((x) => `<li>${escapeHtml(x.text)}</li>`).join('')}</ul>`
        : `<p>${s.sentences.map((x) => escapeHtml(x.text)).join(' ')}</p>`;
    return `<h3>${escapeHtml(s.heading)}</h3>${body}`;
  });
  return `<h2>${escapeHtml(narrative.title)}</h2>${parts.join('')}`;
}
