/**
 * Order survives a round trip. A DTCG group's tokens and subgroups are read in the order the file
 * writes them (the reader once took a group's own tokens first: ilikescience/little-league's
 * tokens moved, 436 lines of diff, values all equal), and a conversion puts tokens in the order
 * the DTCG export's tree holds them (a Figma file's own order came back regrouped: 4,471 lines
 * on Troms fylkestrafikk's file).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FormatId } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';

const number = (value: number) => ({ $type: 'number', $value: value });

// Subgroups before, between and after tokens, and a deeper group in the middle.
const FILE = {
  g: {
    sub: { x: number(1), deeper: { z: number(2) } },
    y: number(3),
    later: { w: number(4) },
    v: number(5),
  },
  top: number(6),
};

function exportOf(files: { name: string; text: string }[]) {
  const model = convertVariables(parseTokenInput(files).input);
  return { model, dtcg: buildFormat(model, 'dtcg'), css: buildFormat(model, 'css')[0]!.contents };
}

/** A saved variables/local response: one FLOAT collection, the variables in `names`' order. */
function restResponse(names: string[]) {
  const variables = Object.fromEntries(
    names.map((name, i) => [
      `VariableID:1:${i}`,
      {
        id: `VariableID:1:${i}`,
        name,
        key: `k${i}`,
        variableCollectionId: 'VariableCollectionId:1:0',
        resolvedType: 'FLOAT',
        valuesByMode: { '1:0': i },
        remote: false,
        description: '',
        hiddenFromPublishing: false,
        scopes: ['ALL_SCOPES'],
        codeSyntax: {},
      },
    ]),
  );
  return {
    status: 200,
    error: false,
    meta: {
      variableCollections: {
        'VariableCollectionId:1:0': {
          id: 'VariableCollectionId:1:0',
          name: 'Numbers',
          key: 'c',
          modes: [{ modeId: '1:0', name: 'Value' }],
          defaultModeId: '1:0',
          remote: false,
          hiddenFromPublishing: false,
          variableIds: Object.keys(variables),
        },
      },
      variables,
    },
  };
}

