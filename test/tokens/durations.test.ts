/**
 * DTCG durations stay durations: CSS and SCSS need the unit (`transition-duration: 300` is
 * invalid and computes to 0s), Swift takes seconds, Android and Compose whole milliseconds, and
 * the DTCG export keeps `$type: duration`. The inputs are the DTCG suite's own duration files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FormatId } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { ConversionWarning, FigmaVariablesInput } from '../../src/tokens/model.ts';
import { collection, variable } from './hostile-input.ts';

const SUITE = '../fixtures/public/dtcg-community-group-tests/format/positive/durations/';
const suiteFile = (name: string) => ({
  name: `${name}.json`,
  text: readFileSync(new URL(`${SUITE}${name}.json`, import.meta.url), 'utf8'),
});

function exported(files: { name: string; text: string }[]) {
  const { input, warnings } = parseTokenInput(files);
  const model = convertVariables(input);
  const buildWarnings: ConversionWarning[] = [];
  const text = (format: FormatId) =>
    buildFormat(model, format, { warnings: buildWarnings })
      .map((f) => f.contents)
      .join('\n');
  return { model, warnings, buildWarnings, text };
}

describe('DTCG durations (the suite’s ms, s, fractional s and zero files)', () => {
  const { model, warnings, buildWarnings, text } = exported(
    ['milliseconds', 'seconds', 'fractional-seconds', 'zero-ms'].map(suiteFile),
  );

  it('read as durations in milliseconds, with nothing to warn about', () => {
    expect(model.tokens.map((t) => [t.collectionId, t.type, t.values[Object.keys(t.values)[0]!]]))
      .toMatchInlineSnapshot(`
        [
          [
            "collection:milliseconds",
            "duration",
            {
              "kind": "literal",
              "value": 300,
            },
          ],
          [
            "collection:seconds",
            "duration",
            {
              "kind": "literal",
              "value": 1500,
            },
          ],
          [
            "collection:fractional-seconds",
            "duration",
            {
              "kind": "literal",
              "value": 2500,
            },
          ],
          [
            "collection:zero-ms",
            "duration",
            {
              "kind": "literal",
              "value": 0,
            },
          ],
        ]
      `);
    // Only the files' own root $description is left out (groups have no place in Figma).
    expect(warnings.map((w) => w.code)).toEqual(Array(4).fill('group-metadata-dropped'));
  });

  it('CSS, SCSS and JS write the unit, a zero too', () => {
    const css = text('css');
    for (const line of [
      '--milliseconds-duration: 300ms;',
      '--seconds-duration: 1500ms;',
      '--fractional-seconds-duration: 2500ms;',
      '--zero-ms-duration: 0ms;',
    ])
      expect(css).toContain(line);
    expect(text('scss')).toContain('$zero-ms-duration: 0ms;');
    expect(text('js')).toContain('"duration": "300ms"');
  });

  it('Swift writes TimeInterval seconds; Android XML and Compose whole milliseconds', () => {
    expect(text('swift')).toContain('static let duration: TimeInterval = 1.5');
    expect(text('android-xml')).toContain(
      '<integer name="fractional_seconds_duration">2500</integer>',
    );
    expect(text('compose')).toContain('val duration = 300\n');
    expect(buildWarnings).toEqual([]);
  });

  it('the DTCG export keeps the type, and reads back the same', () => {
    const dtcg = text('dtcg');
    expect(dtcg).toContain('"$type": "duration"');
    expect(dtcg).not.toContain('"unit": "s"');
    const again = exported(
      buildFormat(model, 'dtcg').map((f) => ({ name: f.path, text: f.contents })),
    );
    expect(again.model.tokens.map((t) => [t.type, Object.values(t.values)])).toEqual(
      model.tokens.map((t) => [t.type, Object.values(t.values)]),
    );
    expect(again.warnings.filter((w) => w.code === 'unit-converted')).toEqual([]);
  });
});

describe('durations beyond the suite', () => {
  it('seconds become exact milliseconds (1.1s is 1100ms, not 1100.0000000000002)', () => {
    const { model, text } = exported([
      {
        name: 'm.json',
        text: JSON.stringify({ d: { $type: 'duration', $value: { value: 1.1, unit: 's' } } }),
      },
    ]);
    expect(model.tokens[0]!.values).toEqual({
      'collection:m/default': { kind: 'literal', value: 1100 },
    });
    expect(text('dtcg')).toContain('"value": 1100,');
  });

  it('an alias to a duration is a duration, in CSS a var() of it', () => {
    const { model, text } = exported([
      {
        name: 'm.json',
        text: JSON.stringify({
          fast: { $type: 'duration', $value: { value: 150, unit: 'ms' } },
          hover: { $value: '{fast}' },
        }),
      },
    ]);
    expect(model.tokens.map((t) => t.type)).toEqual(['duration', 'duration']);
    expect(text('css')).toContain('--m-hover: var(--m-fast);');
    expect(text('swift')).toContain('static let hover: TimeInterval = 0.15');
  });

  it('Android and Compose round a fraction of a millisecond, and say so for each', () => {
    const { text, buildWarnings } = exported([
      {
        name: 'm.json',
        text: JSON.stringify({ d: { $type: 'duration', $value: { value: 0.4, unit: 'ms' } } }),
      },
    ]);
    expect(text('css')).toContain('--m-d: 0.4ms;');
    expect(text('android-xml')).toContain('<integer name="m_d">0</integer>');
    expect(text('compose')).toContain('val d = 0\n');
    expect(buildWarnings.map((w) => [w.code, w.message])).toEqual([
      [
        'duration-rounded',
        '“d”: Android durations are whole milliseconds, so 0.4ms is written as 0ms.',
      ],
      [
        'duration-rounded',
        '“d”: Compose durations are whole milliseconds, so 0.4ms is written as 0ms.',
      ],
    ]);
  });

  it('Android and Compose keep a duration within 32 bits, and say so', () => {
    const { text, buildWarnings } = exported([
      {
        name: 'm.json',
        text: JSON.stringify({ d: { $type: 'duration', $value: { value: 1e21, unit: 'ms' } } }),
      },
    ]);
    expect(text('android-xml')).toContain('<integer name="m_d">2147483647</integer>');
    expect(text('compose')).toContain('val d = 2147483647\n');
    expect(buildWarnings[0]!.message).toBe(
      '“d”: Android durations are whole milliseconds that fit 32 bits, so 1e+21ms is written as 2147483647ms.',
    );
  });

  it('an alias between a duration and a number is its value on Android: a reference must name its own resource type', () => {
    // Figma holds both as FLOAT, so such an alias is valid there (and in DTCG with com.figma).
    const figma = { 'com.figma': { resolvedType: 'FLOAT' } };
    const { text } = exported([
      {
        name: 't.json',
        text: JSON.stringify({
          d: { $type: 'duration', $value: { value: 150, unit: 'ms' }, $extensions: figma },
          n: { $type: 'number', $value: '{d}', $extensions: figma },
          w: { $type: 'fontWeight', $value: 700, $extensions: figma },
          slow: { $type: 'duration', $value: '{w}', $extensions: figma },
          fast: { $type: 'duration', $value: '{d}', $extensions: figma },
        }),
      },
    ]);
    const xml = text('android-xml');
    expect(xml).toContain('<item name="t_n" format="float" type="dimen">150</item>');
    // Two <integer>s: a reference is fine.
    expect(xml).toContain('<integer name="t_slow">@integer/t_w</integer>');
    expect(xml).toContain('<integer name="t_fast">@integer/t_d</integer>');
    expect(xml).not.toContain('@dimen/t_d');
  });

  it('a Figma number the user types as a duration is written as one', () => {
    const motion = { ...collection('Motion', ['Default']), variableIds: ['fast'] };
    const fast = variable('fast', 'duration/fast', 'Motion', { Default: 200 }, 'FLOAT');
    const source = { variableCollections: { Motion: motion }, variables: { fast } };
    const css = (overrides: Record<string, 'duration'>) =>
      buildFormat(
        convertVariables(source as FigmaVariablesInput, { floatTypeOverrides: overrides }),
        'css',
      )[0]!.contents;
    // Figma has no duration type, and a name is no proof of the unit (0.2 may mean seconds).
    expect(css({})).toContain('--motion-duration-fast: 200;');
    expect(css({ fast: 'duration' })).toContain('--motion-duration-fast: 200ms;');
  });
});
