/**
 * Jetpack Compose: a Kotlin object per collection, a nested object per mode, `val`s with resolved
 * values (`Color(0xAARRGGBB)`, `.dp`, `.sp`, `FontWeight(n)`, a typography token a `TextStyle`). Object names never shadow the types
 * the file imports (`Color`, `FontWeight`…) and names stay unique after camelCase.
 */
import type { ConversionWarning, Literal, ModelToken, TokenModel } from '../model.ts';
import { KOTLIN_TYPE_NAMES, kotlinIdentifier, withoutBackticks } from '../names.ts';
import { createResolver } from '../resolve.ts';
import {
  createTypographyResolver,
  finite,
  genericFamily,
  pxOf,
  warnNamedFamilies,
  warnTooLarge,
  weightOf,
} from './resolved-typography.ts';
import type { Measure, ResolvedTypography } from './resolved-typography.ts';
import type { CodeSyntaxOption } from './code-syntax.ts';
import { codeSyntaxNamer } from './code-syntax.ts';
import { nativeMemberNames } from './native-names.ts';
import { claimTypeName, collectionOwner, modeOwner, NameScope } from './name-scope.ts';
import type { OutputFile } from './shared.ts';
import {
  collectionsWithTokens,
  escapeControls,
  GENERATED,
  hex4,
  hexArgb,
  num,
  plainNumber,
  wholeMilliseconds,
} from './shared.ts';
import { isColor } from '../color.ts';
import { androidUnit } from './android-unit.ts';

const KOTLIN_MEMBERS = {
  typeLabel: 'Kotlin object',
  platform: 'ANDROID',
  identifier: kotlinIdentifier,
} as const;

const KOTLIN_RESERVED = { names: KOTLIN_TYPE_NAMES, platform: 'Kotlin' };

export function kotlinString(value: string): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\$/g, '\\$');
  return `"${escapeControls(escaped, (code) => `\\u${hex4(code)}`)}"`;
}

function kotlinValue(token: ModelToken, literal: Literal, warnings: ConversionWarning[]): string {
  if (isColor(literal)) return `Color(0x${hexArgb(literal)})`;
  if (typeof literal === 'boolean') return String(literal);
  if (typeof literal === 'string') return kotlinString(literal);
  if (token.type === 'dimension') return `${num(literal)}.${androidUnit(token)}`;
  if (token.type === 'fontWeight') return `FontWeight(${Math.round(literal)})`;
  if (token.type === 'duration')
    return String(wholeMilliseconds(token, literal, 'Compose', warnings));
  return `${num(plainNumber(token, literal))}f`;
}

/** Compose's FontFamily for each generic family, by its CSS name. */
const COMPOSE_FAMILIES: Record<string, string> = {
  'sans-serif': 'SansSerif',
  serif: 'Serif',
  monospace: 'Monospace',
  cursive: 'Cursive',
  'system-ui': 'Default',
};

/**
 * A typography token as a TextStyle. Compose loads named fonts from resources, so a family is
 * written only when the stack ends at a generic one (its fallback); the named families are
 * collected for one warning.
 */
function textStyle(
  typography: ResolvedTypography,
  seen: { namedFamilies: Set<string>; tooLarge: () => void },
): string {
  const args: string[] = [];
  const spOf = (measure: Measure | undefined) => {
    const px = finite(measure && pxOf(measure), seen.tooLarge);
    return px === undefined ? undefined : `${num(px)}.sp`;
  };
  const generic = genericFamily(typography, seen.namedFamilies);
  if (generic) args.push(`fontFamily = FontFamily.${COMPOSE_FAMILIES[generic]}`);
  const fontSize = spOf(typography.fontSize);
  if (fontSize) args.push(`fontSize = ${fontSize}`);
  const weight = weightOf(typography);
  if (weight !== undefined) args.push(`fontWeight = FontWeight(${weight})`);
  const letterSpacing = spOf(typography.letterSpacing);
  if (letterSpacing) args.push(`letterSpacing = ${letterSpacing}`);
  const lineHeight = typography.lineHeight;
  // A unitless line height multiplies the font size, as Compose's `em` does.
  if (typeof lineHeight === 'number') args.push(`lineHeight = ${num(lineHeight)}.em`);
  else {
    const sp = spOf(lineHeight);
    if (sp) args.push(`lineHeight = ${sp}`);
  }
  return `TextStyle(${args.join(', ')})`;
}

export function buildCompose(
  model: TokenModel,
  options: CodeSyntaxOption = {},
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const resolve = createResolver(model);
  const typographyOf = createTypographyResolver(model);
  const namedFamilies = new Set<string>();
  const tooLarge: string[] = [];
  // TextStyle's imports only where a typography token needs them: other files stay as they were.
  const styled = model.tokens.some((token) => token.type === 'typography');
  const lines = [
    `// ${GENERATED}`,
    'package tokens',
    '',
    'import androidx.compose.ui.graphics.Color',
    ...(styled
      ? [
          'import androidx.compose.ui.text.TextStyle',
          'import androidx.compose.ui.text.font.FontFamily',
        ]
      : []),
    'import androidx.compose.ui.text.font.FontWeight',
    'import androidx.compose.ui.unit.dp',
    ...(styled ? ['import androidx.compose.ui.unit.em'] : []),
    'import androidx.compose.ui.unit.sp',
    '',
  ];
  const fileScope = new NameScope('Kotlin', warnings);
  const designed = codeSyntaxNamer(model.tokens, 'ANDROID', options);
  for (const { collection, tokens } of collectionsWithTokens(model)) {
    const objectName = claimTypeName(
      withoutBackticks(kotlinIdentifier([collection.slug], true)),
      { ...KOTLIN_RESERVED, suffix: 'Tokens' },
      collectionOwner(collection),
      fileScope,
      warnings,
    );
    const vals = nativeMemberNames(KOTLIN_MEMBERS, collection, tokens, designed, warnings);
    const modeScope = new NameScope(`Kotlin object ${objectName}`, warnings);
    lines.push(`object ${objectName} {`);
    for (const mode of collection.modes) {
      const modeName = claimTypeName(
        withoutBackticks(kotlinIdentifier([mode.slug], true)),
        { ...KOTLIN_RESERVED, suffix: 'Mode' },
        modeOwner(mode, collection),
        modeScope,
        warnings,
      );
      lines.push(`    object ${modeName} {`);
      for (const token of tokens) {
        if (token.type === 'typography') {
          const typography = typographyOf(token, mode.id);
          if (typography)
            lines.push(
              `        val ${vals.get(token.id)} = ${textStyle(typography, { namedFamilies, tooLarge: () => tooLarge.push(token.name) })}`,
            );
          continue;
        }
        const literal = resolve(token, mode.id);
        if (literal !== undefined)
          lines.push(
            `        val ${vals.get(token.id)} = ${kotlinValue(token, literal, warnings)}`,
          );
      }
      lines.push('    }');
    }
    lines.push('}', '');
  }
  warnNamedFamilies(
    namedFamilies,
    'Jetpack Compose',
    "Compose loads from your app's resources: each TextStyle holds the stack's generic family (if any); set fontFamily to a FontFamily of your own.",
    warnings,
  );
  warnTooLarge(tooLarge, 'Jetpack Compose', warnings);

  return [{ path: 'android/Tokens.kt', contents: lines.join('\n'), mediaType: 'text/x-kotlin' }];
}
