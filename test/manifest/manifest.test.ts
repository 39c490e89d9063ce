/**
 * @jest-environment jsdom
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMANDS } from '../../src/commands/actions';

const ROOT = join(__dirname, '..', '..');
const xml = readFileSync(join(ROOT, 'manifest.xml'), 'utf8');
const doc = new DOMParser().parseFromString(xml, 'application/xml');

/** Elements by local name, whatever their namespace prefix. */
function all(name: string, scope: Document | Element = doc): Element[] {
  return everyElement(scope).filter((el) => el.localName === name);
}

function everyElement(scope: Document | Element = doc): Element[] {
  return Array.from(scope.getElementsByTagName('*'));
}

function one(name: string, scope: Document | Element = doc): Element {
  const found = all(name, scope);
  expect(found).toHaveLength(1);
  return found[0];
}

/** Resource ids by kind: bt:Images, bt:Urls, bt:ShortStrings, bt:LongStrings. */
function resources(kind: string): Map<string, string> {
  return new Map(
    all(kind).flatMap((group) =>
      Array.from(group.children).map((el) => [
        el.getAttribute('id') ?? '',
        el.getAttribute('DefaultValue') ?? '',
      ]),
    ),
  );
}

const images = resources('Images');
const urls = resources('Urls');
const shortStrings = resources('ShortStrings');
const longStrings = resources('LongStrings');

/** The kind of resource each referring element needs. */
function expectedKind(el: Element): Map<string, string> {
  const parent = el.parentElement?.localName;
  if (el.localName === 'Image') return images;
  if (['SourceLocation', 'FunctionFile', 'LearnMoreUrl', 'Runtime'].includes(el.localName)) {
    return urls;
  }
  if (el.localName === 'Description') return longStrings;
  if (el.localName === 'Title' && parent === 'Supertip') return shortStrings;
  return shortStrings;
}

function button(label: string): Element {
  const found = all('Control').find(
    (control) => shortStrings.get(one('Label', control).getAttribute('resid') ?? '') === label,
  );
  expect(found).toBeDefined();
  return found!;
}

