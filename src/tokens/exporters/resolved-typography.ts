/**
 * A typography token's members with every reference followed, in the mode the reading started in
 * (as resolve.ts reads alias chains), for outputs that hold resolved values: Compose's TextStyle.
 */
import type { LiteralTokenValue, ModelToken, TokenModel } from '../model.ts';
import { isRecord } from '../import/errors.ts';
import { createEndResolver, createModeMapper, createValueResolver } from '../resolve.ts';

export interface Measure {
  value: number;
  unit: string;
}

export interface ResolvedTypography {
  fontFamily?: string[];
  fontSize?: Measure;
  fontWeight?: number | string;
  letterSpacing?: Measure;
  lineHeight?: number | Measure;
}

/** A referenced token's literal as a DTCG file would write it inside a typography value. */
function asWritten(target: ModelToken, literal: LiteralTokenValue): unknown {
  const value = literal.value;
  if (target.type === 'fontFamily' && typeof value === 'string')
    return literal.fontStack ?? [value];
  if (target.type === 'dimension' && typeof value === 'number')
    return literal.rem ? { value: value / 16, unit: 'rem' } : { value, unit: 'px' };
  return value;
}

const isMeasure = (value: unknown): value is Measure =>
  isRecord(value) && typeof value.value === 'number' && typeof value.unit === 'string';

export function createTypographyResolver(model: TokenModel) {
  const end = createEndResolver(model);
  const literalOf = createValueResolver(model);
  const modeFor = createModeMapper(model);
  return (token: ModelToken, modeId: string): ResolvedTypography | undefined => {
    const found = end(token, modeId);
    if (found?.value.kind !== 'composite' || found.token.type !== 'typography') return undefined;
    const { value, references } = found.value;
    if (!isRecord(value)) return undefined;
    const at = (path: (string | number)[], written: unknown): unknown => {
      const reference = references.find(
        (r) => r.at.length === path.length && r.at.every((step, i) => step === path[i]),
      );
      if (!reference) return written;
      const target = model.byId.get(reference.targetId);
      const literal = target && literalOf(target, modeFor(token, modeId, target));
      return target && literal ? asWritten(target, literal) : undefined;
    };
    const family = at(['fontFamily'], value.fontFamily);
    const fontFamily =
      typeof family === 'string'
        ? [family]
        : Array.isArray(family)
          ? family.flatMap((member: unknown, i) => {
              const one = at(['fontFamily', i], member);
              return Array.isArray(one) ? one : typeof one === 'string' ? [one] : [];
            })
          : undefined;
    const fontSize = at(['fontSize'], value.fontSize);
    const fontWeight = at(['fontWeight'], value.fontWeight);
    const letterSpacing = at(['letterSpacing'], value.letterSpacing);
    const lineHeight = at(['lineHeight'], value.lineHeight);
    return {
      ...(fontFamily ? { fontFamily } : {}),
      ...(isMeasure(fontSize) ? { fontSize } : {}),
      ...(typeof fontWeight === 'number' || typeof fontWeight === 'string' ? { fontWeight } : {}),
      ...(isMeasure(letterSpacing) ? { letterSpacing } : {}),
      ...(typeof lineHeight === 'number' || isMeasure(lineHeight) ? { lineHeight } : {}),
    };
  };
}
