/**
 * A DTCG group's tokens and subgroups are read in the order the file writes them. The reader once
 * took a group's own tokens before its subgroups, so an export written in file order read back in
 * another: re-exporting a DTCG export was not a no-op (ilikescience/little-league's tokens moved,
 * 436 lines of diff, values all equal).
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
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
    const names = ['g/sub/x', 'g/y', 'top', 'g/sub/deeper/z'];
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
    const response = {
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
    const first = exportOf([{ name: 'variables.json', text: JSON.stringify(response) }]);
    const again = exportOf(first.dtcg.map((file) => ({ name: file.path, text: file.contents })));
    expect(again.dtcg.map((file) => file.contents)).toEqual(
      first.dtcg.map((file) => file.contents),
    );
    // The export groups by path: a group's members sit together, in the order first seen.
    expect(again.model.tokens.map((token) => token.name)).toEqual([
      'g/sub/x',
      'g/sub/deeper/z',
      'g/y',
      'top',
    ]);
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
});
