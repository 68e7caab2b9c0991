/**
 * A resolver may name one file as a set's source and as a context's: the file is read once per
 * mode, but each thing wrong with it, or worth a note, is one thing, said once.
 */
import { describe, expect, it } from 'vitest';
import { TokenInputError } from '../../src/tokens/import/errors.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';

/** `base.tokens.json` as the set `base` and as the `light` context of a light/dark modifier. */
function readForSetAndContext(base: unknown) {
  const resolver = {
    version: '2025.10',
    sets: { base: { sources: [{ $ref: 'base.tokens.json' }] } },
    modifiers: {
      theme: { contexts: { light: [{ $ref: 'base.tokens.json' }], dark: [] }, default: 'light' },
    },
    resolutionOrder: [{ $ref: '#/sets/base' }, { $ref: '#/modifiers/theme' }],
  };
  return parseTokenInput([
    { name: 'tokens.resolver.json', text: JSON.stringify(resolver) },
    { name: 'base.tokens.json', text: JSON.stringify(base) },
  ]);
}

const srgb = (c: number) => ({ colorSpace: 'srgb', components: [c, c, c] });

describe('a file read for a set and a context', () => {
  it('names a bad value once', () => {
    let refused: unknown;
    try {
      readForSetAndContext({ white: { $type: 'color', $value: { ...srgb(1), hex: '#fff' } } });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(TokenInputError);
    const error = refused as TokenInputError;
    expect([error.file, error.jsonPath]).toEqual(['base.tokens.json', '$.white.$value']);
    expect(error.more).toEqual([]);
  });

  it('counts a draft "#rrggbb" colour once', () => {
    const { warnings } = readForSetAndContext({ white: { $type: 'color', $value: '#ffffff' } });
    const drafts = warnings.filter((w) => w.code === 'legacy-color-string');
    expect(drafts.map((w) => w.message)).toEqual([expect.stringMatching(/^1 colour value\(s\)/)]);
  });

  it('notes once the groups whose own $description and $extensions Figma has no place for', () => {
    const { warnings } = readForSetAndContext({
      $description: 'Base palette',
      brand: {
        $extensions: { 'org.example': { owner: 'brand team' } },
        blue: { $type: 'color', $value: srgb(0) },
      },
    });
    const notes = warnings.filter((w) => w.code === 'group-metadata-dropped');
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ file: 'base.tokens.json', jsonPath: '$' });
    expect(notes[0]!.message).toContain(
      '2 group(s) carry their own $description or $extensions ($ and 1 more)',
    );
  });
});
