/**
 * Names for every platform from one place: DTCG segments (only `{`, `}`, `.` and a leading `$` are
 * illegal), kebab slugs for CSS/SCSS/Tailwind (non-ASCII kept: CSS idents allow it), and ASCII
 * identifiers for JS, Swift, Kotlin and Android resources.
 */

/** A DTCG-legal segment, or the same segment when nothing had to change. */
export function sanitizeSegment(segment: string): string {
  if (!/[{}.]|^\$/.test(segment)) return segment;
  return segment.replace(/[{}.]/g, '-').replace(/^\$/, '_');
}

/** A name whose `/`-separated segments are all non-empty and untrimmed-equal (most names). */
const PLAIN_NAME = /^[^/\s](?:[^/]*[^/\s])?(?:\/[^/\s](?:[^/]*[^/\s])?)*$/;

export function splitName(name: string): string[] {
  if (PLAIN_NAME.test(name)) return name.split('/');
  const parts = name
    .split('/')
    .map((part) => part.trim())
    .filter(Boolean);
  return parts.length ? parts : ['unnamed'];
}

/** Already a lowercase ASCII kebab slug (most Figma names' segments): nothing to change. */
const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Kebab case that keeps letters of any script and digits; everything else becomes a dash. */
export function slug(text: string): string {
  if (PLAIN_SLUG.test(text)) return text;
  const kebab = text
    .normalize('NFC')
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return kebab || 'x';
}

/** ASCII-only kebab, for identifiers that must be ASCII (Swift, Kotlin, Android, JS names). */
export function asciiSlug(text: string): string {
  if (PLAIN_SLUG.test(text)) return text;
  const ascii = slug(text.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii;
}

/** A short, stable suffix derived from an id, for disambiguating collisions deterministically. */
export function idSuffix(id: string): string {
  let hash = 2166136261;
  for (const char of id) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 16777619);
  }
  return (hash >>> 0).toString(36).slice(0, 4);
}

const SWIFT_KEYWORDS = new Set(
  'associatedtype class deinit enum extension fileprivate func import init inout internal let open operator private precedencegroup protocol public rethrows static struct subscript typealias var break case catch continue default defer do else fallthrough for guard if in repeat return throw switch where while Any as await false is nil self Self super throws true try'.split(
    ' ',
  ),
);
const KOTLIN_KEYWORDS = new Set(
  'as break class continue do else false for fun if in interface is null object package return super this throw true try typealias typeof val var when while'.split(
    ' ',
  ),
);
const JAVA_KEYWORDS = new Set(
  'abstract assert boolean break byte case catch char class const continue default do double else enum extends final finally float for goto if implements import instanceof int interface long native new package private protected public return short static strictfp super switch synchronized this throw throws transient try void volatile while true false null'.split(
    ' ',
  ),
);

function camelParts(parts: string[]): string[] {
  return parts.flatMap((part) => asciiSlug(part).split('-')).filter(Boolean);
}

export function lowerCamel(parts: string[]): string {
  const words = camelParts(parts);
  if (!words.length) return 'token';
  return words
    .map((word, index) => (index === 0 ? word : word[0]?.toUpperCase() + word.slice(1)))
    .join('');
}

export function upperCamel(parts: string[]): string {
  const camel = lowerCamel(parts);
  return camel[0]?.toUpperCase() + camel.slice(1);
}

/** Swift identifiers cannot start with a digit; keywords need backticks. */
export function swiftIdentifier(parts: string[], upper = false): string {
  let name = upper ? upperCamel(parts) : lowerCamel(parts);
  if (/^\d/.test(name)) name = `_${name}`;
  if (SWIFT_NEVER_NAMES.has(name)) return `${name}_`;
  return SWIFT_KEYWORDS.has(name) ? `\`${name}\`` : name;
}

/**
 * A name a designer wrote for iOS (`gap_half_x`, `spacing0_5`), as written when Swift takes it:
 * an ASCII identifier, made safe from keywords as a generated one is. Undefined when it is not.
 */
