/**
 * Aliases in Figma's native "Export variables" files as Figma writes them: resolved, with
 * `com.figma.aliasData` naming the target by its library key (`VariableID:<key>/-1:-1`, never the
 * local id in the target's own file) and by the collection's Figma name, which need not match the
 * folder the files were saved in.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';

const BALOISE = join(import.meta.dirname, '../fixtures/public/baloise-figma-native-export');

const white = { colorSpace: 'srgb', components: [1, 1, 1], alpha: 1, hex: '#FFFFFF' };

function modeFile(modeName: string, tokens: Record<string, unknown>) {
  return JSON.stringify({ ...tokens, $extensions: { 'com.figma.modeName': modeName } });
}

function aliasTo(setName: string, variableName: string) {
  return {
    targetVariableId: 'VariableID:5a565ed823557e0662edc6e323a5ace232ec32dd/-1:-1',
    targetVariableName: variableName,
    targetVariableSetId: 'VariableCollectionId:5bf317aa0f2563f554ff38b6d0b429ef07cae671/-1:-1',
    targetVariableSetName: setName,
  };
}

function colorToken(id: string, aliasData?: unknown) {
  return {
    $type: 'color',
    $value: white,
    $extensions: {
      'com.figma.variableId': id,
      ...(aliasData ? { 'com.figma.aliasData': aliasData } : {}),
    },
  };
}

const variableNamed = (input: FigmaVariablesInput, name: string) =>
  Object.values(input.variables).find((v) => v.name === name);

describe("Figma's native export: a name that is also a group's ($root)", () => {
  // Seen in dnbl0/token-lib: 186 aliases to `…/on-accent` became fixed colours.
  const files = [
    {
      name: 'Theme/Default.tokens.json',
      text: modeFile('Default', {
        fg: {
          'on-accent': {
            lighter: colorToken('VariableID:1:2'),
            $root: colorToken('VariableID:1:1'),
          },
        },
      }),
    },
    {
      name: 'Components/Mode 1.tokens.json',
      text: modeFile('Mode 1', {
        button: { fg: colorToken('VariableID:2:1', aliasTo('Theme', 'fg/on-accent')) },
      }),
    },
  ];

  it('is named as in Figma, aliases to it stay aliases, and it stays the $root', () => {
    const { input, warnings } = parseTokenInput(files);
    const root = variableNamed(input, 'fg/on-accent')!;
    expect(root.id).toBe('VariableID:1:1');
    expect(Object.values(variableNamed(input, 'button/fg')!.valuesByMode)).toEqual([
      { type: 'VARIABLE_ALIAS', id: root.id },
    ]);
    expect(warnings).toEqual([]);
    const model = convertVariables(input);
    expect(model.warnings).toEqual([]);
    const css = buildFormat(model, 'css')[0]!.contents;
    expect(css).toContain('--components-button-fg: var(--theme-fg-on-accent-root);');
    // In the file's order, and the same again from the DTCG export.
    expect(css.indexOf('on-accent-lighter:')).toBeLessThan(css.indexOf('on-accent-root:'));
    const dtcg = buildFormat(model, 'dtcg');
    const theme = JSON.parse(dtcg.find((f) => f.path === 'tokens/theme.tokens.json')!.contents);
    expect(Object.keys(theme.theme.fg['on-accent'])).toEqual(['lighter', '$root']);
    const again = convertVariables(
      parseTokenInput(dtcg.map((f) => ({ name: f.path, text: f.contents }))).input,
    );
    expect(buildFormat(again, 'css')[0]!.contents).toBe(css);
  });
});

describe("Figma's native export: an alias to a variable its imported collection lacks", () => {
  it('says the collection was imported without it, not to import the collection', () => {
    // samhayter-ch/sh: 60 such warnings told the user to import a folder they had imported.
    const { warnings } = parseTokenInput([
      {
        name: 'primitives/Value.tokens.json',
        text: modeFile('Value', { color: { white: colorToken('VariableID:1:2') } }),
      },
      {
        name: 'semantic/Light.tokens.json',
        text: modeFile('Light', {
          bg: colorToken('VariableID:13:101', aliasTo('Primitives', 'color/red')),
        }),
      },
    ]);
    expect(warnings.map((w) => w.message)).toEqual([
      'aliases "color/red" in "Primitives", which "Primitives" as imported does not hold; kept its resolved value (export "Primitives" again if the variable was added or renamed since)',
    ]);
  });
});

describe("Figma's native export: a variable one mode's file leaves out", () => {
  // mckinsey/quantumblack-design-system: `rad-round` is only in Sharp. The import filled Round
  // with "the default mode's" value, which was Sharp's, and the DTCG export kept no trace of it.
  const files = (first: string, second: string) => [
    { name: `${first}.tokens.json`, text: modeFile(first, { r: colorToken('VariableID:1:1') }) },
    {
      name: `${second}.tokens.json`,
      text: modeFile(second, {
        r: colorToken('VariableID:1:1'),
        x: colorToken('VariableID:1:2'),
      }),
    },
  ];

  it('where the default mode lacks it, says which mode gives outputs their base value', () => {
    const model = convertVariables(parseTokenInput(files('Round', 'Sharp')).input);
    expect(model.warnings.map((w) => w.message)).toContain(
      '“x” has no value in the default mode “Round”: CSS :root, SCSS, Tailwind and Android values/, which need one, use its “Sharp” value there; the other outputs leave that mode out.',
    );
  });

  it('where another mode lacks it, is filled from the default and marked so in the DTCG export', () => {
    const model = convertVariables(parseTokenInput(files('Sharp', 'Round').reverse()).input);
    const dtcg = buildFormat(model, 'dtcg');
    expect(dtcg.map((f) => f.contents).join('\n')).toContain('"filledFromDefaultMode": true');
  });
});

describe("Figma's native export: aliases between collections", () => {
  it('links an alias whose collection name differs from its folder only in case', () => {
    const { input, warnings } = parseTokenInput([
      {
        name: 'primitives/Value.tokens.json',
        text: modeFile('Value', { color: { white: colorToken('VariableID:1:2') } }),
      },
      {
        name: 'semantic/Light.tokens.json',
        text: modeFile('Light', {
          bg: colorToken('VariableID:13:101', aliasTo('Primitives', 'color/white')),
        }),
      },
    ]);
    const target = variableNamed(input, 'color/white')!;
    const bg = variableNamed(input, 'bg')!;
    expect(Object.values(bg.valuesByMode)).toEqual([{ type: 'VARIABLE_ALIAS', id: target.id }]);
    // The collection takes its Figma name from the alias data, not the folder's spelling.
    expect(input.variableCollections[target.variableCollectionId]?.name).toBe('Primitives');
    expect(warnings.filter((w) => w.code === 'alias-target-missing')).toEqual([]);
  });

  it('reads a browser’s copy name (`Mode 1.tokens 2.json`, `(1)`) as the file name, not a collection', () => {
    // icarus/256kb holds two exports both named for the mode "Mode 1"; the second was saved as a
    // copy. Its " 2" once named a collection "tokens 2", so the aliases into it were lost.
    for (const copy of ['Mode 1.tokens 2.json', 'Mode 1.tokens (1).json']) {
      const { input, warnings } = parseTokenInput([
        {
          name: 'Mode 1.tokens.json',
          text: modeFile('Mode 1', {
            bg: colorToken('VariableID:13:101', aliasTo('Colors', 'neutral/1')),
          }),
        },
        { name: copy, text: modeFile('Mode 1', { neutral: { 1: colorToken('VariableID:1:2') } }) },
      ]);
      const target = variableNamed(input, 'neutral/1')!;
      expect(input.variableCollections[target.variableCollectionId]?.name).toBe('Colors');
      const bg = variableNamed(input, 'bg')!;
      expect(Object.values(bg.valuesByMode)).toEqual([{ type: 'VARIABLE_ALIAS', id: target.id }]);
      expect(warnings.map((w) => w.code)).toEqual(['collection-name']);
    }
  });

  it('keeps a DTCG file’s copy beside its original as a mode of its own (its stem is the mode)', () => {
    const number = (value: number) => JSON.stringify({ c: { $type: 'number', $value: value } });
    const { input } = parseTokenInput([
      { name: 'tokens/Light.tokens.json', text: number(1) },
      { name: 'tokens/Light.tokens 2.json', text: number(2) },
      // Nor is a copy a `<Collection>.<Mode>.json` name, with two of them beside it either.
      { name: 'tokens/Light.tokens (1).json', text: number(3) },
    ]);
    const collections = Object.values(input.variableCollections);
    expect(collections.map((c) => c.modes.map((mode) => mode.name))).toEqual([
      ['Light', 'Light.tokens 2', 'Light.tokens (1)'],
    ]);
    const [c] = Object.values(input.variables);
    expect(Object.values(c!.valuesByMode)).toEqual([1, 2, 3]);
  });

  it('never links an alias into a collection that was not exported, even to a same-named variable', () => {
    const { input, warnings } = parseTokenInput([
      {
        name: 'brand/Value.tokens.json',
        text: modeFile('Value', { color: { white: colorToken('VariableID:1:2') } }),
      },
      {
        name: 'semantic/Light.tokens.json',
        text: modeFile('Light', {
          bg: colorToken('VariableID:13:101', aliasTo('Primitives', 'color/white')),
        }),
      },
    ]);
    const bg = variableNamed(input, 'bg')!;
    expect(Object.values(bg.valuesByMode)).toEqual([{ r: 1, g: 1, b: 1, a: 1 }]);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'alias-target-missing',
        variable: 'bg',
        // A renamed file is the likelier cause: the message says what name the files need.
        message: `aliases "color/white" in "Primitives", which is not in the imported files; kept its resolved value (to keep the alias, import that collection too, in a folder or file named "Primitives")`,
      }),
    );
    const brand = variableNamed(input, 'color/white')!;
    expect(input.variableCollections[brand.variableCollectionId]?.name).toBe('brand');
  });

  it("keeps every alias of Baloise's real export whose collection was exported", () => {
    const files = listFiles(BALOISE).filter((file) => file.endsWith('.json'));
    const documents = files.map((file) => ({
      name: relative(BALOISE, file),
      text: readFileSync(file, 'utf8'),
    }));
    const aliases = documents.flatMap((doc) => aliasDataIn(JSON.parse(doc.text)));
    const exported = new Set(['🎨 Tokens']);
    const intoExported = aliases.filter((a) => exported.has(a.setName));
    const intoMissing = aliases.filter((a) => !exported.has(a.setName));
    // What the fixture holds (README): 63 aliases into "🎨 Tokens", 2 into a collection not exported.
    expect([intoExported.length, intoMissing.length]).toEqual([63, 2]);

    const { input, warnings } = parseTokenInput(documents);
    const collectionNames = Object.values(input.variableCollections).map((c) => c.name);
    expect(collectionNames.sort()).toEqual(['responsive', '🎨 Tokens']);
    const tokensCollection = Object.values(input.variableCollections).find(
      (c) => c.name === '🎨 Tokens',
    )!;
    for (const alias of intoExported) {
      const consumer = input.variables[alias.consumerId]!;
      const target = Object.values(input.variables).find(
        (v) => v.name === alias.variableName && v.variableCollectionId === tokensCollection.id,
      );
      expect(target, alias.variableName).toBeDefined();
      expect(Object.values(consumer.valuesByMode), consumer.name).toContainEqual({
        type: 'VARIABLE_ALIAS',
        id: target!.id,
      });
    }
    // The root's com.figma.modeName is read, not left out.
    expect(warnings.map((w) => w.code)).not.toContain('group-metadata-dropped');
    const missing = warnings.filter((w) => w.code === 'alias-target-missing');
    expect(missing.map((w) => w.variable).sort()).toEqual(
      intoMissing.map((a) => input.variables[a.consumerId]!.name).sort(),
    );
  });
});

describe("Figma's native export: the default mode", () => {
  const twoModes = (first: string, second: string) =>
    parseTokenInput(
      [first, second].map((mode) => ({
        name: `theme/${mode}.tokens.json`,
        text: modeFile(mode, { bg: colorToken('VariableID:1:2') }),
      })),
    );
  const defaultOf = (input: ReturnType<typeof twoModes>['input']) => {
    const theme = Object.values(input.variableCollections)[0]!;
    return theme.modes.find((m) => m.modeId === theme.defaultModeId)?.name;
  };

  it('is a mode named so by convention (Light, Mode 1), wherever its file is listed', () => {
    const { input, warnings } = twoModes('Dark', 'Light');
    expect(defaultOf(input)).toBe('Light');
    expect(warnings.map((w) => w.code)).not.toContain('default-mode');
  });

  it('else the first file’s mode, and the warning says so and how to choose another', () => {
    const { input, warnings } = twoModes('Dim', 'Dark');
    expect(defaultOf(input)).toBe('Dim');
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'default-mode',
        message: `the export does not say which mode of "theme" is the default; the first file's, "Dim", is used. To choose another, list its file first`,
        file: 'theme/Dim.tokens.json',
      }),
    );
  });

  it('needs no warning for a collection with one mode', () => {
    const { warnings } = parseTokenInput([
      { name: 'p/Value.tokens.json', text: modeFile('Value', { c: colorToken('VariableID:1:2') }) },
    ]);
    expect(warnings.map((w) => w.code)).not.toContain('default-mode');
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

interface AliasSeen {
  consumerId: string;
  variableName: string;
  setName: string;
}

function aliasDataIn(node: unknown): AliasSeen[] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  const extensions = record.$extensions as Record<string, unknown> | undefined;
  const data = extensions?.['com.figma.aliasData'] as
    { targetVariableName: string; targetVariableSetName: string } | undefined;
  const own: AliasSeen[] = data
    ? [
        {
          consumerId: extensions!['com.figma.variableId'] as string,
          variableName: data.targetVariableName,
          setName: data.targetVariableSetName,
        },
      ]
    : [];
  return [
    ...own,
    ...Object.entries(record)
      .filter(([key]) => !key.startsWith('$'))
      .flatMap(([, child]) => aliasDataIn(child)),
  ];
}
