/** Every output format behind one call: `buildFormat(model, 'css', options) → files`. */
import type { CompositeType, ConversionWarning, TokenModel } from './model.ts';
import { FORMATS } from './catalog.ts';
import type { FormatId, ModeSelector } from './catalog.ts';
import { buildCss } from './exporters/css.ts';
import { buildDtcg } from './exporters/dtcg.ts';
import { buildJs } from './exporters/js.ts';
import { buildScss } from './exporters/scss.ts';
import { buildSwift } from './exporters/swift.ts';
import { buildAndroidXml, resolvedOnAndroid } from './exporters/android.ts';
import { buildCompose } from './exporters/compose.ts';
import { buildTailwind } from './exporters/tailwind.ts';
import { warnModeNotFollowed } from './exporters/mode-dependents.ts';
import { withoutComposites } from './exporters/without-composites.ts';
import { warnFontStacksCut } from './exporters/native-font-stacks.ts';
import { warnDashPatterns } from './exporters/dash-patterns.ts';
import type { OutputFile } from './exporters/shared.ts';

export type { OutputFile } from './exporters/shared.ts';
export type { FormatId, ModeSelector } from './catalog.ts';

export interface BuildOptions {
  modeSelector?: ModeSelector;
  prefix?: string;
  /** DTCG: one self-contained resolver with inline sources. */
  bundle?: boolean;
  /** Use the names designers set in Figma's codeSyntax (WEB, ANDROID, iOS); on by default. */
  codeSyntax?: boolean;
  /** Warnings that only appear while formatting (renames, selector fallbacks) are added here. */
  warnings?: ConversionWarning[];
}

/** The composite types Compose and Android XML have a form for: typography, as TextStyle and style. */
const TEXT_STYLES: ReadonlySet<CompositeType> = new Set(['typography']);

/** Formats for platforms that load a font by name, with no fallback stack. */
const NATIVE = new Set<FormatId>(['swift', 'android-xml', 'compose']);

/** Formats that write resolved values per mode of a token's own collection (mode-dependents.ts). */
const RESOLVED_PER_OWN_MODE = new Set<FormatId>(['js', 'ts', 'scss', 'swift', 'compose']);

export function buildFormat(
  model: TokenModel,
  format: FormatId,
  options: BuildOptions = {},
): OutputFile[] {
  const warnings = options.warnings ?? [];
  const names = { codeSyntax: options.codeSyntax ?? true };
  const modeSelector = options.modeSelector ?? 'data-attribute';
  if (RESOLVED_PER_OWN_MODE.has(format))
    warnModeNotFollowed(model, FORMATS[format].label, warnings);
  if (NATIVE.has(format)) warnFontStacksCut(model, FORMATS[format].label, warnings);
  else if (format !== 'dtcg') warnDashPatterns(model, FORMATS[format].label, warnings);
  if (format === 'android-xml')
    warnModeNotFollowed(model, FORMATS[format].label, warnings, resolvedOnAndroid(model));
  switch (format) {
    case 'dtcg':
      return buildDtcg(model, { bundle: options.bundle ?? false });
    case 'css':
      return buildCss(model, { ...names, modeSelector, prefix: options.prefix ?? '' }, warnings);
    case 'scss':
      return buildScss(model, names, warnings);
    case 'js':
      return buildJs(model, false);
    case 'ts':
      return buildJs(model, true);
    case 'tailwind':
      return buildTailwind(model, { ...names, modeSelector }, warnings);
    case 'swift':
      return buildSwift(withoutComposites(model, FORMATS[format].label, warnings), names, warnings);
    case 'android-xml':
      return buildAndroidXml(
        withoutComposites(model, FORMATS[format].label, warnings, TEXT_STYLES),
        names,
        warnings,
      );
    case 'compose':
      return buildCompose(
        withoutComposites(model, FORMATS[format].label, warnings, TEXT_STYLES),
        names,
        warnings,
      );
  }
}
