import { describe, expect, it } from 'vitest';
import { readDtcgExport } from './read.ts';

const read = (tree: unknown) =>
  readDtcgExport([{ name: 'refs.tokens.json', text: JSON.stringify(tree) }]);
const valueOf = (tree: unknown, path: string) =>
  Object.values(read(tree).tokens[`path:${path}`]!.values)[0];

const base = {
  spacing: { $type: 'dimension', $value: { value: 16, unit: 'px' } },
  blue: { $type: 'color', $value: { colorSpace: 'srgb', components: [0.2, 0.4, 0.9] } },
};

describe('property-level references (DTCG 2025.10)', () => {
  it('take the part of another token’s value they point to', () => {
    const tree = {
      base,
      small: {
        $type: 'dimension',
        $value: { value: 8, unit: { $ref: '#/base/spacing/$value/unit' } },
      },
      primary: {
        $type: 'color',
        $value: {
          colorSpace: 'srgb',
          components: [{ $ref: '#/base/blue/$value/components/0' }, 0.5, 0.7],
        },
      },
    };
    expect(valueOf(tree, 'small')).toEqual({ kind: 'literal', value: { value: 8, unit: 'px' } });
    expect(valueOf(tree, 'primary')).toEqual({
      kind: 'literal',
      value: { colorSpace: 'srgb', components: [0.2, 0.5, 0.7] },
    });
  });

  it('leave a whole-token reference an alias', () => {
    const tree = { base, gap: { $type: 'dimension', $value: { $ref: '#/base/spacing' } } };
    expect(valueOf(tree, 'gap')).toMatchObject({ kind: 'alias' });
  });

  it('refuse a part that points to nothing, naming where', () => {
    const tree = {
      base,
      small: {
        $type: 'dimension',
        $value: { value: { $ref: '#/base/gone/$value/value' }, unit: 'px' },
      },
    };
    expect(() => read(tree)).toThrow(
      'refs.tokens.json at $.small.$value.value: reference #/base/gone/$value/value points to nothing',
    );
  });

  it('refuse parts that point at each other in a loop', () => {
    const tree = {
      a: { $type: 'number', $value: { $ref: '#/b/$value' } },
      b: { $type: 'number', $value: [{ $ref: '#/b/$value/0' }] },
    };
    expect(() => read(tree)).toThrow(/chain too long|nest too deep/);
  });
});