function readPngSize(file: string): [number, number] {
  const png = readFileSync(file);
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(all('parsererror')).toEqual([]);
    expect(doc.documentElement.localName).toBe('OfficeApp');
  });

  it('is an Excel task pane add-in that may read and write the workbook', () => {
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('TaskPaneApp');
    expect(one('Id').textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    expect(one('ProviderName').textContent).toBe('Complaints Report');
    expect(one('DefaultLocale').textContent).toBe('en-GB');
    expect(one('Permissions').textContent).toBe('ReadWriteDocument');
    expect(all('Host').map((h) => h.getAttribute('Name') ?? h.getAttribute('xsi:type'))).toEqual([
      'Workbook',
      'Workbook',
    ]);
    expect(all('AppDomain')).toEqual([]);
  });

  it('declares the ExcelApi set its calls need and the shared runtime it runs in', () => {
    const sets = all('Set', one('Requirements')).map((set) => [
      set.getAttribute('Name'),
      set.getAttribute('MinVersion'),
    ]);
    expect(sets).toEqual([
      ['ExcelApi', '1.6'],
      ['SharedRuntime', '1.1'],
    ]);
  });

  it('runs the ribbon and the pane in one long-lived runtime, the task pane page', () => {
    const host = all('Host').find((h) => h.getAttribute('xsi:type') === 'Workbook')!;
    // Microsoft's order: <Runtimes> first in <Host>, then the form factors.
    expect(host.firstElementChild?.localName).toBe('Runtimes');
    const runtime = one('Runtime');
    expect(runtime.getAttribute('lifetime')).toBe('long');
    const page = runtime.getAttribute('resid');
    // The shared runtime loads only if every part names the same URL resource.
    expect(one('FunctionFile').getAttribute('resid')).toBe(page);
    for (const source of all('SourceLocation').filter((el) => el.hasAttribute('resid'))) {
      expect(source.getAttribute('resid')).toBe(page);
    }
    expect(new URL(urls.get(page ?? '') ?? '').pathname).toBe('/taskpane.html');
  });

  it('resolves every resid to a resource of the right kind, in at most 32 characters', () => {
    const referring = everyElement().filter((el) => el.hasAttribute('resid'));
    expect(referring.length).toBeGreaterThan(20);
    for (const el of referring) {
      const resid = el.getAttribute('resid') ?? '';
      expect(resid.length).toBeLessThanOrEqual(32);
      expect({ resid, found: expectedKind(el).has(resid) }).toEqual({ resid, found: true });
    }
  });

  it('uses only https URLs', () => {
    const values = everyElement()
      .filter((el) => el.hasAttribute('DefaultValue'))
      .filter((el) =>
        ['Image', 'Url', 'IconUrl', 'HighResolutionIconUrl', 'SourceLocation'].includes(
          el.localName,
        ),
      )
      .map((el) => el.getAttribute('DefaultValue') ?? '');
    expect(values.length).toBeGreaterThan(10);
    for (const value of values) expect(value).toMatch(/^https:\/\//);
  });

  it('points at icon files that exist in assets/, each of the size it claims', () => {
    for (const el of all('Image').filter((image) => image.hasAttribute('size'))) {
      const url = images.get(el.getAttribute('resid') ?? '') ?? '';
      const file = join(ROOT, 'assets', url.split('/assets/')[1] ?? 'missing');
      const size = Number(el.getAttribute('size'));
      expect({ file, exists: existsSync(file) }).toEqual({ file, exists: true });
      expect(readPngSize(file)).toEqual([size, size]);
    }
    for (const name of ['IconUrl', 'HighResolutionIconUrl']) {
      const url = one(name).getAttribute('DefaultValue') ?? '';
      expect(existsSync(join(ROOT, 'assets', url.split('/assets/')[1]))).toBe(true);
    }
    expect(readPngSize(join(ROOT, 'assets', 'icon-64.png'))).toEqual([64, 64]);
  });

  it('serves only pages that the project has', () => {
    const pages = [
      ...urls.values(),
      one('SourceLocation', one('DefaultSettings')).getAttribute('DefaultValue') ?? '',
    ].map((url) => new URL(url).pathname.slice(1));
    expect(new Set(pages)).toEqual(new Set(['taskpane.html']));
    expect(existsSync(join(ROOT, 'src/taskpane/taskpane.html'))).toBe(true);
  });

  it('puts three buttons in one group on the Home tab', () => {
    expect(one('OfficeTab').getAttribute('id')).toBe('TabHome');
    expect(
      all('Control').map((control) =>
        shortStrings.get(one('Label', control).getAttribute('resid') ?? ''),
      ),
    ).toEqual(['Build report', 'Show task pane', 'Clear highlights']);
  });

  it('has Build report run a function (no page opens to build), Show task pane show the pane', () => {
    const build = one('Action', button('Build report'));
    expect(build.getAttribute('xsi:type')).toBe('ExecuteFunction');
    expect(Object.keys(COMMANDS)).toContain(one('FunctionName', build).textContent);
    const show = one('Action', button('Show task pane'));
    expect(show.getAttribute('xsi:type')).toBe('ShowTaskpane');
    expect(one('TaskpaneId', show).textContent).toBe('ComplaintsReport.Taskpane');
    // No address asks a page to build merely by being opened.
    for (const url of urls.values()) expect(new URL(url).search).toBe('');
  });

  it('has Clear highlights run a function that the pane registers', () => {
    const action = one('Action', button('Clear highlights'));
    expect(action.getAttribute('xsi:type')).toBe('ExecuteFunction');
    const name = one('FunctionName', action).textContent ?? '';
    expect(Object.keys(COMMANDS)).toContain(name);
  });
});
