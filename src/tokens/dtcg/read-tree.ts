/**
 * Walks a DTCG token tree: groups pass `$type` and `$deprecated` down, objects with `$value` (or a
 * token-level `$ref`) are tokens, and `$extends` groups inherit the tokens of the group they name.
 * What the format forbids (a token holding tokens, names with `{` `}` `.` or a leading `$`, a
 * member that is neither token nor group) is an input error naming the file and JSON path.
 */
import { childPath, isRecord, kindOf, TokenInputError } from '../import/errors.ts';
import type { ImportWarning } from '../import/errors.ts';
import { extendedSources, groupIn, isTokenNode } from './read-extends.ts';
import type { GroupSource } from './read-extends.ts';

export interface RawToken {
  path: string[];
  node: Record<string, unknown>;
  inheritedType?: string;
  inheritedDeprecated?: boolean | string;
  file: string;
  jsonPath: string;
}

interface PendingGroup {
  path: string[];
  /** The group itself last; before it, the groups it inherits from through `$extends`. */
  sources: GroupSource[];
  type?: string;
  deprecated?: boolean | string;
}

/** `$`-keys a group may carry; anything else starting with `$` is not a valid name. */
const GROUP_PROPERTIES = new Set([
  '$type',
  '$description',
  '$extensions',
  '$deprecated',
  '$extends',
  '$schema',
  '$defs',
]);
/** `$`-keys a token may carry (DTCG 2025.10 token.json). */
const TOKEN_PROPERTIES = new Set([
  '$value',
  '$ref',
  '$type',
  '$description',
  '$extensions',
  '$deprecated',
]);
const ILLEGAL_NAME = /[{}.]/;

export { isTokenNode };

function ownType(
  node: Record<string, unknown>,
  file: string,
  jsonPath: string,
): string | undefined {
  if (!Object.hasOwn(node, '$type')) return undefined;
  if (typeof node.$type !== 'string')
    throw new TokenInputError(
      file,
      childPath(jsonPath, '$type'),
      `$type must be a string, found ${kindOf(node.$type)}`,
    );
  return node.$type;
}

/** `$description`, `$deprecated` and `$extensions` have fixed shapes on tokens and groups alike. */
function checkMetadata(node: Record<string, unknown>, file: string, jsonPath: string): void {
  const problem = (key: string, expected: string) =>
    new TokenInputError(
      file,
      childPath(jsonPath, key),
      `${key} must be ${expected}, found ${kindOf(node[key])} (rule: ${key})`,
    );
  if (Object.hasOwn(node, '$description') && typeof node.$description !== 'string')
    throw problem('$description', 'a string');
  const deprecated = node.$deprecated;
  if (
    Object.hasOwn(node, '$deprecated') &&
    typeof deprecated !== 'boolean' &&
    typeof deprecated !== 'string'
  )
    throw problem('$deprecated', 'true, false or an explanation string');
  if (Object.hasOwn(node, '$extensions') && !isRecord(node.$extensions))
    throw problem('$extensions', 'an object');
}

function ownDeprecated(node: Record<string, unknown>): boolean | string | undefined {
  return typeof node.$deprecated === 'boolean' || typeof node.$deprecated === 'string'
    ? node.$deprecated
    : undefined;
}

function checkMemberName(key: string, file: string, jsonPath: string): void {
  if (ILLEGAL_NAME.test(key))
    throw new TokenInputError(
      file,
      jsonPath,
      `the name "${key}" contains ".", "{" or "}", which DTCG names may not contain (rule: token names)`,
    );
}

