/**
 * Figma's `codeSyntax`: the names designers set for developers (shown in Dev Mode) per platform.
 * They are free text, often whole expressions (`var(--sds-color-bg)`, `R.color.bg`,
 * `Color.bgSurface`), so only the name is taken, without the variable, resource type or Swift
 * type around it (a dotted path such as `text.primary` stays whole); each exporter then applies
 * its own name rules and collision checks to it, exactly as to a generated name.
 */
import type { CodePlatform, ModelToken } from '../model.ts';

export type { CodePlatform };

/** Whether exporters use codeSyntax names; on unless the caller turns it off. */
export interface CodeSyntaxOption {
  codeSyntax?: boolean;
}

/** The last member of a dotted path (`Theme.colors.textPrimary` → `textPrimary`). */
function lastMember(text: string): string {
  const withoutCall = text.replace(/\(\s*\)$/, '');
  return withoutCall.slice(withoutCall.lastIndexOf('.') + 1);
}

/**
 * A dotted member path without the type it hangs on (`Color.background.primary` →
 * `background.primary`, `R.color.text.primary` → `text.primary`): taken only where last members
 * clash (see codeSyntaxNamer).
 */
function memberPath(text: string, prefix: RegExp): string {
  return text
    .replace(/\(\s*\)$/, '')
    .replace(prefix, '')
    .replace(/^\./, '');
}

const IOS_TYPE =
  /^(?:SwiftUI\.|UIKit\.)?(?:Color|UIColor|NSColor|Font|UIFont|NSFont|CGFloat|Double|Float|Int|String|Bool|Image|ShapeStyle)\./;
const ANDROID_HOLDER = /^(?:R\.[A-Za-z]+\.|MaterialTheme\.[A-Za-z]+\.)/;

function webName(raw: string): string {
  const fromVar = /^var\(\s*--([^,\s)]+)/.exec(raw);
  if (fromVar?.[1]) return fromVar[1];
  return raw.replace(/^(--|\$)/, '');
}

/** `@color/x` and `@android:color/x` name a resource; anything else is a member path. */
const androidResource = (raw: string) => /^(?:@|\?)?(?:[a-z]+:)?[a-z]+\/(.+)$/.exec(raw)?.[1];

function rawCodeSyntax(
  token: ModelToken,
  platform: CodePlatform,
  option: CodeSyntaxOption,
): string | undefined {
  if (option.codeSyntax === false) return undefined;
  return token.codeSyntax?.[platform]?.trim() || undefined;
}

/** The name for `platform`, or undefined when none was set (or it is off). */
export function codeSyntaxName(
  token: ModelToken,
  platform: CodePlatform,
  option: CodeSyntaxOption,
): string | undefined {
  const raw = rawCodeSyntax(token, platform, option);
  if (!raw) return undefined;
  const name =
    platform === 'WEB'
      ? webName(raw)
      : platform === 'ANDROID'
        ? (androidResource(raw) ?? lastMember(raw))
        : lastMember(raw);
  return name.trim() || undefined;
}

/**
 * Names for iOS or Android: the last member of each designer's path (`Theme.colors.textPrimary`
 * → `textPrimary`), but where two different paths end alike (`background.primary`,
 * `text.primary`), each whole, without the type or resource holder it hangs on: figma-sa/devmode's
 * 16 such pairs became `primary` and a suffixed `primary_ah9p`.
 */
export function codeSyntaxNamer(
  tokens: readonly ModelToken[],
  platform: Exclude<CodePlatform, 'WEB'>,
  option: CodeSyntaxOption,
): (token: ModelToken) => string | undefined {
  const holder = platform === 'ANDROID' ? ANDROID_HOLDER : IOS_TYPE;
  const names = new Map<ModelToken, { last: string; whole: string }>();
  const pathsByLast = new Map<string, Set<string>>();
  for (const token of tokens) {
    const raw = rawCodeSyntax(token, platform, option);
    const last = codeSyntaxName(token, platform, option);
    if (!raw || !last) continue;
    const resource = platform === 'ANDROID' ? androidResource(raw) : undefined;
    const whole = resource ?? memberPath(raw, holder);
    names.set(token, { last, whole });
    const paths = pathsByLast.get(last) ?? new Set<string>();
    pathsByLast.set(last, paths.add(whole));
  }
  return (token) => {
    const name = names.get(token);
    if (!name || (pathsByLast.get(name.last)?.size ?? 0) < 2) return name?.last;
    return name.whole.trim() || name.last;
  };
}
