/**
 * Styles → tokens for every Figma plan: colour, text and effect styles become variables of a
 * "Styles" collection, in Figma's own variables shape, so the whole converter and every exporter
 * apply unchanged. Text and effect styles become a group of typed parts (size, weight, …).
 */
import type {
  GetFileNodesResponse,
  GetFileResponse,
  LocalVariable,
  LocalVariableCollection,
  RGBA,
  VariableScope,
} from '@figma/rest-api-spec';
import type { FigmaVariablesInput } from './model.ts';

const COLLECTION_ID = 'VariableCollectionId:styles:0';
const MODE_ID = 'styles:0';

type Node = Record<string, unknown>;

export interface StylesResult {
  input: FigmaVariablesInput;
  skipped: { name: string; reason: string }[];
}

/** One typed part of a style, e.g. a text style's `font-size`; `''` names the style itself. */
interface StylePart {
  part: string;
  resolvedType: LocalVariable['resolvedType'];
  value: LocalVariable['valuesByMode'][string];
  scopes: VariableScope[];
  /** The style's description goes on its first part only, so it is not repeated per part. */
  described?: boolean;
}

/** A style's parts, or why it cannot be exported. */
type StyleReading = StylePart[] | { skip: string };

function readFillStyle(node: Node): StyleReading {
  const fill = ((node.fills as Node[] | undefined) ?? []).find((f) => f.visible !== false);
  if (fill?.type !== 'SOLID')
    return { skip: `${String(fill?.type ?? 'no')} fills are not exported yet` };
  const color = fill.color as RGBA;
  const opacity = typeof fill.opacity === 'number' ? fill.opacity : 1;
  const value = { ...color, a: (color.a ?? 1) * opacity };
  return [{ part: '', resolvedType: 'COLOR', value, scopes: ['ALL_FILLS'], described: true }];
}

function readTextStyle(node: Node): StyleReading {
  const text = node.style as Node | undefined;
  if (!text) return { skip: 'no type settings on the style node' };
  const parts: StylePart[] = [];
  if (typeof text.fontFamily === 'string')
    parts.push({
      part: 'font-family',
      resolvedType: 'STRING',
      value: text.fontFamily,
      scopes: ['FONT_FAMILY'],
      described: true,
    });
  const float = (part: string, value: unknown, scope: VariableScope) => {
    if (typeof value === 'number')
      parts.push({ part, resolvedType: 'FLOAT', value, scopes: [scope] });
  };
  float('font-size', text.fontSize, 'FONT_SIZE');
  float('font-weight', text.fontWeight, 'FONT_WEIGHT');
  float(
    'line-height',
    typeof text.lineHeightPx === 'number' ? Math.round(text.lineHeightPx * 100) / 100 : undefined,
    'LINE_HEIGHT',
  );
  float('letter-spacing', text.letterSpacing, 'LETTER_SPACING');
  return parts;
}

function readEffectStyle(node: Node): StyleReading {
  const effect = ((node.effects as Node[] | undefined) ?? []).find(
    (e) => e.visible !== false && (e.type === 'DROP_SHADOW' || e.type === 'INNER_SHADOW'),
  );
  if (!effect) return { skip: 'only drop and inner shadows are exported' };
  const offset = (effect.offset as { x: number; y: number } | undefined) ?? { x: 0, y: 0 };
  const float = (part: string, value: number): StylePart => ({
    part,
    resolvedType: 'FLOAT',
    value,
    scopes: ['EFFECT_FLOAT'],
  });
  return [
    {
      part: 'color',
      resolvedType: 'COLOR',
      value: effect.color as RGBA,
      scopes: ['EFFECT_COLOR'],
      described: true,
    },
    float('offset-x', offset.x),
    float('offset-y', offset.y),
    float('blur', Number(effect.radius ?? 0)),
    float('spread', Number(effect.spread ?? 0)),
  ];
}

const READERS: Partial<Record<string, (node: Node) => StyleReading>> = {
  FILL: readFillStyle,
  TEXT: readTextStyle,
  EFFECT: readEffectStyle,
};

function styleVariable(
  styleId: string,
  name: string,
  description: string,
  part: StylePart,
): LocalVariable {
  const id = `VariableID:style:${styleId}${part.part ? `:${part.part}` : ''}`;
  return {
    id,
    name: part.part ? `${name}/${part.part}` : name,
    key: id,
    variableCollectionId: COLLECTION_ID,
    resolvedType: part.resolvedType,
    valuesByMode: { [MODE_ID]: part.value },
    remote: false,
    description: part.described ? description : '',
    hiddenFromPublishing: false,
    scopes: part.scopes,
    codeSyntax: {},
  };
}

export function stylesToVariables(
  file: Pick<GetFileResponse, 'styles'>,
  nodes: GetFileNodesResponse['nodes'],
): StylesResult {
  const collection: LocalVariableCollection = {
    id: COLLECTION_ID,
    name: 'Styles',
    key: 'styles',
    modes: [{ modeId: MODE_ID, name: 'Value' }],
    defaultModeId: MODE_ID,
    remote: false,
    hiddenFromPublishing: false,
    variableIds: [],
  };
  const variables: Record<string, LocalVariable> = {};
  const skipped: StylesResult['skipped'] = [];
  for (const [styleId, style] of Object.entries(file.styles ?? {})) {
    const node = nodes[styleId]?.document as Node | undefined;
    const read = READERS[style.styleType];
    const reading: StyleReading = !node
      ? { skip: 'Figma returned no node for this style' }
      : read
        ? read(node)
        : { skip: `${style.styleType} styles are not exported` };
    if ('skip' in reading) {
      skipped.push({ name: style.name, reason: reading.skip });
      continue;
    }
    for (const part of reading) {
      const variable = styleVariable(styleId, style.name, style.description, part);
      variables[variable.id] = variable;
      collection.variableIds.push(variable.id);
    }
  }
  return { input: { variables, variableCollections: { [COLLECTION_ID]: collection } }, skipped };
}
