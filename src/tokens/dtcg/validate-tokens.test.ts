import { describe, expect, it } from 'vitest';
import { childPath, TokenInputError } from '../import/errors.ts';
import { parseTokenInput } from '../import/parse-token-input.ts';

function refusal(tree: unknown): TokenInputError {
  try {
    parseTokenInput([{ name: 'tokens.json', text: JSON.stringify(tree) }]);
  } catch (error) {
    if (error instanceof TokenInputError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('validateTokens: every problem at once', () => {
  const invalid = {
    'space.draft-px': ['dimension', '4px'],
    'space.draft-rem': ['dimension', '0.5rem'],
    'space.points': ['dimension', '12pt'],
    'space.string-value': ['dimension', { value: '16', unit: 'px' }],
    'motion.draft-ms': ['duration', '80ms'],
    'motion.draft-s': ['duration', '.4s'],
    'weight.too-heavy': ['fontWeight', 1001],
    'opacity.text': ['number', '1.5'],
  } as const;
  const tree: Record<string, Record<string, unknown>> = {
    space: { fine: { $type: 'dimension', $value: { value: 2, unit: 'px' } } },
    motion: { fine: { $type: 'duration', $value: { value: 100, unit: 'ms' } } },
    weight: { fine: { $type: 'fontWeight', $value: 700 } },
    opacity: { fine: { $type: 'number', $value: 0.5 } },
  };
  for (const [path, [$type, $value]] of Object.entries(invalid)) {
    const [group, name] = path.split('.') as [string, string];
    tree[group]![name] = { $type, $value };
  }

  it('lists each invalid value once, with its path and rule, and no valid one', () => {
    const error = refusal(tree);
    const problems = [error, ...error.more];
    const where = (path: string) => {
      const [group, name] = path.split('.') as [string, string];
      return childPath(childPath(childPath('$', group), name), '$value');
    };
    expect(problems.map((p) => p.jsonPath).sort()).toEqual(Object.keys(invalid).map(where).sort());
    for (const problem of problems) {
      expect(problem.file).toBe('tokens.json');
      const type = Object.entries(invalid).find(
        ([path]) => where(path) === problem.jsonPath,
      )![1][0];
      expect(problem.detail).toMatch(new RegExp(`\\(rule: ${type}\\)$`));
    }
    expect(error.lines).toHaveLength(Object.keys(invalid).length);
    expect(error.lines.join('\n')).not.toContain('fine');
  });

  it('says what to write for an earlier draft’s "4px" or "80ms", and only for those', () => {
    const details = new Map(
      [refusal(tree), ...refusal(tree).more].map((p) => [p.jsonPath, p.detail]),
    );
    expect(details.get('$.space["draft-px"].$value')).toBe(
      'a dimension is an object {value, unit}: write {"value": 4, "unit": "px"} for the pre-2025.10 string "4px" (rule: dimension)',
    );
    expect(details.get('$.space["draft-rem"].$value')).toContain(
      'write {"value": 0.5, "unit": "rem"}',
    );
    expect(details.get('$.motion["draft-s"].$value')).toContain(
      'write {"value": 0.4, "unit": "s"}',
    );
    expect(details.get('$.motion["draft-ms"].$value')).toContain(
      'write {"value": 80, "unit": "ms"}',
    );
    // "pt" is no DTCG unit: nothing to suggest, only what was found.
    expect(details.get('$.space.points.$value')).toBe(
      'a dimension is an object {value, unit}, found the string "12pt" (rule: dimension)',
    );
  });

  it('still accepts the file once every problem is fixed', () => {
    const fixed = structuredClone(tree);
    for (const path of Object.keys(invalid)) {
      const [group, name] = path.split('.') as [string, string];
      delete fixed[group]![name];
    }
    expect(() =>
      parseTokenInput([{ name: 'tokens.json', text: JSON.stringify(fixed) }]),
    ).not.toThrow();
  });
});

describe('validateTokens: gradient stops', () => {
  const stop = (c: number, position: number) => ({
    color: { colorSpace: 'srgb', components: [c, c, c] },
    position,
  });
  const tree = (stops: unknown[]) => ({
    gradient: {
      $type: 'gradient',
      start: { $value: [stop(1, 0)] },
      end: { $value: [stop(0, 1)] },
      'with-refs': { $value: stops },
    },
  });

  it('accept a reference to a gradient token in place of a stop (the file imports)', () => {
    const { warnings, input } = parseTokenInput([
      {
        name: 'g.tokens.json',
        text: JSON.stringify(tree(['{gradient.start}', { $ref: '#/gradient/end' }])),
      },
    ]);
    // Figma has no gradient variable: each is kept as a composite token, none refused.
    expect(warnings).toEqual([]);
    const withRefs = Object.values(input.composites ?? {}).find(
      (c) => c.name === 'gradient/with-refs',
    );
    expect(Object.values(withRefs!.valuesByMode)[0]).toMatchObject({
      references: [
        { at: [0], targetId: 'path:gradient.start' },
        { at: [1], targetId: 'path:gradient.end' },
      ],
    });
  });

  it('still refuse a stop that is neither a stop nor a reference', () => {
    expect(refusal(tree(['red'])).message).toMatch(
      /stop 0: expected an object with color, position/,
    );
  });
});

describe('a shadow written as CSS', () => {
  it('is refused with both forms DTCG takes (cyberskill-official/design-system writes these)', () => {
    const tokens = { s: { $type: 'shadow', $value: '0 1px 2px #00000059' } };
    expect(refusal(tokens).message).toMatch(
      /a shadow is an object \{color, offsetX, offsetY, blur, spread\} or an array of them, found a string/,
    );
  });
});

describe('a reference inside a composite', () => {
  const shadow = (color: unknown) => ({
    black: { $type: 'color', $value: '#0000007a' },
    width: { $type: 'number', $value: 2 },
    s: {
      $type: 'shadow',
      $value: [
        {
          color,
          offsetX: { value: 0, unit: 'px' },
          offsetY: { value: 2, unit: 'px' },
          blur: { value: 8, unit: 'px' },
          spread: { value: 0, unit: 'px' },
        },
      ],
    },
  });

  it('to a draft "#rrggbb" colour is read as the colour token itself is: with a warning', () => {
    // grommet/hpe-design-system's shadows reference such colours; the whole file was refused.
    const { warnings } = parseTokenInput([
      { name: 't.json', text: JSON.stringify(shadow('{black}')) },
    ]);
    expect(warnings.map((w) => w.code)).toEqual(['legacy-color-string']);
    // Where, not only how many: the token's own path.
    expect(warnings[0]!.jsonPath).toMatch(/^\$\.black/);
  });

  it('to a token of another type is still refused, naming the types', () => {
    expect(refusal(shadow('{width}')).message).toMatch(
      /layer 0: color: references a number token where a color is needed/,
    );
  });
});

describe('a colour string the reader does not take', () => {
  it('is quoted, and a hex gets the object to write, valid in a composite too', () => {
    const error = refusal({
      short: { $type: 'color', $value: '#FFF8' },
      css: { $type: 'color', $value: 'rgba(0,0,0,0.5)' },
      border: {
        $type: 'border',
        $value: { color: '#f00', width: { value: 1, unit: 'px' }, style: 'solid' },
      },
      // gitbutlerapp/design-core: a shadow's inline "#rrggbbaa" was refused with no hint.
      shadow: {
        $type: 'shadow',
        $value: {
          color: '#00000080',
          ...{ offsetX: { value: 0, unit: 'px' }, offsetY: { value: 1, unit: 'px' } },
          ...{ blur: { value: 2, unit: 'px' }, spread: { value: 0, unit: 'px' } },
        },
      },
    });
    expect(error.lines).toEqual([
      expect.stringContaining(
        'found the string "#FFF8": write {"colorSpace": "srgb", "components": [1, 1, 1], "alpha": 0.533} (rule: color)',
      ),
      expect.stringContaining('found the string "rgba(0,0,0,0.5)" (rule: color)'),
      expect.stringContaining(
        'color: a colour is an object {colorSpace, components, alpha?, hex?}, found the string "#f00": write {"colorSpace": "srgb", "components": [1, 0, 0]} (rule: border)',
      ),
      expect.stringContaining(
        'found the string "#00000080": write {"colorSpace": "srgb", "components": [0, 0, 0], "alpha": 0.502, "hex": "#000000"} (rule: shadow)',
      ),
    ]);
  });
});
