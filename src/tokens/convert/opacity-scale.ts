/**
 * Figma shows an opacity variable as a percentage, and files hold it that way: Adobe Spectrum's
 * OPACITY-scoped variables run 0–95 (`opacity-disabled` is 30). CSS, SwiftUI and Compose
 * opacities run 0–1, so an opacity of 30 there is fully opaque. When any opacity in the file holds
 * a number above 1, every opacity is read as a percentage: code outputs divide by 100 (see
 * `plainNumber`), DTCG keeps Figma's numbers so that write-back sends back what Figma holds.
 */
import type { ConversionWarning, ModelToken } from '../model.ts';

export function markPercentOpacities(tokens: ModelToken[], warnings: ConversionWarning[]): void {
  const opacities = tokens.filter((token) => token.type === 'opacity');
  let example: { token: ModelToken; value: number } | undefined;
  for (const token of opacities) {
    for (const value of Object.values(token.values)) {
      if (value.kind === 'literal' && typeof value.value === 'number' && value.value > 1) {
        example = { token, value: value.value };
        break;
      }
    }
    if (example) break;
  }
  if (!example) return;
  for (const token of opacities) token.percent = true;
  warnings.push({
    code: 'opacity-percent',
    message: `Opacities in this file are percentages, as Figma shows them (“${example.token.name}” holds ${example.value}): code outputs write ${opacities.length === 1 ? 'it' : `all ${opacities.length}`} divided by 100 (${example.value} → ${example.value / 100}); DTCG keeps Figma's numbers.`,
    variableId: example.token.id,
    variableName: example.token.name,
  });
}
