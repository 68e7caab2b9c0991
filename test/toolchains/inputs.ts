/**
 * Inputs whose generated code the real toolchains must accept: the real-world-shaped design
 * system, Figma's own public example responses, and a hostile file built to hit every naming and
 * escaping rule at once (platform type names as collection and mode names, camelCase and
 * cross-collection collisions, prototype keys, two dark modes, control characters and each
 * language's interpolation syntax in strings).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';
import { designSystemVariables } from '../fixtures/figma/design-system-variables.ts';

function collection(id: string, name: string, modes: string[]): LocalVariableCollection {
  return {
    id,
    name,
    key: id,
    modes: modes.map((mode, index) => ({ modeId: `${id}:${index}`, name: mode })),
    defaultModeId: `${id}:0`,
    remote: false,
    hiddenFromPublishing: false,
    variableIds: [],
  };
}

const HOSTILE_STRINGS = [
  'tab\there, line\nbreak, bell\u0007, nul\u0000, del\u007f, c1\u0085, ls\u2028',
  'Sass #{interpolation} and $var',
  'Swift \\(interpolation) and """triple"""',
  'JS ${template} and `backtick`',
  'comment end */ and </script> and <!-- -->',
  '"double" \'single\' \\backslash @start',
  '🎨 emoji and Ünïcode',
  ' leading and trailing spaces ',
  '?question first',
];

export function hostileVariables(): FigmaVariablesInput {
  const collections = [
    collection('C:color', 'Color', ['Light', 'Dark', 'Dark high contrast']),
    collection('C:digit', '1st Collection', ['Type', 'Protocol', 'Self']),
    collection('C:a', 'A', ['Default']),
    collection('C:ab', 'A B', ['Default']),
    collection('C:string', 'String', ['Font', 'Text']),
  ];
  const variables: Record<string, LocalVariable> = {};
  const add = (
    c: LocalVariableCollection,
    name: string,
    resolvedType: LocalVariable['resolvedType'],
    values: LocalVariable['valuesByMode'][string][],
    codeSyntax: LocalVariable['codeSyntax'] = {},
  ) => {
    const id = `VariableID:${Object.keys(variables).length + 1}`;
    const valuesByMode: LocalVariable['valuesByMode'] = {};
    c.modes.forEach((mode, index) => {
      valuesByMode[mode.modeId] = values[index] ?? values[0]!;
    });
    variables[id] = {
      id,
      name,
      key: id,
      variableCollectionId: c.id,
      resolvedType,
      valuesByMode,
      remote: false,
      description: 'desc */ </style> \u0001',
      hiddenFromPublishing: false,
      scopes: [],
      codeSyntax,
    };
    c.variableIds.push(id);
    return id;
  };
  const [color, digit, a, ab, strings] = collections as [
    LocalVariableCollection,
    LocalVariableCollection,
    LocalVariableCollection,
    LocalVariableCollection,
    LocalVariableCollection,
  ];
  const rgba = (r: number, g: number, b: number, alpha = 1) => ({ r, g, b, a: alpha });
  const gray = add(color, 'gray-50', 'COLOR', [
    rgba(0.98, 0.98, 0.98),
    rgba(0.1, 0.1, 0.1),
    rgba(0, 0, 0),
  ]);
  add(color, 'gray50', 'COLOR', [rgba(0.5, 0.5, 0.5), rgba(0.4, 0.4, 0.4, 0.5)]);
  add(color, 'surface', 'COLOR', [{ type: 'VARIABLE_ALIAS', id: gray }]);
  for (const name of [
    '__proto__/x',
    'constructor/prototype',
    'toString/x',
    'hasOwnProperty',
    'class',
    'self',
    'init',
  ])
    add(color, name, 'COLOR', [rgba(0.2, 0.3, 0.4), rgba(0.3, 0.4, 0.5)]);
  add(color, 'same web name', 'COLOR', [rgba(1, 0, 0)], {
    WEB: 'var(--color-gray-50)',
    iOS: 'gray50',
    ANDROID: 'R.color.gray_50',
  });
  add(digit, '500', 'FLOAT', [4, 8, 12]);
  add(digit, '2x/large', 'FLOAT', [16]);
  add(digit, 'depends/on/color', 'COLOR', [{ type: 'VARIABLE_ALIAS', id: gray }]);
  add(a, 'b/c', 'FLOAT', [1]);
  add(ab, 'c', 'FLOAT', [2]);
  HOSTILE_STRINGS.forEach((text, index) =>
    add(strings, `text/${index}`, 'STRING', [text, `${text} (2)`]),
  );
  add(strings, 'flag', 'BOOLEAN', [true, false]);
  add(strings, '<script>alert(1)</script>', 'STRING', ['x']);
  return {
    variables,
    variableCollections: Object.fromEntries(collections.map((c) => [c.id, c])),
  };
}

