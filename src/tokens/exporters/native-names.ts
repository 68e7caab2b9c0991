/**
 * Member names for the native exporters (a Swift enum's constants, a Kotlin object's vals): the
 * designer's codeSyntax name for the platform when set, else the token's path, made a legal
 * identifier and unique within the collection's type.
 */
import type { ConversionWarning, ModelCollection, ModelToken } from '../model.ts';
import { withoutBackticks } from '../names.ts';
import type { CodePlatform } from './code-syntax.ts';
import { NameScope, tokenOwner } from './name-scope.ts';

export interface NativeNaming {
  /** How warnings name the type, e.g. `Swift enum`. */
  typeLabel: string;
  platform: Exclude<CodePlatform, 'WEB'>;
  identifier: (parts: string[]) => string;
  /**
   * A designed (codeSyntax) name as written, when the language takes it. Swift's iOS names are
   * its own identifiers; Android's are resource names (`gap_half`), which Kotlin camel-cases.
   */
  asWritten?: (name: string) => string | undefined;
}

/** Token id → member name, shared by every mode of the collection. */
export function nativeMemberNames(
  naming: NativeNaming,
  collection: ModelCollection,
  tokens: ModelToken[],
  designedName: (token: ModelToken) => string | undefined,
  warnings: ConversionWarning[],
): Map<string, string> {
  const scope = new NameScope(`${naming.typeLabel} of “${collection.name}”`, warnings);
  const names = new Map<string, string>();
  for (const token of tokens) {
    const designed = designedName(token);
    const base = designed
      ? (naming.asWritten?.(designed) ?? naming.identifier([designed]))
      : naming.identifier(token.slugPath);
    names.set(
      token.id,
      scope.claim(
        base,
        tokenOwner(token, collection),
        (suffix) => `${withoutBackticks(base)}_${suffix}`,
      ),
    );
  }
  return names;
}
