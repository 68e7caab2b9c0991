/** Figma collections → model collections with unique slugs; library collections stay out. */
import type { ConversionWarning, FigmaVariablesInput, ModelCollection } from '../model.ts';
import { idSuffix, slug } from '../names.ts';

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
    const usedModeSlugs = new Set<string>();
    collections.push({
      id: collection.id,
      name: collection.name,
      slug: collectionSlug,
      defaultModeId: collection.defaultModeId,
      hiddenFromPublishing: collection.hiddenFromPublishing,
      remote: collection.remote,
      modes: collection.modes.map((mode) => {
        let modeSlug = slug(mode.name);
        if (usedModeSlugs.has(modeSlug)) modeSlug = `${modeSlug}-${idSuffix(mode.modeId)}`;
        usedModeSlugs.add(modeSlug);
        return { id: mode.modeId, name: mode.name, slug: modeSlug };
      }),
    });
  }
  return collections;
}
