/**
 * Tokenport's DTCG export read back in as input: what the export noted beside a value (filled in
 * for an empty mode, deleted in Figma) is read back as such, and a mode Figma left without a
 * value is not given a made-up one on the way.
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import type { ConvertOptions } from '../../src/tokens/convert/context.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { FigmaVariablesInput, TokenModel } from '../../src/tokens/model.ts';
import { collection, variable } from './hostile-input.ts';

const black = { r: 0, g: 0, b: 0, a: 1 };
const white = { r: 1, g: 1, b: 1, a: 1 };

function input(values: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const theme = { ...collection('Theme', ['Light', 'Dark']), variableIds: ['bg'] };
  const bg = { ...variable('bg', 'bg', 'Theme', values as never, 'COLOR'), ...extra };
  return { variableCollections: { Theme: theme }, variables: { bg } } as FigmaVariablesInput;
}

/** The model, and the model of its DTCG export read back (bundled and as files). */
function roundTrip(source: FigmaVariablesInput, options: ConvertOptions = {}) {
  const first = convertVariables(source, options);
  const again = (bundle: boolean) => {
    const files = buildFormat(first, 'dtcg', { bundle }).map((f) => ({
      name: f.path,
      text: f.contents,
    }));
    return convertVariables(parseTokenInput(files).input, options);
  };
  return { first, files: again(false), bundle: again(true) };
}

const valuesOf = (model: TokenModel) =>
  Object.values(model.tokens.find((t) => t.name === 'bg')!.values).map((v) => [
    v.kind === 'literal' ? (v.value as { hex: string }).hex : v.kind,
    v.filled ?? false,
  ]);

describe('DTCG export read back as input', () => {
  it('a mode the export filled stays filled, not a value of its own', () => {
    const { first, files, bundle } = roundTrip(input({ Light: black }));
    expect(valuesOf(first)).toEqual([
      ['#000000', false],
      ['#000000', true],
    ]);
    expect(valuesOf(files)).toEqual(valuesOf(first));
    expect(valuesOf(bundle)).toEqual(valuesOf(first));
  });

  it('a default mode without a value gets none: the other mode’s is not copied into it', () => {
    const { first, files, bundle } = roundTrip(input({ Dark: white }));
    expect(valuesOf(first)).toEqual([['#ffffff', false]]);
    expect(valuesOf(files)).toEqual(valuesOf(first));
    expect(valuesOf(bundle)).toEqual(valuesOf(first));
  });

  it('a composed colour keeps its link and opacity, so CSS still follows the linked colour', () => {
    const prims = { ...collection('Prims', ['Default']), variableIds: ['red', 'overlay'] };
    const red = variable('red', 'red', 'Prims', { Default: { r: 1, g: 0, b: 0, a: 1 } }, 'COLOR');
    const composedValue = { color: { type: 'VARIABLE_ALIAS', id: 'red' }, opacity: 0.25 };
    const overlay = variable(
      'overlay',
      'overlay',
      'Prims',
      { Default: composedValue as never },
      'COLOR',
    );
    const { first, files, bundle } = roundTrip({
      variableCollections: { Prims: prims },
      variables: { red, overlay },
    });
    const overlayCss = (model: TokenModel) =>
      buildFormat(model, 'css')[0]!
        .contents.split('\n')
        .find((l) => l.includes('--prims-overlay'));
    expect(overlayCss(first)).toBe(
      '  --prims-overlay: color-mix(in srgb, var(--prims-red) 25%, transparent);',
    );
    expect(overlayCss(files)).toBe(overlayCss(first));
    expect(overlayCss(bundle)).toBe(overlayCss(first));
  });

  it('text that looks like a reference stays text, and the export says other tools will not', () => {
    const text = { ...collection('Text', ['Default']), variableIds: ['brand', 'template'] };
    const brand = variable('brand', 'brand', 'Text', { Default: 'Acme' }, 'STRING');
    const template = variable(
      'template',
      'template',
      'Text',
      { Default: '{text.brand}' },
      'STRING',
    );
    const { first, files, bundle } = roundTrip({
      variableCollections: { Text: text },
      variables: { brand, template },
    });
    const templateValue = (model: TokenModel) =>
      Object.values(model.tokens.find((t) => t.name === 'template')!.values)[0];
    for (const model of [first, files, bundle])
      expect(templateValue(model)).toEqual({ kind: 'literal', value: '{text.brand}' });
    expect(first.warnings.map((w) => w.code)).toEqual(['reference-like-text']);
  });

  it('a variable deleted in Figma stays marked deleted (and deprecated)', () => {
    const source = input({ Light: black, Dark: white }, { deletedButReferenced: true });
    const { files, bundle } = roundTrip(source, { deletedVariables: 'separate' });
    for (const model of [files, bundle]) {
      const bg = model.tokens.find((t) => t.name === 'bg')!;
      expect(bg.deletedButReferenced).toBe(true);
      const dtcg = buildFormat(model, 'dtcg', { bundle: true })[0]!.contents;
      expect(dtcg).toContain(
        '"$deprecated": "Deleted in Figma; kept only because something still references it."',
      );
    }
  });
});
