/**
 * A DTCG colour in its own space, as CSS Color 4 writes it: `color(display-p3 1 0.5 0)`,
 * `oklch(0.7 0.1 30)`, `hsl(210 50% 40%)`. A wide-gamut colour clipped to sRGB hex loses what a
 * p3 screen shows (ΔE2000 up to 13 on dispersa's rec2020 greens); written so, it keeps it.
 */
import type { WrittenColor } from '../model.ts';
import { num } from '../number-text.ts';

/** Spaces CSS writes with color(), by DTCG's names (the same in CSS). */
const PREDEFINED = new Set([
  'srgb-linear',
  'display-p3',
  'a98-rgb',
  'prophoto-rgb',
  'rec2020',
  'xyz-d65',
  'xyz-d50',
]);
/** Spaces CSS writes as their own function; hsl and hwb take percentages. */
const FUNCTIONS = new Set(['hsl', 'hwb', 'lab', 'lch', 'oklab', 'oklch']);

export const CSS_COLOR_SPACES: ReadonlySet<string> = new Set([...PREDEFINED, ...FUNCTIONS]);

export function cssWrittenColor(color: WrittenColor): string {
  const part = (c: number | 'none', index: number) => {
    if (c === 'none') return 'none';
    const percent = (color.colorSpace === 'hsl' || color.colorSpace === 'hwb') && index > 0;
    return percent ? `${num(c)}%` : num(c);
  };
  const channels = color.components.map(part).join(' ');
  const alpha = color.alpha !== undefined && color.alpha < 1 ? ` / ${num(color.alpha)}` : '';
  return PREDEFINED.has(color.colorSpace)
    ? `color(${color.colorSpace} ${channels}${alpha})`
    : `${color.colorSpace}(${channels}${alpha})`;
}
