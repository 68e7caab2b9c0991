/**
 * A typography token's members with every reference followed, in the mode the reading started in
 * (as resolve.ts reads alias chains), for outputs that hold resolved values: Compose's TextStyle
 * and Android's TextView styles.
 */
import type { ConversionWarning, LiteralTokenValue, ModelToken, TokenModel } from '../model.ts';
import { FONT_WEIGHT_NUMBERS } from '../font-weights.ts';
import { someNames } from './shared.ts';
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

/** A length in px (a rem at 16): what Android's sp and Compose's `.sp` count. */
export function pxOf(measure: Measure): number {
  return measure.unit === 'rem' ? measure.value * 16 : measure.value;
}

/**
 * A number a native file can hold; else undefined, and `tooLarge` learns of it: a valid 1e308rem
 * is Infinity in px, which neither aapt nor kotlinc reads.
 */
export function finite(value: number | undefined, tooLarge: () => void): number | undefined {
  if (value === undefined || Number.isFinite(value)) return value;
  tooLarge();
  return undefined;
}

/** One warning naming the typography tokens with a member left out as too large. */
export function warnTooLarge(
  tokenNames: readonly string[],
  platform: string,
  warnings: ConversionWarning[],
): void {
  if (tokenNames.length === 0) return;
  warnings.push({
    code: 'composite-not-written',
    message: `${platform}: a size of ${someNames([...new Set(tokenNames)])} is too large to write (not a finite number in px), so it is not in the output.`,
  });
}

/** A weight as a number from 1 to 1000 (DTCG's names, like `bold`, as their numbers). */
export function weightOf(typography: ResolvedTypography): number | undefined {
  const weight =
    typeof typography.fontWeight === 'string'
      ? FONT_WEIGHT_NUMBERS[typography.fontWeight]
      : typography.fontWeight;
  return weight === undefined ? undefined : Math.min(1000, Math.max(1, Math.round(weight)));
}

const GENERIC_FAMILIES = new Set(['sans-serif', 'serif', 'monospace', 'cursive', 'system-ui']);

/**
 * The stack's generic fallback (`sans-serif`…), the one family Android and Compose have without
 * font resources; the named families before it are added to `named` for one warning.
 */
export function genericFamily(
  typography: ResolvedTypography,
  named: Set<string>,
): string | undefined {
  for (const family of typography.fontFamily ?? []) {
    if (GENERIC_FAMILIES.has(family.toLowerCase())) return family.toLowerCase();
    named.add(family);
  }
  return undefined;
}

/** One warning naming the families a native output could not write (see genericFamily). */
export function warnNamedFamilies(
  families: Set<string>,
  platform: string,
  advice: string,
  warnings: ConversionWarning[],
): void {
  if (families.size === 0) return;
  warnings.push({
    code: 'composite-not-written',
    message: `${platform}: typography names the font famil${families.size === 1 ? 'y' : 'ies'} ${someNames([...families])}, which ${advice}`,
  });
}
