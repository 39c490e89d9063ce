/**
 * The narrative's plain text (as `renderText` writes it, perhaps edited) back into HTML, so an
 * edited narrative still pastes into Word with its headings, paragraphs and bullets.
 */
import { escapeHtml } from '../core/narrative';

const BULLET = /^[-•*]\s+/;

/** A line that reads as a heading: short, with no closing punctuation, above more text. */
function isHeading(line: string): boolean {
  return line.length <= 80 && !/[.!?:;,]$/.test(line) && !BULLET.test(line);
}

/**
 * Blocks are separated by blank lines. The first block, if one line, is the title (`<h2>`); a
 * block's first line is its heading (`<h3>`) when it reads as one; "- " lines become a list;
 * other lines are paragraphs. Text is escaped, so nothing typed can become markup.
 */
export function textToHtml(text: string): string {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
  return blocks
    .map((lines, index) => {
      if (index === 0 && lines.length === 1 && isHeading(lines[0])) {
        return `<h2>${escapeHtml(lines[0])}</h2>`;
      }
      const [first, ...rest] = lines;
      const heading = rest.length > 0 && isHeading(first) ? `<h3>${escapeHtml(first)}</h3>` : '';
      return heading + renderBody(heading === '' ? lines : rest);
    })
    .join('');
}

function renderBody(lines: string[]): string {
  let html = '';
  let bullets: string[] = [];
  const flush = (): void => {
    if (bullets.length > 0) html += `<ul>${bullets.map((b) => `<li>${b}</li>`).join('')}</ul>`;
    bullets = [];
  };
  for (const line of lines) {
    if (BULLET.test(line)) {
      bullets.push(escapeHtml(line.replace(BULLET, '')));
    } else {
      flush();
      html += `<p>${escapeHtml(line)}</p>`;
    }
  }
  flush();
  return html;
}