describe('DTCG document order', () => {
  it('tokens come out in the order the file writes them, groups and tokens interleaved', () => {
    const { model, css } = exportOf([{ name: 'a.tokens.json', text: JSON.stringify(FILE) }]);
    const order = ['g/sub/x', 'g/sub/deeper/z', 'g/y', 'g/later/w', 'g/v', 'top'];
    expect(model.tokens.map((token) => token.name)).toEqual(order);
    const declared = [...css.matchAll(/^ {2}--a-([\w-]+):/gm)].map((m) => m[1]);
    expect(declared).toEqual(order.map((name) => name.replaceAll('/', '-')));
  });

  it('an export of Figma variables read back and exported again is the same, byte for byte', () => {
    // Figma lists variables in its own order: here a subgroup's before its parent group's token.
    const names = ['g/sub/x', 'g/y', 'top', 'g/sub/deeper/z', 'gray/100', 'gray/50'];
    const response = restResponse(names);
    const first = exportOf([{ name: 'variables.json', text: JSON.stringify(response) }]);
    const again = exportOf(first.dtcg.map((file) => ({ name: file.path, text: file.contents })));
    expect(again.dtcg.map((file) => file.contents)).toEqual(
      first.dtcg.map((file) => file.contents),
    );
    // Every format, not only DTCG: tokens come in the tree's order from the first export on, a
    // group's members together in the order first seen, integer keys first, as JSON lists them.
    const order = ['g/sub/x', 'g/sub/deeper/z', 'g/y', 'top', 'gray/50', 'gray/100'];
    expect(first.model.tokens.map((token) => token.name)).toEqual(order);
    expect(again.model.tokens.map((token) => token.name)).toEqual(order);
    expect(again.css).toBe(first.css);
  });

  it('a later set overriding a composite: SCSS lists it with its set, as a re-read of the export does', () => {
    const ease = (value: number[]) => ({ $value: value });
    const resolver = {
      version: '2025.10',
      sets: {
        a: {
          sources: [
            {
              easing: {
                $type: 'cubicBezier',
                standard: ease([0.2, 0, 0, 1]),
                emphasized: ease([0.3, 0, 0, 1]),
              },
            },
          ],
        },
        b: {
          sources: [{ easing: { $type: 'cubicBezier', standard: ease([0.25, 0.1, 0.25, 1]) } }],
        },
      },
      resolutionOrder: [{ $ref: '#/sets/a' }, { $ref: '#/sets/b' }],
    };
    const files = [{ name: 'tokens.resolver.json', text: JSON.stringify(resolver) }];
    const scssOf = (input: { name: string; text: string }[]) =>
      buildFormat(convertVariables(parseTokenInput(input).input), 'scss')[0]!.contents;
    const first = exportOf(files);
    const scss = scssOf(files);
    // Set b's token after set a's, as CSS lists them (it sat in a's overridden token's slot).
    expect([...scss.matchAll(/^\$([\w-]+):/gm)].map((m) => m[1])).toEqual([
      'a-easing-emphasized',
      'b-easing-standard',
    ]);
    const again = first.dtcg.map((file) => ({ name: file.path, text: file.contents }));
    expect(scssOf(again)).toBe(scss);
  });

  it('a real Figma file (Troms fylkestrafikk, 291 variables) comes back the same in every format', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../fixtures/public/tromsfylkestrafikk-variables-local.json'),
      'utf8',
    );
    const formats: FormatId[] = [
      'dtcg',
      'css',
      'scss',
      'js',
      'tailwind',
      'swift',
      'android-xml',
      'compose',
    ];
    const all = (files: { name: string; text: string }[]) => {
      const model = convertVariables(parseTokenInput(files).input);
      return formats.map((format) =>
        buildFormat(model, format)
          .map((f) => f.contents)
          .join('\n'),
      );
    };
    const first = all([{ name: 'variables.json', text }]);
    const dtcg = buildFormat(
      convertVariables(parseTokenInput([{ name: 'variables.json', text }]).input),
      'dtcg',
    );
    const again = all(dtcg.map((file) => ({ name: file.path, text: file.contents })));
    // 4,471 lines moved in CSS, SCSS, Swift and Android before, every value equal.
    formats.forEach((format, i) => expect(again[i], format).toBe(first[i]));
  });

  it.each([[['g/b']], [['g/a', 'h']], [['g/a', 'g/b', 'g/c', 'h']]])(
    'tokens with no default-mode value (%j) keep their place when the export is read back',
    (missing) => {
      // The default mode's file leaves them out, so a re-read first meets them in the Dark file.
      const response = restResponse(['g/a', 'g/b', 'g/c', 'h']);
      const collection = response.meta.variableCollections['VariableCollectionId:1:0'];
      collection.modes.push({ modeId: '1:1', name: 'Dark' });
      for (const variable of Object.values(response.meta.variables)) {
        const valuesByMode = variable.valuesByMode as Record<string, number>;
        valuesByMode['1:1'] = valuesByMode['1:0']! + 10;
        if (missing.includes(variable.name)) delete valuesByMode['1:0'];
      }
      const first = exportOf([{ name: 'variables.json', text: JSON.stringify(response) }]);
      const again = exportOf(first.dtcg.map((file) => ({ name: file.path, text: file.contents })));
      expect(again.model.tokens.map((token) => token.name)).toEqual(['g/a', 'g/b', 'g/c', 'h']);
      expect(again.css).toBe(first.css);
      expect(again.dtcg.map((file) => file.contents)).toEqual(
        first.dtcg.map((file) => file.contents),
      );
    },
  );

  it('two names that slug alike: the same one keeps the plain name when the export is read back', () => {
    // Figma lists a-b/c before a/b-c; the export's tree puts a/b-c first, beside a/x.
    const response = restResponse(['a/x', 'a-b/c', 'a/b-c']);
    const first = exportOf([{ name: 'variables.json', text: JSON.stringify(response) }]);
    const again = exportOf(first.dtcg.map((file) => ({ name: file.path, text: file.contents })));
    expect(first.css).toContain('--numbers-a-b-c: 2;');
    expect(again.css).toBe(first.css);
  });
});