/**
 * The DTCG suite's four valid duration files (ms, s, fractional s, zero) and, beside them, an
 * alias to one and a fraction of a millisecond, which Android and Compose round.
 */
function dtcgDurations(): FigmaVariablesInput {
  const folder = '../fixtures/public/dtcg-community-group-tests/format/positive/durations/';
  const files = ['milliseconds', 'seconds', 'fractional-seconds', 'zero-ms'].map((name) => ({
    name: `${name}.json`,
    text: readFileSync(new URL(`${folder}${name}.json`, import.meta.url), 'utf8'),
  }));
  files.push({
    name: 'motion.json',
    text: JSON.stringify({
      fast: { $type: 'duration', $value: { value: 0.5, unit: 'ms' } },
      slow: { $type: 'duration', $value: '{fast}' },
    }),
  });
  return parseTokenInput(files).input;
}

/** The DTCG suite's valid colour files, every space: CSS writes each in its own syntax. */
function dtcgColors(): FigmaVariablesInput {
  const folder = new URL(
    '../fixtures/public/dtcg-community-group-tests/format/positive/colors/',
    import.meta.url,
  );
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => ({ name, text: readFileSync(new URL(name, folder), 'utf8') }));
  return parseTokenInput(files).input;
}

/**
 * The DTCG suite's valid composite files (shadow, typography, border, transition, gradient,
 * cubicBezier, strokeStyle, and the references into and between them): CSS, SCSS and JS write
 * them; Swift and Android leave them out, with a warning, and must still build.
 */
function dtcgComposites(): FigmaVariablesInput {
  const suite = '../fixtures/public/dtcg-community-group-tests/format/positive/';
  const folders = ['shadows', 'typography', 'borders', 'transitions', 'gradients'];
  const files = [...folders, 'cubicBezier', 'strokeStyles', 'references'].flatMap((folder) => {
    const url = new URL(`${suite}${folder}/`, import.meta.url);
    return readdirSync(url)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({
        name: `${folder}-${name}`,
        text: readFileSync(new URL(name, url), 'utf8'),
      }));
  });
  return parseTokenInput(files).input;
}

/**
 * dispersa's multi-format example, a real resolver: themes as modifier contexts, shadows and
 * typography among its tokens (its gradients and layered shadows broke SCSS mode maps once).
 */
function dispersaMultiFormat(): FigmaVariablesInput {
  const root = new URL('../fixtures/public/dispersa-multi-format/', import.meta.url);
  const files = [
    {
      name: 'tokens.resolver.json',
      text: readFileSync(new URL('tokens.resolver.json', root), 'utf8'),
    },
  ];
  const walk = (folder: URL, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(new URL(`${entry.name}/`, folder), `${prefix}${entry.name}/`);
      else if (entry.name.endsWith('.json'))
        files.push({
          name: `${prefix}${entry.name}`,
          text: readFileSync(new URL(entry.name, folder), 'utf8'),
        });
    }
  };
  walk(new URL('tokens/', root), 'tokens/');
  return parseTokenInput(files).input;
}

function publicResponse(file: string): FigmaVariablesInput {
  const url = new URL(`../fixtures/public/${file}`, import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { meta: FigmaVariablesInput }).meta;
}

/** Every input the toolchain tests compile, by a name used in file names and messages. */
export function toolchainInputs(): { name: string; input: FigmaVariablesInput }[] {
  return [
    { name: 'design-system', input: designSystemVariables() },
    { name: 'hostile', input: hostileVariables() },
    { name: 'figma-example-aliases', input: publicResponse('figma-example-handles-aliases.json') },
    {
      name: 'figma-example-token-files',
      input: publicResponse('figma-example-returns-token-files.json'),
    },
    { name: 'figma-example-remote', input: publicResponse('figma-example-ignores-remote.json') },
    {
      name: 'tromsfylkestrafikk',
      input: publicResponse('tromsfylkestrafikk-variables-local.json'),
    },
    { name: 'dtcg-durations', input: dtcgDurations() },
    { name: 'dtcg-colors', input: dtcgColors() },
    { name: 'dtcg-composites', input: dtcgComposites() },
    { name: 'dispersa-multi-format', input: dispersaMultiFormat() },
  ];
}
