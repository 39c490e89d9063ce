/**
 * @jest-environment jsdom
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'acorn';

const GUARD = readFileSync(join(__dirname, '../../src/taskpane/legacyGuard.js'), 'utf8');

const USER_AGENTS = {
  // Office 2019 on Windows 10: Internet Explorer 11's engine in the task pane.
  trident:
    'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  // Microsoft 365 builds 16.0.11629 to 16.0.13530: Microsoft Edge Legacy.
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  // WebView2 (Chromium Edge) says "Edg/", without the e.
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
};

type GuardWindow = Window & {
  complaintsReportLegacyEngine?: boolean;
  Office?: unknown;
};

/** Runs the guard as the page would, under `userAgent`, with the bundle's container in place. */
function runGuard(userAgent: string, office?: unknown): GuardWindow {
  Object.defineProperty(window.navigator, 'userAgent', { value: userAgent, configurable: true });
  document.body.innerHTML = '<div id="container"></div>';
  const win = window as GuardWindow;
  delete win.complaintsReportLegacyEngine;
  win.Office = office;
  // The guard is a plain script: run it as one, in the page's global scope.
  window.eval(GUARD);
  return win;
}

describe('legacyGuard.js', () => {
  it('is plain ES5: it parses with a parser set to ECMAScript 5', () => {
    expect(() => parse(GUARD, { ecmaVersion: 5, sourceType: 'script' })).not.toThrow();
    // And a parser set to ES5 does refuse later syntax, so the check means something.
    expect(() => parse('const a = () => 1;', { ecmaVersion: 5 })).toThrow();
  });

  it.each([
    ['Trident (Office 2019)', USER_AGENTS.trident],
    ['EdgeHTML (older Microsoft 365)', USER_AGENTS.edgeHtml],
  ])('on %s, shows a page with the supported versions and what to do', (_, userAgent) => {
    const win = runGuard(userAgent);
    expect(win.complaintsReportLegacyEngine).toBe(true);
    expect(document.getElementById('container')).toBeNull();
    const page = document.getElementById('legacy-engine');
    expect(page?.querySelector('h1')?.textContent).toBe(
      'Complaints Report needs a newer version of Excel',
    );
    const supported = Array.from(page?.querySelectorAll('li') ?? [], (li) => li.textContent);
    expect(supported).toEqual([
      expect.stringMatching(/^Microsoft 365 on Windows, Version 2101 or later.*WebView2/),
      'Excel 2021 or later on Windows',
      'Excel for Mac 16.35 or later',
      expect.stringMatching(/^Excel on the web/),
    ]);
    expect(page?.textContent).toMatch(/What to do: update Office .* Excel on the web/);
    expect(document.title).toBe('Complaints Report needs a newer version of Excel');
  });

  it.each([
    ['WebView2', USER_AGENTS.webView2],
    ['Safari on a Mac', USER_AGENTS.mac],
  ])('on %s, leaves the page to the bundle', (_, userAgent) => {
    const win = runGuard(userAgent);
    expect(win.complaintsReportLegacyEngine).toBeUndefined();
    expect(document.getElementById('container')).not.toBeNull();
    expect(document.getElementById('legacy-engine')).toBeNull();
  });

  it('answers the ribbon buttons by showing its page, always telling Office they finished', async () => {
    const handlers = new Map<string, (event: { completed: () => void }) => void>();
    const showAsTaskpane = jest.fn(() => Promise.resolve());
    const office = {
      onReady: (callback: () => void) => callback(),
      actions: { associate: (name: string, handler: never) => handlers.set(name, handler) },
      addin: { showAsTaskpane },
    };
    runGuard(USER_AGENTS.trident, office);
    expect([...handlers.keys()]).toEqual(['buildReport', 'clearHighlights']);
    const event = { completed: jest.fn() };
    handlers.get('buildReport')?.(event);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(showAsTaskpane).toHaveBeenCalledTimes(1);
    expect(event.completed).toHaveBeenCalledTimes(1);
  });
});
