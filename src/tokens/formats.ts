/** Every output format behind one call: `buildFormat(model, 'css', options) → files`. */
import type { ConversionWarning, TokenModel } from './model.ts';
import type { ModeSelector } from './exporters/css.ts';
import { buildCss } from './exporters/css.ts';
import { buildDtcg } from './exporters/dtcg.ts';
import { buildJs } from './exporters/js.ts';
import { buildScss } from './exporters/scss.ts';
import { buildSwift } from './exporters/swift.ts';
import { buildAndroidXml, buildCompose } from './exporters/android.ts';
import { buildTailwind } from './exporters/tailwind.ts';
import type { OutputFile } from './exporters/shared.ts';

export type { OutputFile } from './exporters/shared.ts';
export type FormatId =
  'dtcg' | 'css' | 'scss' | 'js' | 'ts' | 'tailwind' | 'swift' | 'android-xml' | 'compose';

export interface BuildOptions {
  modeSelector?: ModeSelector;
  prefix?: string;
  /** DTCG: one self-contained resolver with inline sources. */
  bundle?: boolean;
  /** Warnings that only appear while formatting (e.g. a selector fallback) are added here. */
  warnings?: ConversionWarning[];
}

export const FORMATS: Record<FormatId, { label: string; description: string }> = {
  dtcg: {
    label: 'DTCG JSON',
    description: 'Design Tokens Format 2025.10 with a resolver for modes',
  },
  css: { label: 'CSS', description: 'Custom properties, one block per mode' },
  scss: { label: 'SCSS', description: 'Variables and per-mode maps' },
  js: { label: 'JavaScript', description: 'ES module of resolved values per mode' },
  ts: { label: 'TypeScript', description: 'Typed `as const` module per mode' },
  tailwind: { label: 'Tailwind v4', description: '@theme variables in Tailwind namespaces' },
  swift: { label: 'Swift', description: 'SwiftUI constants per collection and mode' },
  'android-xml': {
    label: 'Android XML',
    description: 'Resources with values-night for dark modes',
  },
  compose: { label: 'Jetpack Compose', description: 'Kotlin objects per collection and mode' },
};

export function buildFormat(
  model: TokenModel,
  format: FormatId,
  options: BuildOptions = {},
): OutputFile[] {
  const warnings = options.warnings ?? [];
  switch (format) {
    case 'dtcg':
      return buildDtcg(model, { bundle: options.bundle ?? false });
    case 'css':
      return buildCss(
        model,
        { modeSelector: options.modeSelector ?? 'data-attribute', prefix: options.prefix ?? '' },
        warnings,
      );
    case 'scss':
      return buildScss(model);
    case 'js':
      return buildJs(model, false);
    case 'ts':
      return buildJs(model, true);
    case 'tailwind':
      return buildTailwind(
        model,
        { modeSelector: options.modeSelector ?? 'data-attribute' },
        warnings,
      );
    case 'swift':
      return buildSwift(model);
    case 'android-xml':
      return buildAndroidXml(model, warnings);
    case 'compose':
      return buildCompose(model);
  }
}
