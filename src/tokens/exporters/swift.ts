/**
 * Swift (SwiftUI): an enum per collection, a nested enum per mode, static constants with resolved
 * values. Pixels stay points (no ×16 as Style Dictionary does); colours are sRGB with alpha.
 * Enum names never shadow the types the file or SwiftUI code uses (`Color`, `Type`…), and every
 * name is unique in its enum after camelCase (`gray-50` and `gray50`).
 */
import type { ConversionWarning, Literal, ModelToken, TokenModel } from '../model.ts';
import {
  SWIFT_TYPE_NAMES,
  swiftIdentifier,
  swiftIdentifierAsWritten,
  swiftTypeName,
} from '../names.ts';
import { createResolver } from '../resolve.ts';
import type { CodeSyntaxOption } from './code-syntax.ts';
import { codeSyntaxNamer } from './code-syntax.ts';
import { nativeMemberNames } from './native-names.ts';
import { claimTypeName, collectionOwner, modeOwner, NameScope } from './name-scope.ts';
import type { OutputFile } from './shared.ts';
import {
  channel,
  collectionsWithTokens,
  escapeControls,
  GENERATED,
  num,
  plainNumber,
} from './shared.ts';
import { isColor } from '../color.ts';
import { intended } from '../number-text.ts';

const SWIFT_MEMBERS = {
  typeLabel: 'Swift enum',
  platform: 'iOS',
  identifier: swiftIdentifier,
  asWritten: swiftIdentifierAsWritten,
} as const;

/** Swift has no surrogate scalars: an unpaired one becomes U+FFFD, everything else `\u{…}`. */
export function swiftString(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return `"${escapeControls(escaped, (code) =>
    code >= 0xd800 && code <= 0xdfff ? '\\u{FFFD}' : `\\u{${code.toString(16).toUpperCase()}}`,
  )}"`;
}

function swiftValue(token: ModelToken, value: Literal): { type: string; code: string } {
  if (isColor(value)) {
    const [r, g, b] = value.components;
    return {
      type: 'Color',
      code: `Color(.sRGB, red: ${channel(r)}, green: ${channel(g)}, blue: ${channel(b)}, opacity: ${channel(value.alpha)})`,
    };
  }
  if (typeof value === 'boolean') return { type: 'Bool', code: String(value) };
  if (typeof value === 'string') return { type: 'String', code: swiftString(value) };
  if (token.type === 'dimension') return { type: 'CGFloat', code: num(value) };
  // Foundation's durations are seconds (animations, timers); the model holds milliseconds.
  if (token.type === 'duration') return { type: 'TimeInterval', code: num(intended(value) / 1000) };
  return { type: 'Double', code: num(plainNumber(token, value)) };
}

const SWIFT_RESERVED = { names: SWIFT_TYPE_NAMES, platform: 'Swift' };

export function buildSwift(
  model: TokenModel,
  options: CodeSyntaxOption = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const resolve = createResolver(model);
  const lines = [`// ${GENERATED}`, 'import SwiftUI', ''];
  const fileScope = new NameScope('Swift', warnings);
  const designed = codeSyntaxNamer(model.tokens, 'iOS', options);
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    const enumName = claimTypeName(
      swiftTypeName([collection.slug]),
      { ...SWIFT_RESERVED, suffix: 'Tokens' },
      collectionOwner(collection),
      fileScope,
      warnings,
    );
    const constants = nativeMemberNames(SWIFT_MEMBERS, collection, tokens, designed, warnings);
    const modeScope = new NameScope(`Swift enum ${enumName}`, warnings);
    modeScope.reserve([enumName], `the enclosing enum ${enumName}`);
    lines.push(`public enum ${enumName} {`);
    for (const mode of collection.modes) {
      const modeName = claimTypeName(
        swiftTypeName([mode.slug]),
        { ...SWIFT_RESERVED, suffix: 'Mode' },
        modeOwner(mode, collection),
        modeScope,
        warnings,
      );
      lines.push(`    public enum ${modeName} {`);
      for (const token of tokens) {
        const literal = resolve(token, mode.id);
        if (literal === undefined) continue;
        const { type, code } = swiftValue(token, literal);
        lines.push(`        public static let ${constants.get(token.id)}: ${type} = ${code}`);
      }
      lines.push('    }');
    }
    lines.push('}', '');
  }
  return [{ path: 'Tokens.swift', contents: lines.join('\n'), mediaType: 'text/x-swift' }];
}