/** Children of a group, inherited ones first; a later source replaces a token and merges a group. */
function membersOf(group: PendingGroup): Map<string, GroupSource[]> {
  const members = new Map<string, GroupSource[]>();
  for (const source of group.sources) {
    for (const [key, child] of Object.entries(source.node)) {
      if (key.startsWith('$')) {
        if (key === '$root' || GROUP_PROPERTIES.has(key)) {
          if (key !== '$root') continue;
        } else {
          throw new TokenInputError(
            source.file,
            childPath(source.jsonPath, key),
            `"${key}" is not a DTCG property and names may not start with "$" (rule: token names)`,
          );
        }
      }
      const jsonPath = childPath(source.jsonPath, key);
      if (!isRecord(child))
        throw new TokenInputError(
          source.file,
          jsonPath,
          `expected a token (an object with $value) or a group, found ${kindOf(child)}`,
        );
      checkMemberName(key, source.file, jsonPath);
      const entry = { node: child, jsonPath, file: source.file };
      const previous = members.get(key);
      const merges = previous && !isTokenNode(child) && !isTokenNode(previous[0]!.node);
      members.set(key, merges ? [...previous, entry] : [entry]);
    }
  }
  return members;
}

/** A token's members that are not `$` properties: only Figma's sync files have any. */
function nestedNames(node: Record<string, unknown>): string[] {
  return Object.keys(node).filter((name) => !name.startsWith('$'));
}

function tokenOf(
  source: GroupSource,
  path: string[],
  group: PendingGroup,
  tokensHoldGroups: boolean,
): RawToken {
  const nested = nestedNames(source.node);
  if (nested.length > 0 && !tokensHoldGroups)
    throw new TokenInputError(
      source.file,
      source.jsonPath,
      `a token cannot also be a group; found ${Object.hasOwn(source.node, '$value') ? '$value' : '$ref'} beside ${nested.map((n) => JSON.stringify(n)).join(', ')}`,
    );
  // As for groups: a `$` key DTCG does not define would otherwise vanish without a word.
  const unknown = Object.keys(source.node).find(
    (key) => key.startsWith('$') && !TOKEN_PROPERTIES.has(key),
  );
  if (unknown !== undefined)
    throw new TokenInputError(
      source.file,
      childPath(source.jsonPath, unknown),
      `"${unknown}" is not a DTCG token property; a token holds $value (or $ref), $type, $description, $deprecated and $extensions (rule: token properties)`,
    );
  if (Object.hasOwn(source.node, '$value') && Object.hasOwn(source.node, '$ref'))
    throw new TokenInputError(
      source.file,
      source.jsonPath,
      'a token has either $value or $ref, not both',
    );
  ownType(source.node, source.file, source.jsonPath);
  checkMetadata(source.node, source.file, source.jsonPath);
  const raw: RawToken = { path, node: source.node, file: source.file, jsonPath: source.jsonPath };
  if (group.type !== undefined) raw.inheritedType = group.type;
  if (group.deprecated !== undefined) raw.inheritedDeprecated = group.deprecated;
  return raw;
}

function childGroup(
  path: string[],
  sources: GroupSource[],
  parent: PendingGroup,
  mergedType?: string,
): PendingGroup {
  const group: PendingGroup = { path, sources };
  // The group as a resolver merges it: an earlier source's `$type` for it, else its parent's.
  let type = mergedType ?? parent.type;
  let deprecated = parent.deprecated;
  for (const source of sources) {
    checkMetadata(source.node, source.file, source.jsonPath);
    type = ownType(source.node, source.file, source.jsonPath) ?? type;
    deprecated = ownDeprecated(source.node) ?? deprecated;
  }
  if (type !== undefined) group.type = type;
  if (deprecated !== undefined) group.deprecated = deprecated;
  return group;
}

/**
 * The tokens of one file in document order. `tokensHoldGroups`: Figma's sync files
 * (`<Collection>.<Mode>.json`) write `Underline/Hover` inside the token `Underline`, which DTCG
 * forbids; there the members are read as tokens of their own, as Figma's importer reads them.
 * `readsRootExtensions`: the caller reads the root's `$extensions` itself (Figma's native export
 * names each file's mode there), so they are not noted as left out.
 */
