/** Figma collections → model collections with unique slugs; library collections stay out. */
import type { ConversionWarning, FigmaVariablesInput, ModelCollection } from '../model.ts';
import { idSuffix, slug } from '../names.ts';
import { getOwn } from '../import/errors.ts';

type InputCollection = FigmaVariablesInput['variableCollections'][string];

/**
 * Figma's extended collections (a brand that extends a base collection, overriding some of its
 * values per mode) are not converted yet: the collection is exported with its modes and no
 * tokens. Its values, inherited and overridden, are named here rather than missing without a word.
 */
function warnExtension(
  collection: InputCollection,
  input: FigmaVariablesInput['variableCollections'],
  warnings: ConversionWarning[],
) {
  const parentId = collection.parentVariableCollectionId;
  const parent = parentId === undefined ? undefined : getOwn(input, parentId);
  let overrides = 0;
  for (const byMode of Object.values(collection.variableOverrides ?? {}))
    overrides += Object.keys(byMode).length;
  const inherited = collection.variableIds.length;
  warnings.push({
    code: 'extended-collection',
    message: `“${collection.name}” extends ${parent ? `“${parent.name}”` : 'another collection'} (a Figma extended collection), which Tokenport does not convert yet: its ${inherited} inherited variable${inherited === 1 ? '' : 's'} and ${overrides} overridden value${overrides === 1 ? '' : 's'} are left out; it is exported with its modes and no tokens.`,
    collectionName: collection.name,
  });
}

export function buildCollections(
  input: FigmaVariablesInput['variableCollections'],
  warnings: ConversionWarning[],
): ModelCollection[] {
  const collections: ModelCollection[] = [];
  const usedCollectionSlugs = new Set<string>();
  for (const collection of Object.values(input)) {
    // Library collections are not the file's own: their variables are inlined or skipped.
    if (collection.remote) continue;
    let collectionSlug = slug(collection.name);
    if (usedCollectionSlugs.has(collectionSlug)) {
      const renamed = `${collectionSlug}-${idSuffix(collection.id)}`;
      warnings.push({
        code: 'slug-collision',
        message: `Collection “${collection.name}” shares its name with another; exported as “${renamed}”.`,
        collectionName: collection.name,
      });
      collectionSlug = renamed;
    }
    usedCollectionSlugs.add(collectionSlug);
    if (collection.isExtension || collection.parentVariableCollectionId)
      warnExtension(collection, input, warnings);
    const usedModeSlugs = new Map<string, string>();
    collections.push({
      id: collection.id,
      name: collection.name,
      slug: collectionSlug,
      defaultModeId: collection.defaultModeId,
      hiddenFromPublishing: collection.hiddenFromPublishing,
      remote: collection.remote,
      modes: collection.modes.map((mode) => {
        let modeSlug = slug(mode.name);
        const holder = usedModeSlugs.get(modeSlug);
        if (holder !== undefined) {
          const renamed = `${modeSlug}-${idSuffix(mode.modeId)}`;
          // Selectors and file names use the slug: unsaid, `data-x="light"` would pick the other.
          warnings.push({
            code: 'slug-collision',
            message: `Modes “${holder}” and “${mode.name}” of “${collection.name}” share the name “${modeSlug}” in selectors and file names; “${mode.name}” is exported as “${renamed}”.`,
            collectionName: collection.name,
          });
          modeSlug = renamed;
        }
        usedModeSlugs.set(modeSlug, mode.name);
        return { id: mode.modeId, name: mode.name, slug: modeSlug };
      }),
    });
  }
  return collections;
}
