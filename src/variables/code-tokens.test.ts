import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { languageOf, tokenizeCode } from './code-tokens';
import type { CodeLanguage } from './code-tokens';

const LANGUAGES: CodeLanguage[] = ['json', 'css', 'scss', 'js', 'swift', 'kotlin', 'xml', 'text'];
const kindsOf = (text: string, language: CodeLanguage) =>
  tokenizeCode(text, language)
    .filter((token) => token.kind)
    .map((token) => [token.kind, token.text]);

describe('tokenizeCode', () => {
  it('keeps every character, in order, in every language', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 300 }),
        fc.constantFrom(...LANGUAGES),
        (text, language) => {
          expect(
            tokenizeCode(text, language)
              .map((token) => token.text)
              .join(''),
          ).toBe(text);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('colours JSON keys apart from string values', () => {
    expect(kindsOf('{ "$value": "#3b82f6", "n": 1.5, "x": null }', 'json')).toEqual([
      ['property', '"$value"'],
      ['string', '"#3b82f6"'],
      ['property', '"n"'],
      ['number', '1.5'],
      ['property', '"x"'],
      ['keyword', 'null'],
    ]);
  });

  it('colours CSS custom properties, at-rules, colours and lengths', () => {
    expect(
      kindsOf('/* generated */\n:root { --a-b: #fff; --gap: 4px; }\n@media (x) {}', 'css'),
    ).toEqual([
      ['comment', '/* generated */'],
      ['keyword', ':root'],
      ['property', '--a-b'],
      ['number', '#fff'],
      ['property', '--gap'],
      ['number', '4px'],
      ['keyword', '@media'],
    ]);
  });

  it('leaves digits inside names alone (gray50 is a name, not a number)', () => {
    expect(kindsOf('val gray50 = Color(0xFF4338CA)', 'kotlin')).toEqual([
      ['keyword', 'val'],
      ['number', '0xFF4338CA'],
    ]);
  });

  it('reads XML tags, attributes and values', () => {
    expect(kindsOf('<color name="blue">#FF0000FF</color>', 'xml')).toEqual([
      ['keyword', '<color'],
      ['property', 'name'],
      ['string', '"blue"'],
      ['keyword', '>'],
      ['number', '#FF0000FF'],
      ['keyword', '</color'],
      ['keyword', '>'],
    ]);
  });
});

describe('languageOf', () => {
  it('follows the generated file extensions', () => {
    expect(
      ['a.tokens.json', 'b.css', 'c.scss', 'd.ts', 'e.swift', 'f.kt', 'values/g.xml', 'h'].map(
        languageOf,
      ),
    ).toEqual(['json', 'css', 'scss', 'js', 'swift', 'kotlin', 'xml', 'text']);
  });
});
