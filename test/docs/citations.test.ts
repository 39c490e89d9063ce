/**
 * Every document the repository cites is in the repository: a comment saying "docs/design.md rule 7"
 * or a README link to CONTRIBUTING.md must resolve for someone who has only the clone. A cited `.md`
 * path counts when it exists relative to the repository root or to the citing file. URLs are not
 * citations of the repository, nor are paths inside the output folders .gitignore lists (out/,
 * dist/): those are files a command writes.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const FOLDERS = ['src', 'test', 'scripts', 'bench', 'docs'];
const TOP_FILES = ['README.md', 'CONTRIBUTING.md', 'TESTING.md', 'eslint.config.mjs'];
const TEXT_FILE = /\.(ts|tsx|js|mjs|cjs|md|html|json)$/;
const SELF = resolve(__filename);

/** A path ending in `.md`, not glued to more path characters on either side. */
const MD_PATH = /(?<![\w./-])((?:\.{1,2}\/)*[\w-][\w.-]*(?:\/[\w.-]+)*\.md)(?![\w/-])/g;
const URL = /\b[a-z][a-z0-9+.-]*:\/\/[^\s)>\]'"`]+/gi;

type Citation = { file: string; line: number; path: string };

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return TEXT_FILE.test(name) ? [path] : [];
  });
}

/** Folders .gitignore names with a trailing slash: what commands write, never cited documents. */
function outputFolders(): string[] {
  return readFileSync(join(ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.endsWith('/') && !line.startsWith('#'))
    .map((line) => line.replace(/^\//, '').replace(/\/$/, ''));
}

function scannedFiles(): string[] {
  const files = [
    ...FOLDERS.flatMap((folder) => filesUnder(join(ROOT, folder))),
    ...TOP_FILES.map((name) => join(ROOT, name)).filter((path) => existsSync(path)),
  ];
  return files.filter((path) => resolve(path) !== SELF);
}

/** The `.md` paths a text cites, URLs left out, each with its line number. */
function citedPaths(text: string): { line: number; path: string }[] {
  const found: { line: number; path: string }[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(URL, ' ');
    for (const match of line.matchAll(MD_PATH)) found.push({ line: index + 1, path: match[1] });
  });
  return found;
}

function resolves(path: string, citingFile: string, outputs: string[]): boolean {
  const first = path.replace(/^(\.\/)+/, '').split('/')[0];
  if (outputs.includes(first)) return true;
  return existsSync(join(ROOT, path)) || existsSync(join(dirname(citingFile), path));
}

function brokenCitations(): Citation[] {
  const outputs = outputFolders();
  return scannedFiles().flatMap((file) =>
    citedPaths(readFileSync(file, 'utf8'))
      .filter(({ path }) => !resolves(path, file, outputs))
      .map(({ line, path }) => ({ file: relative(ROOT, file), line, path })),
  );
}

describe('cited documents', () => {
  it('finds citations the way a reader would', () => {
    expect(
      citedPaths(
        [
          'Header detection (docs/design.md rule 1); see TOOLCHAIN.md.',
          'Read [the notes](../docs/design.md#counting-rules) and `CONTRIBUTING.md`.',
          "if (ext === '.md') return; https://example.com/guide.md is a URL",
        ].join('\n'),
      ),
    ).toEqual([
      { line: 1, path: 'docs/design.md' },
      { line: 1, path: 'TOOLCHAIN.md' },
      { line: 2, path: '../docs/design.md' },
      { line: 2, path: 'CONTRIBUTING.md' },
    ]);
  });

  it('has files to check, the design notes among them', () => {
    const files = scannedFiles().map((file) => relative(ROOT, file));
    expect(files).toEqual(expect.arrayContaining(['docs/design.md', 'src/core/port.ts']));
  });

  it('cites only documents that are in the repository', () => {
    expect(brokenCitations()).toEqual([]);
  });
});
