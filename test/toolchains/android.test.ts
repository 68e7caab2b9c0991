/**
 * Android outputs through real tools: xmllint (libxml2) on every resource file; aapt, Android's
 * resource compiler, on every res/ folder against the platform's own attributes; and kotlinc on
 * every Tokens.kt against test-only androidx declarations (androidx-stubs*.kt, see there).
 * Resource rules xmllint cannot know (names, one namespace per type, values-night overriding
 * only names that exist) are checked here on the parsed names too.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { collisionSummary, generate } from './generated.ts';
import { requireTool, run, writeOutputs } from './toolchain.ts';

const stubs = [
  'androidx-stubs.kt',
  'androidx-stubs-text.kt',
  'androidx-stubs-text-style.kt',
  'androidx-stubs-unit.kt',
].map((f) => fileURLToPath(new URL(f, import.meta.url)));

function resources(xml: string): { type: string; name: string }[] {
  return [
    ...xml.matchAll(
      // Resources are the children of <resources>; a style's <item>s are its attributes.
      /^ {4}<(color|dimen|bool|integer|string|item|style)\s+name="([^"]*)"(?:[^>]*type="(\w+)")?/gm,
    ),
  ].map((m) => ({ type: m[1] === 'item' ? (m[3] ?? 'item') : (m[1] ?? ''), name: m[2] ?? '' }));
}

describe('xmllint', () => {
  it('accepts every resource file; names are legal and unique per type; values-night only overrides', () => {
    const xmllint = requireTool('xmllint', 'apt-get install -y libxml2-utils');
    const generated = generate('android-xml');
    const { paths } = writeOutputs(
      'android',
      generated.flatMap((g) => g.files),
    );
    const checked = run(xmllint, ['--noout', ...paths]);
    expect(checked.output).toBe('');
    expect(checked.code).toBe(0);
    let named = 0;
    for (const { name, files } of generated) {
      const base = files.find((f) => f.path.endsWith('/values/tokens.xml'));
      const defaults = new Set(resources(base?.contents ?? '').map((r) => `${r.type}/${r.name}`));
      for (const file of files) {
        const seen = new Set<string>();
        for (const r of resources(file.contents)) {
          named++;
          expect(r.name, `${name}: ${file.path}`).toMatch(/^[a-z][a-z0-9_]*$/);
          const key = `${r.type}/${r.name}`;
          expect(seen.has(key), `${name}: ${key} twice in ${file.path}`).toBe(false);
          seen.add(key);
          if (file.path.includes('values-night'))
            expect(defaults.has(key), `${name}: night-only ${key}`).toBe(true);
        }
      }
    }
    // Every token of every input is a resource whose name was checked (a pattern that matched
    // nothing would check nothing).
    expect(named).toBeGreaterThan(1000);
    console.info(
      `${collisionSummary('android-xml', generated)} — all ${paths.length} checked by xmllint, ${named} resource names`,
    );
  });
});

/** Debian's android-framework-res: the platform's attributes (`android:textSize`…), API 29. */
const FRAMEWORK = '/usr/share/android-framework-res/framework-res.apk';

describe('aapt', () => {
  it('compiles every res/ folder into a resource table: value formats, duplicates, style attributes', () => {
    const aapt = requireTool('aapt', 'apt-get install -y aapt android-framework-res');
    if (!existsSync(FRAMEWORK))
      throw new Error(
        `${FRAMEWORK} is missing, so styles were not checked. Install it: apt-get install -y android-framework-res`,
      );
    const generated = generate('android-xml');
    let styles = 0;
    for (const { name, files } of generated) {
      styles += files.reduce((n, f) => n + (f.contents.match(/<style /g) ?? []).length, 0);
      const { dir } = writeOutputs(`aapt-${name}`, files);
      const manifest = join(dir, 'AndroidManifest.xml');
      writeFileSync(
        manifest,
        '<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="tokens.check"/>',
      );
      const compiled = run(aapt, [
        'package',
        '-f',
        '-M',
        manifest,
        '-S',
        join(dir, name, 'android', 'res'),
        '-I',
        FRAMEWORK,
        '-F',
        join(dir, 'resources.apk'),
      ]);
      expect(compiled.output, name).toBe('');
      expect(compiled.code, name).toBe(0);
    }
    // The DTCG suite's typography files are TextView styles, checked against the platform.
    expect(styles).toBeGreaterThan(3);
    console.info(`aapt: ${generated.length} res folders compiled, ${styles} styles among them`);
  });
});

describe('kotlinc', () => {
  it('compiles every Tokens.kt against the androidx declarations it uses', () => {
    const kotlinc = requireTool('kotlinc', 'apt-get install -y kotlin');
    const generated = generate('compose');
    // Each input in its own package so one kotlinc run compiles them all.
    const files = generated.flatMap(({ name, files: out }) =>
      out.map((file) => ({
        ...file,
        contents: file.contents.replace(
          /^package tokens$/m,
          `package tokens.${name.replace(/\W/g, '_')}`,
        ),
      })),
    );
    // The DTCG suite's typography files are TextStyles, each property named as Compose names it.
    const composites = files.find((f) => f.contents.includes('package tokens.dtcg_composites'));
    const textStyles = composites?.contents.match(/= TextStyle\(.*\)$/gm) ?? [];
    expect(textStyles.length).toBeGreaterThan(3);
    expect(textStyles.join('\n')).toMatch(/fontSize = [\d.]+\.sp, fontWeight = FontWeight\(\d+\)/);
    const { dir, paths } = writeOutputs('kotlin', files);
    const compiled = run(kotlinc, [...paths, ...stubs, '-d', `${dir}/classes`, '-nowarn']);
    const errors = compiled.output.split('\n').filter((line) => /error:/.test(line));
    expect(errors).toEqual([]);
    expect(compiled.code).toBe(0);
    console.info(
      `${collisionSummary('compose', generated)} — all ${paths.length} compiled by kotlinc`,
    );
  }, 400_000);
});
