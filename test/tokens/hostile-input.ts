/** Figma variables with hostile names and values, for property tests of the converter and exporters. */
import fc from 'fast-check';
import type { LocalVariable, LocalVariableCollection } from '@figma/rest-api-spec';
import type { FigmaVariablesInput } from '../../src/tokens/model.ts';

export function collection(id: string, modes: string[]): LocalVariableCollection {
  return {
    id,
    name: id,
    key: id,
    modes: modes.map((m) => ({ modeId: m, name: m })),
    defaultModeId: modes[0] ?? '',
    remote: false,
    hiddenFromPublishing: false,
    variableIds: [],
  };
}

export function variable(
  id: string,
  name: string,
  collectionId: string,
  valuesByMode: LocalVariable['valuesByMode'],
  resolvedType: LocalVariable['resolvedType'] = 'FLOAT',
): LocalVariable {
  return {
    id,
    name,
    key: id,
    variableCollectionId: collectionId,
    resolvedType,
    valuesByMode,
    remote: false,
    description: '',
    hiddenFromPublishing: false,
    scopes: [],
    codeSyntax: {},
  };
}

export const hostileSegment = fc.oneof(
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"quoted"',
    "it's",
    '🎨 brand',
    '../etc',
    '$root',
    '{a}',
    'a.b',
    'Ünïcode',
    '500',
    'class',
    'default',
    ' spaced ',
    '\\slash',
    '*/',
    'a\nb',
  ),
  fc.stringMatching(/^[A-Za-z0-9 _-]{1,8}$/),
);

export const hostileInput: fc.Arbitrary<FigmaVariablesInput> = fc
  .array(
    fc.tuple(
      fc.array(hostileSegment, { minLength: 1, maxLength: 3 }),
      fc.constantFrom<LocalVariable['resolvedType']>('COLOR', 'FLOAT', 'STRING', 'BOOLEAN'),
      fc.nat(),
      fc.boolean(),
    ),
    { minLength: 1, maxLength: 25 },
  )
  .map((rows) => {
    const c = collection('VariableCollectionId:1:1', ['1:0', '1:1']);
    c.name = 'Theme <b>"x"</b>';
    const variables: Record<string, LocalVariable> = {};
    rows.forEach(([segments, type, pick, alias], index) => {
      const id = `VariableID:1:${index}`;
      const earlier = Object.values(variables).filter((v) => v.resolvedType === type);
      const target = alias && earlier.length ? earlier[pick % earlier.length] : undefined;
      const literal =
        type === 'COLOR'
          ? { r: (pick % 255) / 255, g: 0.5, b: 0.25, a: pick % 2 ? 1 : 0.5 }
          : type === 'FLOAT'
            ? pick % 300
            : type === 'STRING'
              ? segments.join(' ')
              : pick % 2 === 0;
      const value = target ? { type: 'VARIABLE_ALIAS' as const, id: target.id } : literal;
      variables[id] = variable(
        id,
        segments.join('/'),
        c.id,
        { '1:0': value, '1:1': literal },
        type,
      );
      c.variableIds.push(id);
    });
    return { variables, variableCollections: { [c.id]: c } };
  });
