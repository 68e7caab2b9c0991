/**
 * Each lazy route brings its own stylesheet, and once loaded a stylesheet stays for the rest of
 * the visit: a class that two stylesheets both style changes look depending on which pages were
 * opened before. (The Tokens tab's `.file-list { display: none }` once hid a project's file list on
 * phones after a visit to the Tokens tab.) So the class a selector starts from belongs to one file.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

function stylesheets(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.css'))
    .map((file) => path.join(SRC, file));
}

/** The first class of every selector in `css`: the component the rule is about. */
function ownedClasses(css: string): Set<string> {
  const owned = new Set<string>();
  postcss.parse(css).walkRules((rule) => {
    for (const selector of rule.selectors) {
      const first = /\.(-?[_a-zA-Z][\w-]*)/.exec(selector);
      if (first?.[1]) owned.add(first[1]);
    }
  });
  return owned;
}

function sharedClasses(files: { name: string; css: string }[]): string[] {
  const ownersOf = new Map<string, string[]>();
  for (const { name, css } of files)
    for (const owned of ownedClasses(css))
      ownersOf.set(owned, [...(ownersOf.get(owned) ?? []), name]);
  return [...ownersOf]
    .filter(([, owners]) => owners.length > 1)
    .map(([owned, owners]) => `.${owned}: ${owners.join(', ')}`);
}

describe("the app's stylesheets", () => {
  it('are all found', () => {
    expect(stylesheets().map((file) => path.relative(SRC, file))).toEqual(
      expect.arrayContaining(['ui/global.css', 'files/files.css', 'variables/variables.css']),
    );
  });

  it('never style the same component class in two files', () => {
    const files = stylesheets().map((file) => ({
      name: path.relative(SRC, file),
      css: readFileSync(file, 'utf8'),
    }));
    expect(sharedClasses(files)).toEqual([]);
  });

  it('would name a class two files style, and both files', () => {
    const shared = sharedClasses([
      { name: 'files.css', css: '.file-list { display: grid } .file-list__name { margin: 0 }' },
      {
        name: 'variables.css',
        css: '@media (max-width: 40rem) { .file-list { display: none } } .other .file-list__name {}',
      },
    ]);
    expect(shared).toEqual(['.file-list: files.css, variables.css']);
  });
});
