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

/**
 * A dotted member path without the type it hangs on (`Color.bgSurface` → `bgSurface`,
 * `R.color.bg_surface` → `bg_surface`, `.accent` → `accent`). The rest is the designer's name, all
 * of it: `text.primary` beside `background.primary` names two tokens (figma-sa/devmode's 16 pairs
 * became `primary` and a suffixed `primary`).
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

function androidName(raw: string): string {
  const resource = /^(?:@|\?)?(?:[a-z]+:)?[a-z]+\/(.+)$/.exec(raw); // @color/x, @android:color/x
  if (resource?.[1]) return resource[1];
  return memberPath(raw, ANDROID_HOLDER); // R.color.x, MaterialTheme.colors.x, x
}

/** The bare name for `platform`, or undefined when none was set (or it is off). */
export function codeSyntaxName(
  token: ModelToken,
  platform: CodePlatform,
  option: CodeSyntaxOption,
): string | undefined {
  if (option.codeSyntax === false) return undefined;
  const raw = token.codeSyntax?.[platform]?.trim();
  if (!raw) return undefined;
  const name =
    platform === 'WEB'
      ? webName(raw)
      : platform === 'ANDROID'
        ? androidName(raw)
        : memberPath(raw, IOS_TYPE);
  return name.trim() || undefined;
}
