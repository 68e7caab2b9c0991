/**
 * Android: XML resources (colours `#AARRGGBB`, dimensions in dp — sp for font sizes — floats,
 * integers, strings, bools) with aliases kept as `@color/target` references; dark-like modes go
 * to `values-night/`. And Jetpack Compose: Kotlin objects per collection and mode.
 */
import type {
  ConversionWarning,
  Literal,
  ModelCollection,
  ModelMode,
  ModelToken,
  TokenModel,
  TokenValue,
} from '../model.ts';
import { androidResourceName, kotlinIdentifier } from '../names.ts';
import { createResolver } from '../resolve.ts';
import type { OutputFile } from './shared.ts';
import {
  collectionsWithTokens,
  differsFromDefault,
  GENERATED,
  hexArgb,
  isDarkMode,
  num,
} from './shared.ts';
import { isColor } from '../color.ts';

function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Android string resources also treat quotes, apostrophes, @ and ? specially. */
function androidString(value: string): string {
  return xmlText(value)
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/^([@?])/, '\\$1');
}

function resourceType(token: ModelToken): string {
  if (token.type === 'color') return 'color';
  if (token.type === 'dimension') return 'dimen';
  if (token.type === 'boolean') return 'bool';
  if (token.type === 'fontWeight') return 'integer';
  if (token.type === 'string' || token.type === 'fontFamily') return 'string';
  return 'item';
}

function resourceLine(
  name: string,
  token: ModelToken,
  value: TokenValue,
  names: Map<string, string>,
): string | undefined {
  const type = resourceType(token);
  if (value.kind === 'alias') {
    const target = names.get(value.targetId);
    if (!target) return undefined;
    return type === 'item'
      ? `    <item name="${name}" format="float" type="dimen">@dimen/${target}</item>`
      : `    <${type} name="${name}">@${type}/${target}</${type}>`;
  }
  const literal: Literal = value.value;
  if (isColor(literal)) return `    <color name="${name}">#${hexArgb(literal)}</color>`;
  if (typeof literal === 'boolean') return `    <bool name="${name}">${literal}</bool>`;
  if (typeof literal === 'string')
    return `    <string name="${name}">${androidString(literal)}</string>`;
  if (type === 'dimen')
    return `    <dimen name="${name}">${num(literal)}${token.scopes.includes('FONT_SIZE') ? 'sp' : 'dp'}</dimen>`;
  if (type === 'integer') return `    <integer name="${name}">${Math.round(literal)}</integer>`;
  return `    <item name="${name}" format="float" type="dimen">${num(literal)}</item>`;
}

function modeFolder(
  collection: ModelCollection,
  mode: ModelMode,
): { folder: string; suffix: string } {
  if (mode.id === collection.defaultModeId) return { folder: 'values', suffix: '' };
  if (isDarkMode(mode.name)) return { folder: 'values-night', suffix: '' };
  return { folder: 'values', suffix: `_${androidResourceName([mode.slug])}` };
}

export function buildAndroidXml(
  model: TokenModel,
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const names = new Map<string, string>();
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const token of tokens)
      names.set(token.id, androidResourceName([collection.slug, ...token.slugPath]));
  }
  const files = new Map<string, string[]>();
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    for (const mode of collection.modes) {
      const { folder, suffix } = modeFolder(collection, mode);
      if (suffix && collection.modes.length > 2) {
        warnings.push({
          code: 'selector-fallback',
          message: `Android has no resource qualifier for mode “${mode.name}” of “${collection.name}”; its resources end in ${suffix}.`,
          collectionName: collection.name,
        });
      }
      const path = `android/res/${folder}/tokens.xml`;
      const lines = files.get(path) ?? [];
      for (const token of tokens) {
        const value = token.values[mode.id];
        if (!value) continue;
        // values-night only overrides; suffixed resources must be complete.
        if (
          mode.id !== collection.defaultModeId &&
          !suffix &&
          !differsFromDefault(token, collection, mode.id)
        )
          continue;
        const line = resourceLine(`${names.get(token.id)}${suffix}`, token, value, names);
        if (line) lines.push(line);
      }
      files.set(path, lines);
    }
  }
  return [...files].map(([path, lines]) => ({
    path,
    contents: `<?xml version="1.0" encoding="utf-8"?>\n<!-- ${GENERATED} -->\n<resources>\n${lines.join('\n')}\n</resources>\n`,
    mediaType: 'application/xml',
  }));
}

function kotlinString(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$').replace(/\n/g, '\\n').replace(/\r/g, '\\r')}"`;
}

function kotlinValue(token: ModelToken, literal: Literal): string {
  if (isColor(literal)) return `Color(0x${hexArgb(literal)})`;
  if (typeof literal === 'boolean') return String(literal);
  if (typeof literal === 'string') return kotlinString(literal);
  if (token.type === 'dimension')
    return `${num(literal)}.${token.scopes.includes('FONT_SIZE') ? 'sp' : 'dp'}`;
  if (token.type === 'fontWeight') return `FontWeight(${Math.round(literal)})`;
  return `${num(literal)}f`;
}

export function buildCompose(model: TokenModel): OutputFile[] {
  const resolve = createResolver(model);
  const lines = [
    `// ${GENERATED}`,
    'package tokens',
    '',
    'import androidx.compose.ui.graphics.Color',
    'import androidx.compose.ui.text.font.FontWeight',
    'import androidx.compose.ui.unit.dp',
    'import androidx.compose.ui.unit.sp',
    '',
  ];
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    lines.push(`object ${kotlinIdentifier([collection.slug], true)} {`);
    for (const mode of collection.modes) {
      lines.push(`    object ${kotlinIdentifier([mode.slug], true)} {`);
      for (const token of tokens) {
        const literal = resolve(token, mode.id);
        if (literal !== undefined)
          lines.push(
            `        val ${kotlinIdentifier(token.slugPath)} = ${kotlinValue(token, literal)}`,
          );
      }
      lines.push('    }');
    }
    lines.push('}', '');
  }
  return [{ path: 'android/Tokens.kt', contents: lines.join('\n'), mediaType: 'text/x-kotlin' }];
}