export function walkTokenTree(
  tree: unknown,
  file: string,
  rootJsonPath: string,
  warnings: ImportWarning[],
  {
    tokensHoldGroups = false,
    readsRootExtensions = false,
    earlierSources = [],
  }: {
    tokensHoldGroups?: boolean;
    readsRootExtensions?: boolean;
    /** A resolver's sources before this one, where `$extends` may find its group. */
    earlierSources?: readonly GroupSource[];
  } = {},
): RawToken[] {
  const out: RawToken[] = [];
  if (!isRecord(tree)) {
    warnings.push({
      code: 'not-a-group',
      message: `expected a group of tokens, found ${kindOf(tree)}; ignored`,
      file,
      jsonPath: rootJsonPath,
    });
    return out;
  }
  const root: GroupSource = { node: tree, jsonPath: rootJsonPath, file };
  /** The `$type` the latest earlier source gives the group at `path`, if any. */
  const earlierType = (path: readonly string[]): string | undefined => {
    for (let i = earlierSources.length - 1; i >= 0; i--) {
      if (earlierSources[i]!.elsewhere) continue;
      const node = groupIn(earlierSources[i]!, path)?.node;
      if (node && typeof node.$type === 'string' && !isTokenNode(node)) return node.$type;
    }
    return undefined;
  };
  const rootGroup = childGroup(
    [],
    extendedSources(root, root, earlierSources),
    { path: [], sources: [] },
    earlierType([]),
  );
  const described: string[] = [];
  const noteMetadata = (group: PendingGroup, extensionsRead = false) => {
    const own = group.sources[group.sources.length - 1];
    // Only `com.figma` is Figma's and Tokenport's own (a file's collection and mode), read by them.
    const extensions =
      !extensionsRead &&
      own !== undefined &&
      isRecord(own.node.$extensions) &&
      Object.keys(own.node.$extensions).some((name) => name !== 'com.figma');
    if (own && (Object.hasOwn(own.node, '$description') || extensions))
      described.push(own.jsonPath);
  };
  noteMetadata(rootGroup, readsRootExtensions);
  // An explicit stack keeps hostile, deeply nested files from overflowing the call stack. Tokens
  // wait on it beside groups, so a group's tokens and subgroups come out in document order.
  const stack: (PendingGroup | RawToken)[] = [rootGroup];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (!('sources' in item)) {
      out.push(item);
      continue;
    }
    const group = item;
    const children: (PendingGroup | RawToken)[] = [];
    for (const [key, sources] of membersOf(group)) {
      const path = [...group.path, key];
      const last = sources[sources.length - 1]!;
      if (isTokenNode(last.node)) {
        children.push(tokenOf(last, path, group, tokensHoldGroups));
        const nested = tokensHoldGroups ? nestedNames(last.node) : [];
        if (nested.length > 0) {
          const members = Object.fromEntries(nested.map((name) => [name, last.node[name]]));
          children.push(childGroup(path, [{ ...last, node: members }], group));
        }
        continue;
      }
      const expanded = sources.flatMap((source) => extendedSources(source, root, earlierSources));
      const child = childGroup(path, expanded, group, earlierType(path));
      noteMetadata(child);
      children.push(child);
    }
    // Reverse so that the stack yields children in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  if (described.length > 0) warnings.push(groupMetadataNote(described, file));
  return out;
}

/** Figma variables have no groups, so a group's own description and extensions have no home. */
function groupMetadataNote(jsonPaths: string[], file: string): ImportWarning {
  const more = jsonPaths.length > 1 ? ` and ${jsonPaths.length - 1} more` : '';
  return {
    code: 'group-metadata-dropped',
    message: `${jsonPaths.length} group(s) carry their own $description or $extensions (${jsonPaths[0]}${more}); Figma variables have no groups to hold them, so the export leaves them out (tokens keep theirs)`,
    file,
    jsonPath: jsonPaths[0]!,
  };
}
