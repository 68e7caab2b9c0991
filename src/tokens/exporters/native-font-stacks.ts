/**
 * A font family token written as a stack (`["Inter", "sans-serif"]`) is one name on Swift,
 * Android and Compose, which load a font by name and have no fallback list: they write the first
 * family, as Figma holds it. The fallbacks are named in one warning per output rather than
 * dropped unsaid; CSS, SCSS, JS, TS, Tailwind and DTCG keep the whole stack.
 */
import type { ConversionWarning, TokenModel } from '../model.ts';
import { someNames } from './shared.ts';

export function warnFontStacksCut(
  model: TokenModel,
  formatLabel: string,
  warnings: ConversionWarning[],
): void {
  const cut = model.tokens.filter(
    (token) =>
      token.type === 'fontFamily' &&
      Object.values(token.values).some(
        (value) => value.kind === 'literal' && (value.fontStack?.length ?? 0) > 1,
      ),
  );
  if (cut.length === 0) return;
  warnings.push({
    code: 'font-stack-first-family',
    message: `${formatLabel}: ${cut.length} font stack(s) (${someNames(cut.map((token) => token.name))}) are written as their first family: ${formatLabel} loads a font by name and has no fallback list. CSS, SCSS, JavaScript, TypeScript, Tailwind and DTCG keep the whole stack.`,
  });
}
