/**
 * Android's unit for a dimension: `sp` for what sizes text, else `dp`. It matters beyond
 * looks: Compose's TextStyle takes font size, line height and letter spacing only as `sp`/`em`
 * TextUnits, so a font size written as `18.dp` does not compile where it is used, while a
 * component size written as `40.sp` does not compile in `Modifier.size`. Figma says which with
 * scopes (FONT_SIZE…). Where the scopes do not say (DTCG files have none, and ALL_SCOPES allows
 * anything), the name's words do: `font-size-sm`, `fontSizeSm`, `font/size/300`,
 * `line-height-tight`, `letter-spacing/wide`, a type scale's `text/xs/size`, Tailwind's
 * `leading/tight`. Not `text/field/size`, `padding/leading` or `textsize-max-width`. Which
 * tokens a typography token happens to use does not decide it: a scale would come out half in sp.
 */
import type { ModelToken } from '../model.ts';

const TEXT_SCOPES = ['FONT_SIZE', 'LINE_HEIGHT', 'LETTER_SPACING'] as const;
/** Word pairs (and their one-word spellings) that name a length of text. */
const TEXT_LENGTHS = [
  ['font', 'size'],
  ['text', 'size'],
  ['line', 'height'],
  ['letter', 'spacing'],
] as const;
const ONE_WORD = new Set(TEXT_LENGTHS.map(([a, b]) => `${a}${b}`));
const TEXT_GROUPS = new Set(['font', 'text', 'type', 'typography']);
/** Steps of a type scale: `text/xs/size`, `font/2xl/size`, `type/300/size`. */
const SCALE_STEP = /^(\d*x[sl]|sm|md|lg|base|\d+)$/;
/** Tailwind names line height and letter spacing so: `leading/tight`, `tracking/wide`. */
const TAILWIND_GROUPS = new Set(['leading', 'tracking']);
/** After a text length, these make it a box's measure: `textsize-max-width`. */
const BOX = new Set(['width', 'height']);

/** `fontSizeSm/Body-2` → [["font","size","sm"],["body","2"]]. */
function wordsOf(name: string): string[][] {
  return name.split('/').map((segment) =>
    segment
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[-_\s.]+/)
      .filter((word) => word !== ''),
  );
}

function namesTextLength(name: string): boolean {
  const segments = wordsOf(name);
  const words = segments.flat();
  for (let i = 0; i < words.length; i++) {
    const pair = TEXT_LENGTHS.some(([a, b]) => words[i] === a && words[i + 1] === b);
    if (!pair && !ONE_WORD.has(words[i]!)) continue;
    const rest = words.slice(i + (pair ? 2 : 1));
    if (!rest.some((word) => BOX.has(word))) return true;
  }
  for (let s = 0; s + 2 < segments.length; s++) {
    const [group, step, size] = [segments[s], segments[s + 1], segments[s + 2]];
    if (group?.length === 1 && TEXT_GROUPS.has(group[0]!) && step?.length === 1)
      if (SCALE_STEP.test(step[0]!) && size?.length === 1 && size[0] === 'size') return true;
  }
  return segments
    .slice(0, -1)
    .some((segment) => segment.length === 1 && TAILWIND_GROUPS.has(segment[0]!));
}

export function androidUnit(token: Pick<ModelToken, 'scopes' | 'name'>): 'sp' | 'dp' {
  if (TEXT_SCOPES.some((scope) => token.scopes.includes(scope))) return 'sp';
  const scopesSay = token.scopes.length > 0 && !token.scopes.includes('ALL_SCOPES');
  return !scopesSay && namesTextLength(token.name) ? 'sp' : 'dp';
}
