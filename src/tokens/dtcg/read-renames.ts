/**
 * A token of Tokenport's export renamed by its key. The export names each token twice: by its
 * path (the Figma name's segments, made legal DTCG names, under the collection's slug) and by
 * `$extensions.com.figma.name`. A user renaming `xSmall` to `xSmallX` edits the key; reading
 * the name alone planned nothing and the next export brought the old key back, unsaid.
 */
import { idSuffix, sanitizeSegment, splitName } from '../names.ts';

/** The path segment the export writes for a name segment (see convert/build-tokens.ts). */
function exportedSegment(segments: readonly string[], index: number): string {
  const segment = segments[index]!;
  const root = index > 0 && index === segments.length - 1 && segment === '$root';
  return root ? segment : sanitizeSegment(segment);
}

/**
 * The Figma name with every segment whose key was edited replaced by the key; `name` itself when
 * the keys are as the export wrote them (a collision's `-<suffix>` included) but for case.
 */
export function nameAfterKeyEdits(
  name: string,
  pathKeys: readonly string[],
  variableId: string | undefined,
): string {
  const segments = splitName(name);
  // A name that is also a group's was exported as that group's `$root` (convert/path-conflicts.ts).
  const asRoot =
    pathKeys.length === segments.length + 1 && pathKeys[pathKeys.length - 1] === '$root';
  const keys = asRoot ? pathKeys.slice(0, -1) : pathKeys;
  // A token moved to another depth: its path is the name now.
  if (keys.length !== segments.length) return keys.join('/');
  const suffix = variableId === undefined ? undefined : idSuffix(variableId);
  let edited = false;
  const renamed = segments.map((segment, index) => {
    const key = keys[index]!;
    const written = exportedSegment(segments, index);
    const last = index === segments.length - 1;
    const collision =
      last &&
      suffix !== undefined &&
      (key === `${written}-${suffix}` || (written === '$root' && key === `root-${suffix}`));
    // A key differing only in case is not taken as a rename: files written by hand may lower-case
    // it (`surface` for "Surface"). `gap_sm` → `gap-sm` is a rename.
    if (key === written || collision || key.toLowerCase() === written.toLowerCase()) return segment;
    edited = true;
    return key;
  });
  return edited ? renamed.join('/') : name;
}
