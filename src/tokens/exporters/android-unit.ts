/**
 * Android's unit for a dimension: `sp` for what sizes text, else `dp`. It matters beyond
 * looks: Compose's TextStyle takes font size, line height and letter spacing only as `sp`/`em`
 * TextUnits, so a font size written as `18.dp` does not compile where it is used, while a
 * padding written as `16.sp` does not compile in `Modifier.padding`. Figma says which with
 * scopes (FONT_SIZE…). Where the scopes do not say (DTCG files have none, and ALL_SCOPES allows
 * anything), the name does, by whole path segments: `font-size/300`, `text/xs/size`,
 * `line-height/tight`; never `padding/leading` or `context/textsize-max-width`. Which tokens a
 * typography token happens to use does not decide it: a scale would come out half in sp.
 */
import type { ModelToken } from '../model.ts';

const TEXT_SCOPES = ['FONT_SIZE', 'LINE_HEIGHT', 'LETTER_SPACING'] as const;
const TEXT_LENGTHS = new Set([
  'fontsize',
  'fontsizes',
  'textsize',
  'textsizes',
  'lineheight',
  'lineheights',
  'letterspacing',
  'letterspacings',
]);
const TEXT_GROUPS = new Set(['font', 'fonts', 'text', 'type', 'typography']);
const SIZES = new Set(['size', 'sizes']);

function namesTextLength(name: string): boolean {
  const segments = name.split('/').map((segment) => segment.toLowerCase().replace(/[-_\s]/g, ''));
  if (segments.some((segment) => TEXT_LENGTHS.has(segment))) return true;
  const group = segments.findIndex((segment) => TEXT_GROUPS.has(segment));
  return group !== -1 && segments.slice(group + 1).some((segment) => SIZES.has(segment));
}

export function androidUnit(token: Pick<ModelToken, 'scopes' | 'name'>): 'sp' | 'dp' {
  if (TEXT_SCOPES.some((scope) => token.scopes.includes(scope))) return 'sp';
  const scopesSay = token.scopes.length > 0 && !token.scopes.includes('ALL_SCOPES');
  return !scopesSay && namesTextLength(token.name) ? 'sp' : 'dp';
}
