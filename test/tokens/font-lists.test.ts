/**
 * A Figma STRING font family holding a CSS font list (Baloise's `"BaloiseCreateText", "Arial",
 * "sans-serif"`): Swift, Android and Compose wrote the whole quoted list as one font name, and the
 * DTCG export wrote one string, which DTCG reads as a single family (Terrazzo wrote
 * `""BaloiseCreateText", "Arial", "sans-serif""`). Now it is a stack, as a DTCG array is, and
 * Figma's text survives the round trip and a write-back.
 */
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { readDtcgExport } from '../../src/tokens/dtcg/read.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import type { FormatId } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { ConversionWarning, FigmaVariablesInput } from '../../src/tokens/model.ts';
import { buildChangeSet } from '../../src/tokens/writeback/build-change-set.ts';
import { collection, variable } from './hostile-input.ts';

const LIST = '"BaloiseCreateText", "Arial", "sans-serif"';

function figmaFile(): FigmaVariablesInput {
  const type = { ...collection('Type', ['Base']), variableIds: ['text', 'plain'] };
  return {
    variableCollections: { Type: type },
    variables: {
      text: {
        ...variable('text', 'font/family/text', 'Type', { Base: LIST }),
        resolvedType: 'STRING',
        scopes: ['FONT_FAMILY'],
      },
      plain: {
        ...variable('plain', 'font/family/mono', 'Type', { Base: 'JetBrains Mono' }),
        resolvedType: 'STRING',
        scopes: ['FONT_FAMILY'],
      },
    },
  };
}

const files = (model: ReturnType<typeof convertVariables>, format: FormatId) =>
  buildFormat(model, format).map((f) => ({ name: f.path, text: f.contents }));

describe('a Figma font family that holds a CSS font list', () => {
  const model = convertVariables(figmaFile());

  it('is a stack: natives take the first family and say so, CSS keeps the list', () => {
    const warnings: ConversionWarning[] = [];
    const out = (format: FormatId) =>
      buildFormat(model, format, { warnings })
        .map((f) => f.contents)
        .join('\n');
    expect(out('swift')).toContain('String = "BaloiseCreateText"');
    expect(out('compose')).toContain('= "BaloiseCreateText"');
    expect(out('android-xml')).toContain('>BaloiseCreateText</string>');
    expect(out('css')).toContain(': BaloiseCreateText, Arial, sans-serif;');
    expect(out('css')).toContain(': "JetBrains Mono";');
    expect(warnings.map((w) => w.code)).toContain('font-stack-first-family');
  });

  it('is an array in the DTCG export, which keeps Figma’s text and reads back the same', () => {
    const dtcg = files(model, 'dtcg');
    const base = JSON.parse(dtcg.find((f) => f.name === 'tokens/type.tokens.json')!.text);
    const token = base.type.font.family.text;
    expect(token.$value).toEqual(['BaloiseCreateText', 'Arial', 'sans-serif']);
    expect(token.$extensions['com.figma'].text).toBe(LIST);
    expect(base.type.font.family.mono.$value).toBe('JetBrains Mono');
    const again = convertVariables(parseTokenInput(dtcg).input);
    expect(files(again, 'dtcg')).toEqual(dtcg);
    expect(files(again, 'swift')).toEqual(files(model, 'swift'));
  });

  it('written back unchanged sends nothing; an edited list sends its first family', () => {
    const dtcg = files(model, 'dtcg');
    const unchanged = buildChangeSet(figmaFile(), readDtcgExport(dtcg), { allowDelete: false });
    expect(unchanged.errors).toEqual([]);
    expect(unchanged.empty).toBe(true);
    const edited = dtcg.map((f) => ({
      ...f,
      text: f.text.replace('"BaloiseCreateText",', '"BaloiseCreateSans",'),
    }));
    const changed = buildChangeSet(figmaFile(), readDtcgExport(edited), { allowDelete: false });
    expect(changed.preview.rows.flatMap((row) => row.changes.map((c) => c.new))).toEqual([
      'BaloiseCreateSans',
    ]);
  });
});
