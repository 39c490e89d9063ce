import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const CORE = join(__dirname, '../../src/core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// The lint rule enforces the same; this test keeps it true even where lint is not run.
describe('src/core is pure', () => {
  const files = sourceFiles(CORE);

  it('has files to check', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))('%s imports only the core', (_name, file) => {
    const source = readFileSync(file, 'utf8');
    const imports = [...source.matchAll(/from '([^']+)'/g)].map((m) => m[1]);
    for (const spec of imports) expect(spec).toMatch(/^\.\.?\//);
    for (const spec of imports) expect(join(file, '..', spec)).toContain(CORE);
  });

  it.each(files.map((f) => [relative(CORE, f), f]))(
    '%s reads no clock and calls no host',
    (_name, file) => {
      const source = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      expect(source).not.toMatch(
        /Date\.now\(|new Date\(\)|\bExcel\.|\bOffice\.|\bwindow\.|\bdocument\.|\bprocess\./,
      );
    },
  );
});
