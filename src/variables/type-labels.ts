import type { FloatType, TokenType } from '../tokens/model';

/** How the UI names token types, everywhere a type is shown or chosen. */
export const TYPE_LABELS: Record<TokenType, string> = {
  color: 'Colour',
  dimension: 'Dimension (px)',
  number: 'Number',
  fontWeight: 'Font weight',
  opacity: 'Opacity',
  duration: 'Duration (ms)',
  fontFamily: 'Font family',
  string: 'String',
  boolean: 'Boolean',
  shadow: 'Shadow',
  typography: 'Typography',
  border: 'Border',
  transition: 'Transition',
  gradient: 'Gradient',
  cubicBezier: 'Cubic Bézier',
  strokeStyle: 'Stroke style',
};

export const FLOAT_TYPES: FloatType[] = [
  'dimension',
  'number',
  'fontWeight',
  'opacity',
  'duration',
];
