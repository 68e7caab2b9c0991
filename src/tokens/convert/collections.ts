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
