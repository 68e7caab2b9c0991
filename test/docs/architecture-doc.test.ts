import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

// docs/architecture.md drifted once (renamed modules, a dead link); these checks make drift a test
// failure: every path it names exists, and every function it names is defined in the code.
const root = resolve(import.meta.dirname, '../..');
const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('docs/architecture.md stays true to the code', () => {
  it('names only paths that exist', () => {
    const named = [...doc.matchAll(/\b((?:src|test|scripts|bench|bin|docs)\/[\w./-]*\w\/?)/g)].map(
      (match) => match[1]!,
    );
    expect(named.length).toBeGreaterThan(10);
    const missing = [...new Set(named)].filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
  });

  it('links only to files inside the repository', () => {
    const links = [...doc.matchAll(/\]\(([^)#]+)\)/g)].map((match) => match[1]!);
    for (const link of links) {
      if (/^https?:/.test(link)) continue;
      const target = resolve(root, 'docs', link);
      expect(target.startsWith(root + '/'), link).toBe(true);
      expect(existsSync(target), link).toBe(true);
    }
  });

  it('names only functions that are defined', () => {
    const code = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'test/emulator'))]
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    const functions = [...doc.matchAll(/`([a-z][A-Za-z0-9]+)(?:<[^>]*>)?\(/g)].map((m) => m[1]!);
    expect(functions.length).toBeGreaterThan(3);
    const undefinedNames = [...new Set(functions)].filter(
      (name) =>
        !new RegExp(
          `(function\\*?\\s+${name}\\b|(const|let)\\s+${name}\\s*=|^\\s+(async\\s+)?${name}\\s*[(:])`,
          'm',
        ).test(code),
    );
    expect(undefinedNames).toEqual([]);
  });
});
