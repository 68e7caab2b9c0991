/**
 * Swift (SwiftUI): an enum per collection, a nested enum per mode, static constants with resolved
 * values. Pixels stay points (no ×16 as Style Dictionary does); colours are sRGB with alpha.
 */
import type { Literal, ModelToken, TokenModel } from '../model.ts';
import { swiftIdentifier } from '../names.ts';
import { createResolver } from '../resolve.ts';
import type { OutputFile } from './shared.ts';
import { collectionsWithTokens, GENERATED, num } from './shared.ts';
import { isColor } from '../color.ts';

export function swiftString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
}

function swiftValue(token: ModelToken, value: Literal): { type: string; code: string } {
  if (isColor(value)) {
    const [r, g, b] = value.components;
    return {
      type: 'Color',
      code: `Color(.sRGB, red: ${num(r)}, green: ${num(g)}, blue: ${num(b)}, opacity: ${num(value.alpha)})`,
    };
  }
  if (typeof value === 'boolean') return { type: 'Bool', code: String(value) };
  if (typeof value === 'string') return { type: 'String', code: swiftString(value) };
  if (token.type === 'dimension') return { type: 'CGFloat', code: num(value) };
  if (token.type === 'fontWeight') return { type: 'Double', code: num(value) };
  return { type: 'Double', code: num(value) };
}

export function buildSwift(model: TokenModel): OutputFile[] {
  const resolve = createResolver(model);
  const lines = [`// ${GENERATED}`, 'import SwiftUI', ''];
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    lines.push(`public enum ${swiftIdentifier([collection.slug], true)} {`);
    for (const mode of collection.modes) {
      lines.push(`    public enum ${swiftIdentifier([mode.slug], true)} {`);
      for (const token of tokens) {
        const literal = resolve(token, mode.id);
        if (literal === undefined) continue;
        const { type, code } = swiftValue(token, literal);
        lines.push(
          `        public static let ${swiftIdentifier(token.slugPath)}: ${type} = ${code}`,
        );
      }
      lines.push('    }');
    }
    lines.push('}', '');
  }
  return [{ path: 'Tokens.swift', contents: lines.join('\n'), mediaType: 'text/x-swift' }];
}