export function swiftIdentifierAsWritten(name: string): string | undefined {
  // `_` alone is no name, and a member named `Color` hides SwiftUI's Color in its enum.
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name) || name === '_' || SWIFT_TYPE_NAMES.has(name))
    return undefined;
  if (SWIFT_NEVER_NAMES.has(name)) return `${name}_`;
  return SWIFT_KEYWORDS.has(name) ? `\`${name}\`` : name;
}

/** UpperCamel for a type; the caller keeps it clear of `SWIFT_TYPE_NAMES` (which holds `Self`, `Type`…). */
export function swiftTypeName(parts: string[]): string {
  const name = upperCamel(parts);
  return /^\d/.test(name) ? `_${name}` : name;
}

/** Not even backticks make these usable as a member name (`T.Type`, `T.self`, `init`…). */
const SWIFT_NEVER_NAMES = new Set([
  'self',
  'Self',
  'Type',
  'Protocol',
  'init',
  'deinit',
  'subscript',
]);

/**
 * Types a generated Swift file uses or that SwiftUI code around it will: a collection or mode
 * enum with one of these names would shadow it (`enum Color` breaks every `Color(…)` inside).
 */
export const SWIFT_TYPE_NAMES: ReadonlySet<string> = new Set(
  'Color Font Text Image View Shape Path Gradient Animation Angle Edge Alignment Button Label List Group Section Spacer Divider Toggle Slider Circle Rectangle Capsule Ellipse Environment State Binding App Scene Axis Material Layout Grid Canvas Menu Link Form HStack VStack ZStack UIColor NSColor UIFont NSFont CGFloat CGSize CGPoint String Substring Character Int Double Float Bool Array Dictionary Set Optional Result Error Never Void Any AnyObject Type Protocol Self Data Date URL Range Sequence Collection SwiftUI Foundation'.split(
    ' ',
  ),
);

export function kotlinIdentifier(parts: string[], upper = false): string {
  let name = upper ? upperCamel(parts) : lowerCamel(parts);
  if (/^\d/.test(name)) name = `_${name}`;
  return KOTLIN_KEYWORDS.has(name) ? `\`${name}\`` : name;
}

/** Backticks only escape keywords; a name built from a keyword plus a suffix needs none. */
export function withoutBackticks(identifier: string): string {
  return identifier.replace(/^`|`$/g, '');
}

/** Types the generated Kotlin imports or relies on: an object with one of these names shadows it. */
export const KOTLIN_TYPE_NAMES: ReadonlySet<string> = new Set(
  'Color FontWeight FontFamily TextStyle Dp TextUnit String Int Long Float Double Boolean Char Any Unit Nothing Array List Map Set Pair'.split(
    ' ',
  ),
);

/** A Sass `$variable` name: kebab, never starting with a digit (or a dash, which makes it private). */
export function sassName(parts: string[]): string {
  const name = parts.map((part) => slug(part)).join('-');
  return /^[\p{L}]/u.test(name) ? name : `t-${name}`;
}

/** Sass treats `-` and `_` as the same character in names. */
export function sassKey(name: string): string {
  return name.replace(/_/g, '-');
}

/** Android resource names: lowercase letters, digits and underscores, starting with a letter. */
export function androidResourceName(parts: string[]): string {
  let name = parts
    .map((part) => asciiSlug(part).replace(/-/g, '_'))
    .filter(Boolean)
    .join('_')
    .replace(/_+/g, '_');
  if (!/^[a-z]/.test(name)) name = `t_${name}`;
  if (JAVA_KEYWORDS.has(name)) name = `${name}_`;
  return name;
}

/** Escapes what a CSS `<dashed-ident>` cannot hold literally (escape, never strip). */
export function cssIdent(name: string): string {
  if (/^[a-zA-Z0-9_\-\u0080-\uFFFF]*$/.test(name)) return name;
  return name.replace(/[^a-zA-Z0-9_\-\u0080-\uFFFF]/g, (char) => `\\${char}`);
}
