/**
 * Walks a DTCG token tree: groups pass `$type` and `$deprecated` down, objects with `$value` are
 * tokens. Anything skipped is reported, so no token disappears silently.
 */
import { childPath, isRecord } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';

export interface RawToken {
  path: string[];
  node: Record<string, unknown>;
  inheritedType?: string;
  inheritedDeprecated?: boolean | string;
  file: string;
  jsonPath: string;
}

interface Pending {
  node: Record<string, unknown>;
  path: string[];
  jsonPath: string;
  type?: string;
  deprecated?: boolean | string;
}

const ILLEGAL_NAME = /[{}.]/;

export function walkTokenTree(
  tree: unknown,
  file: string,
  rootJsonPath: string,
  warnings: ImportWarning[],
): RawToken[] {
  const out: RawToken[] = [];
  if (!isRecord(tree)) {
    warnings.push({
      code: 'not-a-group',
      message: 'expected a group of tokens; ignored',
      file,
      jsonPath: rootJsonPath,
    });
    return out;
  }
  // An explicit stack keeps hostile, deeply nested files from overflowing the call stack.
  const stack: Pending[] = [{ node: tree, path: [], jsonPath: rootJsonPath }];
  while (stack.length > 0) {
    const group = stack.pop()!;
    const children: Pending[] = [];
    if ('$extends' in group.node) {
      warnings.push({
        code: 'unsupported-extends',
        message: '$extends is not supported; the group was read without inheritance',
        file,
        jsonPath: group.jsonPath,
      });
    }
    for (const [key, child] of Object.entries(group.node)) {
      if (key.startsWith('$') && key !== '$root') continue;
      const jsonPath = childPath(group.jsonPath, key);
      if (!isRecord(child)) {
        warnings.push({
          code: 'not-a-token',
          message: `expected a token or group, found ${JSON.stringify(child)}; ignored`,
          file,
          jsonPath,
        });
        continue;
      }
      if (ILLEGAL_NAME.test(key)) {
        warnings.push({
          code: 'illegal-name',
          message: `the name "${key}" contains ".", "{" or "}", which DTCG forbids; references to it are ambiguous`,
          file,
          jsonPath,
        });
      }
      const path = [...group.path, key];
      const type = typeof child.$type === 'string' ? child.$type : group.type;
      const deprecated =
        typeof child.$deprecated === 'boolean' || typeof child.$deprecated === 'string'
          ? child.$deprecated
          : group.deprecated;
      if ('$value' in child) {
        const nested = Object.keys(child).filter((name) => !name.startsWith('$'));
        if (nested.length > 0) {
          warnings.push({
            code: 'token-with-children',
            message: `a token cannot contain tokens; ignored ${nested.join(', ')}`,
            file,
            jsonPath,
          });
        }
        const raw: RawToken = { path, node: child, file, jsonPath };
        if (group.type !== undefined) raw.inheritedType = group.type;
        if (group.deprecated !== undefined) raw.inheritedDeprecated = group.deprecated;
        out.push(raw);
        continue;
      }
      const pending: Pending = { node: child, path, jsonPath };
      if (type !== undefined) pending.type = type;
      if (deprecated !== undefined) pending.deprecated = deprecated;
      children.push(pending);
    }
    // Reverse so that the stack yields children in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}
