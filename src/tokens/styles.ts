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
  const add = (
    styleId: string,
    name: string,
    part: string,
    resolvedType: LocalVariable['resolvedType'],
    value: LocalVariable['valuesByMode'][string],
    scopes: VariableScope[],
    description = '',
  ) => {
    const id = `VariableID:style:${styleId}${part ? `:${part}` : ''}`;
    variables[id] = {
      id,
      name: part ? `${name}/${part}` : name,
      key: id,
      variableCollectionId: COLLECTION_ID,
      resolvedType,
      valuesByMode: { [MODE_ID]: value },
      remote: false,
      description,
      hiddenFromPublishing: false,
      scopes,
      codeSyntax: {},
    };
    collection.variableIds.push(id);
  };

  for (const [styleId, style] of Object.entries(file.styles ?? {})) {
    const node = nodes[styleId]?.document as Node | undefined;
    if (!node) {
      skipped.push({ name: style.name, reason: 'Figma returned no node for this style' });
      continue;
    }
    if (style.styleType === 'FILL') {
      const fill = ((node.fills as Node[] | undefined) ?? []).find((f) => f.visible !== false);
      if (fill?.type !== 'SOLID') {
        skipped.push({
          name: style.name,
          reason: `${String(fill?.type ?? 'no')} fills are not exported yet`,
        });
        continue;
      }
      const color = fill.color as RGBA;
      const opacity = typeof fill.opacity === 'number' ? fill.opacity : 1;
      add(
        styleId,
        style.name,
        '',
        'COLOR',
        { ...color, a: (color.a ?? 1) * opacity },
        ['ALL_FILLS'],
        style.description,
      );
    } else if (style.styleType === 'TEXT') {
      const text = node.style as Node | undefined;
      if (!text) {
        skipped.push({ name: style.name, reason: 'no type settings on the style node' });
        continue;
      }
      if (typeof text.fontFamily === 'string')
        add(
          styleId,
          style.name,
          'font-family',
          'STRING',
          text.fontFamily,
          ['FONT_FAMILY'],
          style.description,
        );
      if (typeof text.fontSize === 'number')
        add(styleId, style.name, 'font-size', 'FLOAT', text.fontSize, ['FONT_SIZE']);
      if (typeof text.fontWeight === 'number')
        add(styleId, style.name, 'font-weight', 'FLOAT', text.fontWeight, ['FONT_WEIGHT']);
      if (typeof text.lineHeightPx === 'number')
        add(
          styleId,
          style.name,
          'line-height',
          'FLOAT',
          Math.round(text.lineHeightPx * 100) / 100,
          ['LINE_HEIGHT'],
        );
      if (typeof text.letterSpacing === 'number')
        add(styleId, style.name, 'letter-spacing', 'FLOAT', text.letterSpacing, ['LETTER_SPACING']);
    } else if (style.styleType === 'EFFECT') {
      const effect = ((node.effects as Node[] | undefined) ?? []).find(
        (e) => e.visible !== false && (e.type === 'DROP_SHADOW' || e.type === 'INNER_SHADOW'),
      );
      if (!effect) {
        skipped.push({ name: style.name, reason: 'only drop and inner shadows are exported' });
        continue;
      }
      const offset = (effect.offset as { x: number; y: number } | undefined) ?? { x: 0, y: 0 };
      add(
        styleId,
        style.name,
        'color',
        'COLOR',
        effect.color as RGBA,
        ['EFFECT_COLOR'],
        style.description,
      );
      add(styleId, style.name, 'offset-x', 'FLOAT', offset.x, ['EFFECT_FLOAT']);
      add(styleId, style.name, 'offset-y', 'FLOAT', offset.y, ['EFFECT_FLOAT']);
      add(styleId, style.name, 'blur', 'FLOAT', Number(effect.radius ?? 0), ['EFFECT_FLOAT']);
      add(styleId, style.name, 'spread', 'FLOAT', Number(effect.spread ?? 0), ['EFFECT_FLOAT']);
    } else {
      skipped.push({ name: style.name, reason: `${style.styleType} styles are not exported` });
    }
  }
  return { input: { variables, variableCollections: { [COLLECTION_ID]: collection } }, skipped };
}
