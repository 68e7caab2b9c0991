/**
 * What the UI and the CLI list before any exporter loads: format ids and labels, the CSS mode
 * selectors and the selector text each one emits. Small on purpose (the exporters load lazily).
 */
import type { ModelCollection, ModelMode } from './model.ts';
import { cssIdent } from './names.ts';

export const FORMAT_IDS = [
  'dtcg',
  'css',
  'scss',
  'js',
  'ts',
  'tailwind',
  'swift',
  'android-xml',
  'compose',
] as const;

export type FormatId = (typeof FORMAT_IDS)[number];

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
    description: 'Resources with values-night for one dark mode per collection',
  },
  compose: { label: 'Jetpack Compose', description: 'Kotlin objects per collection and mode' },
};

/** Every format with its label, in catalog order: the choices a format picker offers. */
export const FORMAT_OPTIONS: readonly { value: FormatId; label: string }[] = FORMAT_IDS.map(
  (value) => ({ value, label: FORMATS[value].label }),
);

export const MODE_SELECTORS = ['data-attribute', 'class', 'media'] as const;

export type ModeSelector = (typeof MODE_SELECTORS)[number];

const colorScheme = (name: string) =>
  /^(dark|light)$/i.test(name) ? (name.toLowerCase() as 'dark' | 'light') : undefined;

/**
 * The mode that takes `mode`'s colour-scheme media query: the collection's first mode named for
 * that scheme. Two such modes ("Dark" and "dark") would write two identical queries, and the later
 * block would always win; the others keep their attribute selector.
 */
export function colorSchemeOwner<Mode extends Pick<ModelMode, 'id' | 'name'>>(
  collection: { modes: readonly Mode[] },
  mode: Pick<ModelMode, 'name'>,
): Mode | undefined {
  const scheme = colorScheme(mode.name);
  return scheme && collection.modes.find((other) => colorScheme(other.name) === scheme);
}

/** Where a non-default mode applies: `.dark`, a colour-scheme media query, or `[data-<collection>="<mode>"]`. */
export function modeSelectorText(
  collection: Pick<ModelCollection, 'slug' | 'modes'>,
  mode: Pick<ModelMode, 'id' | 'name' | 'slug'>,
  selector: ModeSelector,
): string {
  if (selector === 'class') return `.${cssIdent(mode.slug)}`;
  if (selector === 'media' && colorSchemeOwner(collection, mode)?.id === mode.id) {
    return `@media (prefers-color-scheme: ${mode.name.toLowerCase()})`;
  }
  return `[data-${cssIdent(collection.slug)}="${mode.slug.replace(/["\\]/g, '')}"]`;
}

/**
 * How the UI names a selector choice, with a selector the export really emits for these
 * collections (placeholders when none has a second mode).
 */
export function modeSelectorLabel(
  selector: ModeSelector,
  collections: readonly Pick<ModelCollection, 'slug' | 'modes' | 'defaultModeId'>[] = [],
): string {
  const examples = collections.flatMap((collection) =>
    collection.modes
      .filter((mode) => mode.id !== collection.defaultModeId)
      .map((mode) => modeSelectorText(collection, mode, selector)),
  );
  if (selector === 'media') {
    const fallback = examples.find((text) => !text.startsWith('@media'));
    return `prefers-color-scheme media query${fallback ? ` (other modes: ${fallback})` : ''}`;
  }
  const placeholder = selector === 'class' ? '.<mode>' : '[data-<collection>="<mode>"]';
  return `${examples[0] ?? placeholder} ${selector === 'class' ? 'class' : 'attribute'}`;
}
