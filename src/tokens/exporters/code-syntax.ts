/**
 * Figma's `codeSyntax`: the names designers set for developers (shown in Dev Mode) per platform.
 * They are free text, often whole expressions (`var(--sds-color-bg)`, `R.color.bg`,
 * `Color.bgSurface`), so only the bare name is taken; each exporter then applies its own name
 * rules and collision checks to it, exactly as to a generated name.
 */
import type { CodePlatform, ModelToken } from '../model.ts';

export type { CodePlatform };

/** Whether exporters use codeSyntax names; on unless the caller turns it off. */
export interface CodeSyntaxOption {
  codeSyntax?: boolean;
}

function lastDottedSegment(text: string): string {
  const withoutCall = text.replace(/\(\s*\)$/, '');
  return withoutCall.slice(withoutCall.lastIndexOf('.') + 1);
}

function webName(raw: string): string {
  const fromVar = /^var\(\s*--([^,\s)]+)/.exec(raw);
  if (fromVar?.[1]) return fromVar[1];
  return raw.replace(/^(--|\$)/, '');
}

function androidName(raw: string): string {
  const resource = /^(?:@|\?)?(?:[a-z]+:)?[a-z]+\/(.+)$/.exec(raw); // @color/x, @android:color/x
  if (resource?.[1]) return resource[1];
  return lastDottedSegment(raw); // R.color.x, MaterialTheme.colors.x, x
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
        : lastDottedSegment(raw);
  return name.trim() || undefined;
}
