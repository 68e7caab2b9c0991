/**
 * A token with no value in its collection's default mode (an alias to a variable the file does
 * not hold, say) but a value in another. Outputs with a base that every mode overrides — CSS's
 * `:root`, SCSS, Tailwind's `@theme`, Android's `values/` — need a value there or break (an
 * undefined Sass variable, a resource missing outside night mode), so they take the first mode's
 * that has one; the others leave the mode out. Said once per token, here.
 */
import type { ConversionWarning, ModelCollection, ModelToken } from '../model.ts';

export function warnDefaultFromOtherMode(
  tokens: readonly ModelToken[],
  collectionById: ReadonlyMap<string, ModelCollection>,
  warnings: ConversionWarning[],
): void {
  for (const token of tokens) {
    const collection = collectionById.get(token.collectionId);
    if (!collection || token.values[collection.defaultModeId]) continue;
    const other = collection.modes.find((mode) => token.values[mode.id]);
    const defaultMode = collection.modes.find((mode) => mode.id === collection.defaultModeId);
    if (!other || !defaultMode) continue;
    warnings.push({
      code: 'missing-mode-value',
      message: `“${token.name}” has no value in the default mode “${defaultMode.name}”: CSS :root, SCSS, Tailwind and Android values/, which need one, use its “${other.name}” value there; the other outputs leave that mode out.`,
      variableId: token.id,
      variableName: token.name,
      collectionName: collection.name,
      modeName: defaultMode.name,
    });
  }
}
