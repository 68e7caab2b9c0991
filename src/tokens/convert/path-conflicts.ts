/**
 * Two kinds of clash inside a collection: the same code name after slugging (`Primary Color` /
 * `primary-color`), and a token whose path is also a group (`color/bg` next to `color/bg/hover`).
 * The latter becomes the group's `$root` token; other clashes get a stable suffix from their id,
 * and a warning. Live variables come first, so a
 * deleted-but-referenced variable never takes a live one's name. Linear in the number of tokens:
 * each segment's ASCII form is computed once.
 */
import type { ConversionWarning, ModelCollection, ModelToken } from '../model.ts';
import { asciiSlug, idSuffix } from '../names.ts';

const SEP = '\u0000';

function groupByCollection(tokens: readonly ModelToken[]): Map<string, ModelToken[]> {
  const byCollection = new Map<string, ModelToken[]>();
  for (const token of tokens) {
    let members = byCollection.get(token.collectionId);
    if (!members) byCollection.set(token.collectionId, (members = []));
    members.push(token);
  }
  for (const [id, members] of byCollection) {
    if (members.some((token) => token.deletedButReferenced))
      byCollection.set(id, [
        ...members.filter((token) => !token.deletedButReferenced),
        ...members.filter((token) => token.deletedButReferenced),
      ]);
  }
  return byCollection;
}

/** Every proper prefix of `segments`, joined with `separator`, added to `into`. */
function addPrefixes(segments: readonly string[], separator: string, into: Set<string>) {
  let prefix = '';
  for (let i = 0; i < segments.length - 1; i++) {
    prefix = i === 0 ? (segments[0] ?? '') : `${prefix}${separator}${segments[i] ?? ''}`;
    into.add(prefix);
  }
}

export function resolvePathConflicts(
  tokens: readonly ModelToken[],
  collections: Map<string, ModelCollection>,
  warnings: ConversionWarning[],
) {
  const asciiCache = new Map<string, string>();
  /** ASCII form when there is one, so `Ünïcode` and `unicode` count as the same code name. */
  const asciiOrSelf = (segment: string): string => {
    let ascii = asciiCache.get(segment);
    if (ascii === undefined) asciiCache.set(segment, (ascii = asciiSlug(segment) || segment));
    return ascii;
  };
  for (const [collectionId, members] of groupByCollection(tokens)) {
    const collectionName = collections.get(collectionId)?.name;
    const groups = new Set<string>();
    const slugGroups = new Set<string>();
    const asciiPaths = members.map((token) => token.slugPath.map(asciiOrSelf));
    members.forEach((token, index) => {
      addPrefixes(token.path, SEP, groups);
      addPrefixes(asciiPaths[index] ?? [], '-', slugGroups);
    });
    const seenPaths = new Set<string>();
    const seenSlugs = new Set<string>();
    // Needed only where a name is also a group's, which few files have: built on first use.
    let taken: { paths: Set<string>; codeNames: Set<string> } | undefined;
    const takenNames = () =>
      (taken ??= {
        paths: new Set(members.map((token) => token.path.join(SEP))),
        codeNames: new Set(asciiPaths.map((ascii) => ascii.join(SEP))),
      });
    members.forEach((token, index) => {
      const original = token.name;
      let renamed = false;
      const last = token.path.length - 1;
      let pathKey = token.path.join(SEP);
      let ascii = asciiPaths[index] ?? [];
      const rootKey = `${pathKey}${SEP}$root`;
      // Not where a variable of its own is named `root` there: which of the two got `-root` in
      // code would turn on the order Figma lists them.
      if (
        groups.has(pathKey) &&
        token.path[last] !== '$root' &&
        !takenNames().paths.has(rootKey) &&
        !seenPaths.has(rootKey) &&
        !takenNames().codeNames.has([...ascii, 'root'].join(SEP))
      ) {
        // A name that is also a group's is that group's own value: DTCG 2025.10's `$root`, as
        // Figma's own export writes it (`root` in code, as any `$root` token).
        token.path.push('$root');
        token.slugPath.push('root');
        ascii = [...ascii, 'root'];
        pathKey = rootKey;
      } else if (groups.has(pathKey) || seenPaths.has(pathKey)) {
        // `$root-…` would be no legal name: a renamed `$root` token becomes an ordinary member.
        const segment = token.path[last] === '$root' ? 'root' : token.path[last];
        token.path[last] = `${segment}-${idSuffix(token.id)}`;
        pathKey = token.path.join(SEP);
        renamed = true;
      }
      seenPaths.add(pathKey);
      let slugKey = ascii.join('-');
      if (seenSlugs.has(slugKey) || slugGroups.has(slugKey)) {
        const lastSlug = token.slugPath.length - 1;
        token.slugPath[lastSlug] = `${token.slugPath[lastSlug]}-${idSuffix(token.id)}`;
        slugKey = [...ascii.slice(0, -1), asciiOrSelf(token.slugPath[lastSlug] ?? '')].join('-');
        renamed = true;
      }
      seenSlugs.add(slugKey);
      if (renamed) {
        warnings.push({
          code: 'slug-collision',
          message: `“${original}” clashes with another name in “${collectionName ?? ''}” once converted; exported as “${token.slugPath.join('-')}”.`,
          variableId: token.id,
          variableName: original,
          ...(collectionName ? { collectionName } : {}),
        });
      }
    });
  }
}
