/**
 * Style Dictionary 4 as the reference engine. SD has no modes, so each mode is one SD run over
 * all tokens with that mode's values (the usual way to theme with SD), its CSS scoped to the
 * selector Tokenport gives the mode. SD 4 reads the pre-2025 DTCG value forms (colour and
 * dimension strings), so its input is the converted model written in those forms; building that
 * input is not timed, only SD's own work from tokens to CSS text.
 */
import StyleDictionary from 'style-dictionary';
import { modeSelectorText } from '../src/tokens/catalog.ts';
import { isColor } from '../src/tokens/color.ts';
import type { ModelCollection, ModelToken, TokenModel, TokenValue } from '../src/tokens/model.ts';
import { hexRgba } from '../src/tokens/exporters/shared.ts';

/** One theme: a selector and the mode chosen per collection (default mode where absent). */
export interface Permutation {
  selector: string;
  modeByCollection: Map<string, string>;
}

export function permutationsOf(model: TokenModel): Permutation[] {
  const permutations: Permutation[] = [{ selector: ':root', modeByCollection: new Map() }];
  for (const collection of model.collections) {
    for (const mode of collection.modes) {
      if (mode.id === collection.defaultModeId) continue;
      permutations.push({
        selector: modeSelectorText(collection, mode, 'data-attribute'),
        modeByCollection: new Map([[collection.id, mode.id]]),
      });
    }
  }
  return permutations;
}

type Group = { [key: string]: Group | { $type: string; $value: unknown } };

function sdValue(model: TokenModel, token: ModelToken, value: TokenValue): unknown {
  if (value.kind === 'alias') {
    const target = model.byId.get(value.targetId)!;
    const home = model.collections.find((c) => c.id === target.collectionId)!;
    return `{${[home.slug, ...target.slugPath].join('.')}}`;
  }
  // The bench's input is Figma's: no composite tokens.
  if (value.kind === 'composite') return value.value;
  if (isColor(value.value)) return hexRgba(value.value);
  if (token.type === 'dimension' && typeof value.value === 'number') return `${value.value}px`;
  return value.value;
}

const SD_TYPES: Partial<Record<ModelToken['type'], string>> = {
  opacity: 'number',
  fontWeight: 'number',
};

function tokensFor(model: TokenModel, permutation: Permutation): Group {
  const root: Group = {};
  const byId = new Map<string, ModelCollection>(model.collections.map((c) => [c.id, c]));
  for (const token of model.tokens) {
    const collection = byId.get(token.collectionId)!;
    const modeId = permutation.modeByCollection.get(collection.id) ?? collection.defaultModeId;
    const value = token.values[modeId] ?? token.values[collection.defaultModeId];
    if (!value) continue;
    let group = root;
    for (const segment of [collection.slug, ...token.slugPath.slice(0, -1)])
      group = (group[segment] ??= {}) as Group;
    group[token.slugPath.at(-1)!] = {
      $type: SD_TYPES[token.type] ?? token.type,
      $value: sdValue(model, token, value),
    };
  }
  return root;
}

/** SD's inputs, as JSON text so every timed run starts from fresh objects. */
export function styleDictionaryInputs(model: TokenModel): { selector: string; json: string }[] {
  return permutationsOf(model).map((permutation) => ({
    selector: permutation.selector,
    json: JSON.stringify(tokensFor(model, permutation)),
  }));
}

/** One SD 4 build per permutation; CSS text by selector. */
export async function styleDictionaryCss(
  inputs: readonly { selector: string; tokens: Group }[],
): Promise<Map<string, string>> {
  const css = new Map<string, string>();
  for (const { selector, tokens } of inputs) {
    const sd = new StyleDictionary({
      tokens,
      usesDtcg: true,
      log: { verbosity: 'silent', warnings: 'disabled' },
      platforms: {
        css: {
          transforms: ['attribute/cti', 'name/kebab', 'color/css'],
          files: [
            {
              destination: 'tokens.css',
              format: 'css/variables',
              options: { outputReferences: true, selector },
            },
          ],
        },
      },
    });
    const [file] = await sd.formatPlatform('css');
    css.set(selector, String(file?.output ?? ''));
  }
  return css;
}

export type { Group as StyleDictionaryTokens };
