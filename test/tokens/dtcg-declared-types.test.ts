/**
 * A DTCG file's `$type` is the author's decision and is kept: "Tools MUST NOT attempt to guess the
 * type of a token" (2025.10). Only Figma's sync files, which type every FLOAT `number` and every
 * STRING `string` whatever it holds, still have their types inferred from scopes and names.
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';

function convert(files: { name: string; text: string }[]) {
  const { input, warnings } = parseTokenInput(files);
  const model = convertVariables(input);
  const css = buildFormat(model, 'css')[0]!.contents;
  const typeOf = (name: string) => model.tokens.find((t) => t.name === name)?.type;
  const cssValue = (property: string) =>
    new RegExp(`${property}: ([^;]+);`).exec(css)?.[1] ?? `(no ${property})`;
  return { typeOf, cssValue, warnings };
}

const px = (value: number) => ({ value, unit: 'px' });

describe('DTCG $type is kept, not guessed from the name', () => {
  const { typeOf, cssValue, warnings } = convert([
    {
      name: 'a.tokens.json',
      text: JSON.stringify({
        underline: { $type: 'dimension', $value: px(1) },
        'line-height': { md: { $type: 'number', $value: 1.5 } },
        spacing: { base: { $type: 'number', $value: 4 } },
        weight: { $type: 'fontWeight', $value: 'bold' },
        brand: { $type: 'fontFamily', $value: ['Inter', 'sans-serif'] },
        'font-family-note': { $type: 'string', $value: 'not a font' },
        fade: { $type: 'duration', $value: { value: 200, unit: 'ms' } },
        'disabled-opacity': { $type: 'number', $value: 0.4 },
        alias: { $type: 'dimension', $value: '{underline}' },
      }),
    },
  ]);

  it('a dimension with a name that hints at nothing stays a px dimension', () => {
    expect(typeOf('underline')).toBe('dimension');
    expect(cssValue('--a-underline')).toBe('1px');
    expect(typeOf('alias')).toBe('dimension');
  });

  it('a number named like a dimension stays unitless', () => {
    expect(typeOf('line-height/md')).toBe('number');
    expect(cssValue('--a-line-height-md')).toBe('1.5');
    expect(typeOf('spacing/base')).toBe('number');
    expect(cssValue('--a-spacing-base')).toBe('4');
  });

  it('fontWeight, fontFamily and string keep their types', () => {
    expect(typeOf('weight')).toBe('fontWeight');
    expect(typeOf('brand')).toBe('fontFamily');
    expect(typeOf('font-family-note')).toBe('string');
  });

  it('a number named as an opacity is an opacity (DTCG has no opacity type)', () => {
    expect(typeOf('disabled-opacity')).toBe('opacity');
  });

  it('a duration stays a duration, in milliseconds, with nothing to warn about', () => {
    expect(typeOf('fade')).toBe('duration');
    expect(cssValue('--a-fade')).toBe('200ms');
    expect(warnings.filter((w) => w.variable === 'fade')).toEqual([]);
  });
});

describe("Figma's sync files (<Collection>.<Mode>.json)", () => {
  // What Figma's sync (variables-github-action-example's token_export.ts) writes on every token.
  const $extensions = {
    'com.figma': { hiddenFromPublishing: false, scopes: ['ALL_SCOPES'], codeSyntax: {} },
  };

  it('type every FLOAT number, so a spacing there is still inferred as a px dimension', () => {
    const { typeOf, cssValue } = convert([
      {
        name: 'Spacing.Default.json',
        text: JSON.stringify({
          spacing: { '4': { $type: 'number', $value: 16, $extensions } },
          ratio: { $type: 'number', $value: 1.5, $extensions },
        }),
      },
    ]);
    expect(typeOf('spacing/4')).toBe('dimension');
    expect(cssValue('--spacing-spacing-4')).toBe('16px');
    expect(typeOf('ratio')).toBe('number');
  });

  it('another tool’s file with a dotted name keeps its $types: only the name looks like Figma’s', () => {
    // southleft/ds-contracts-poc writes `*.dtcg.json`: a line height came out as 1.5px.
    const { typeOf, cssValue, warnings } = convert([
      {
        name: 'lh.dtcg.json',
        text: JSON.stringify({ 'font-body-line-height': { $type: 'number', $value: 1.5 } }),
      },
    ]);
    expect(typeOf('font-body-line-height')).toBe('number');
    expect(cssValue('--lh-dtcg-font-body-line-height')).toBe('1.5');
    expect(warnings).toEqual([]);
  });

  it('two files of one dotted name in two folders are two files, not one mode twice', () => {
    const file = (folder: string) => ({
      name: `${folder}/tokens.dtcg.json`,
      text: JSON.stringify({ [folder]: { $type: 'number', $value: 1 } }),
    });
    const { typeOf } = convert([file('a'), file('b')]);
    expect([typeOf('a'), typeOf('b')]).toEqual(['number', 'number']);
  });

  it('two such files of one collection are still its modes, their $types kept', () => {
    const file = (mode: string, value: number) => ({
      name: `semantic.${mode}.json`,
      text: JSON.stringify({ 'line-height': { $type: 'number', $value: value } }),
    });
    // Listed dark first: light is still the default, by its name.
    const { typeOf, cssValue, warnings } = convert([file('dark', 1.4), file('light', 1.5)]);
    expect(typeOf('line-height')).toBe('number');
    expect(cssValue('--semantic-line-height')).toBe('1.5');
    expect(warnings).toEqual([]);
  });
});
