/**
 * Checks every token of a DTCG read against the 2025.10 format before anything is converted:
 * each literal against its `$type`, each alias against its target's type. Problems are one input
 * error naming the file, the JSON path and the rule of the first, with every other one in its
 * `more`. Colour strings ("#rrggbb", the draft form Figma's own sync example writes) are read as
 * sRGB and reported once per file.
 */
import { getOwn, isRecord, TokenInputError } from '../import/errors.ts';
import type { ImportWarning, InputProblem } from '../import/errors.ts';
import { indexByPath } from './read-references.ts';
import type { ValueSites } from './read-tokens.ts';
import type { DtcgToken, DtcgTokenValue } from './read-types.ts';
import { parseDocumentPointer } from './reference.ts';
import { isLegacyHexColor } from './validate-color.ts';
import { someNames } from '../exporters/shared.ts';
import { isKnownType, valueProblem } from './validate-value.ts';
import type { Resolved, ValueContext } from './validate-value.ts';

function literalOf(token: DtcgToken, tokens: Record<string, DtcgToken>): unknown {
  let current: DtcgToken | undefined = token;
  for (let hops = 0; current && hops < 64; hops++) {
    const value: DtcgTokenValue | undefined = Object.values(current.values)[0];
    if (value?.kind !== 'alias') return value?.value;
    current = getOwn(tokens, value.targetKey);
  }
  return undefined;
}

function contextFor(tokens: Record<string, DtcgToken>): ValueContext {
  const index = indexByPath(tokens);
  const byPath = (path: string) => index.get(path)?.[0];
  return {
    resolve(reference): Resolved {
      if ('curly' in reference) {
        const target = byPath(reference.curly.trim());
        if (!target) return { problem: `{${reference.curly}} names no token` };
        return { ...(target.type ? { type: target.type } : {}), value: literalOf(target, tokens) };
      }
      const parsed = parseDocumentPointer(reference.pointer);
      if ('problem' in parsed) return parsed;
      const at = parsed.segments.indexOf('$value');
      const path = (at === -1 ? parsed.segments : parsed.segments.slice(0, at)).join('.');
      const target = byPath(path);
      if (!target) return { problem: `${reference.pointer} points to nothing` };
      const rest = at === -1 ? [] : parsed.segments.slice(at + 1);
      let value = literalOf(target, tokens);
      for (const segment of rest) {
        if (Array.isArray(value) && /^(0|[1-9][0-9]*)$/.test(segment))
          value = value[Number(segment)];
        else if (isRecord(value) && Object.hasOwn(value, segment)) value = value[segment];
        else return { problem: `${reference.pointer} points to nothing` };
      }
      return rest.length === 0 && target.type ? { type: target.type, value } : { value };
    },
  };
}

/**
 * An alias's `$type` matches its target's. Tokenport's own export may type two FLOAT variables
 * differently (number, dimension) while Figma aliases one to the other; both carry Figma's
 * resolved type, and when that agrees the alias is what Figma holds.
 */
function typesAgree(token: DtcgToken, target: DtcgToken): boolean {
  if (!target.type || target.type === token.type) return true;
  const own = token.figma?.resolvedType;
  return own !== undefined && own === target.figma?.resolvedType;
}

export function validateTokens(
  tokens: Record<string, DtcgToken>,
  explicitlyTyped: ReadonlySet<string>,
  sites: ValueSites,
  warnings: ImportWarning[],
): void {
  const context = contextFor(tokens);
  const legacyColors = new Map<string, Set<string>>();
  const problems: InputProblem[] = [];
  // One place in a file can be read for several modes (a file that is both a set's and a
  // context's source): it is one problem, named and counted once.
  const named = new Set<string>();
  const problem = (site: { file: string; jsonPath: string }, detail: string) => {
    const key = `${site.file}\u0000${site.jsonPath}\u0000${detail}`;
    if (named.has(key)) return;
    named.add(key);
    problems.push({ file: site.file, jsonPath: site.jsonPath, detail });
  };
  for (const token of Object.values(tokens)) {
    const type = token.type!;
    if (!isKnownType(type)) {
      problem(token.source, `${valueProblem(type, undefined, context)} (rule: $type)`);
      continue;
    }
    for (const [modeKey, value] of Object.entries(token.values)) {
      const site = sites.get(token.key)?.get(modeKey) ?? token.source;
      if (value.kind === 'alias') {
        const target = getOwn(tokens, value.targetKey);
        if (explicitlyTyped.has(token.key) && target && !typesAgree(token, target))
          problem(
            site,
            `a ${type} token cannot alias the ${target.type} token {${value.targetPath}} (rule: reference types)`,
          );
        continue;
      }
      if (type === 'color' && isLegacyHexColor(value.value)) {
        const paths = legacyColors.get(site.file) ?? new Set<string>();
        legacyColors.set(site.file, paths.add(site.jsonPath));
        continue;
      }
      const detail = valueProblem(type, value.value, context);
      if (detail) problem(site, `${detail} (rule: ${type})`);
    }
  }
  const [first, ...more] = problems;
  if (first) throw new TokenInputError(first.file, first.jsonPath, first.detail, more);
  for (const [file, paths] of legacyColors) {
    const [first, ...rest] = paths;
    warnings.push({
      code: 'legacy-color-string',
      message: `${paths.size} colour value(s) are "#rrggbb" strings, the pre-2025.10 draft form${rest.length ? ` (here and at ${someNames(rest)})` : ''}; read as sRGB (2025.10 writes {colorSpace, components})`,
      file,
      jsonPath: first!,
    });
  }
}
