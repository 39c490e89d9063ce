/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');
const doc = new DOMParser().parseFromString(html, 'text/html');

function policy(): Map<string, string[]> {
  const meta = doc.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const content = meta?.getAttribute('content') ?? '';
  return new Map(
    content
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0] !== '')
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe('taskpane.html', () => {
  it('lets office.js frame its own error page from the Office CDN, and nothing else', () => {
    expect(policy().get('frame-src')).toEqual(['https://appsforoffice.microsoft.com']);
  });

  it('loads office.js, then the ES5 guard, from allowed places, before the bundle', () => {
    const scripts = Array.from(doc.querySelectorAll('script'), (s) => s.getAttribute('src'));
    expect(scripts).toEqual([
      'https://appsforoffice.microsoft.com/lib/1/hosted/office.js',
      'legacyGuard.js',
    ]);
    expect(policy().get('script-src')).toEqual(expect.arrayContaining(["'self'"]));
  });
});
