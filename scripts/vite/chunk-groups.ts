/**
 * How the production build groups the lazy routes' shared code into files.
 *
 * Left to itself, Rolldown gives every module that two lazy routes share a file of its own: the
 * Variables tab needed 39 scripts, and each one cost a request (and, while scripts were preloaded,
 * a <link rel=modulepreload> inserted on the main thread; see vite.config.ts). Two groups follow
 * the route table instead of the folders:
 * - `signed-in`: what every private page loads anyway (the private layout, the user's cache);
 * - `file-page`: what every tab of a file loads anyway (the file layout).
 * A module the sign-in or callback page also needs stays out of both, so signing in never loads
 * the signed-in shell.
 */
import type { ChunkingContext, CodeSplittingGroup } from 'rolldown';

const ROUTE_FILE = /[\\/]src[\\/](.+)\.tsx?$/;

/** Loaded by every private route: the layout, the cache its loader restores, the Figma queries. */
const SIGNED_IN_ROOTS = ['app/layouts/private-layout', 'figma/persist/user-cache', 'figma/queries'];
const FILE_PAGE_ROOTS = ['files/file-layout'];
/** Public routes: what they share with the private ones stays in Rolldown's own chunks. */
const PUBLIC_ROOTS = ['auth/sign-in-page', 'auth/auth-callback-page'];

function routeName(id: string): string | undefined {
  return ROUTE_FILE.exec(id)?.[1]?.replaceAll('\\', '/');
}

/**
 * The modules that load `id` through static imports only: lazy modules (a dynamic import's
 * target) and the entry, each of which starts a load of its own.
 */
function rootsOf(
  id: string,
  context: ChunkingContext,
  memo: Map<string, Set<string>>,
): Set<string> {
  const known = memo.get(id);
  if (known) return known;
  const roots = new Set<string>();
  // Set before the walk: an import cycle ends here instead of recursing for ever.
  memo.set(id, roots);
  const info = context.getModuleInfo(id);
  if (!info) return roots;
  if (info.isEntry || info.dynamicImporters.length > 0) roots.add(id);
  for (const importer of info.importers) {
    for (const root of rootsOf(importer, context, memo)) roots.add(root);
  }
  return roots;
}

function loadedWith(roots: Set<string>, names: string[]): boolean {
  return [...roots].some((root) => names.includes(routeName(root) ?? ''));
}

export function chunkGroups(): CodeSplittingGroup[] {
  // Rolldown hands one context to every call of a chunking pass: a rebuild gets a fresh walk.
  const walks = new WeakMap<ChunkingContext, Map<string, Set<string>>>();
  const groupOf = (id: string, context: ChunkingContext): string | null => {
    let memo = walks.get(context);
    if (!memo) walks.set(context, (memo = new Map()));
    const roots = rootsOf(id, context, memo);
    if (loadedWith(roots, PUBLIC_ROOTS)) return null;
    if (loadedWith(roots, SIGNED_IN_ROOTS)) return 'signed-in';
    if (loadedWith(roots, FILE_PAGE_ROOTS)) return 'file-page';
    return null;
  };
  return [
    // What index.html loads stays in the entry's file; without this group the two below would
    // take the framework along as their modules' dependencies.
    { name: 'index', tags: ['$initial'], priority: 2 },
    { name: groupOf, debugName: 'route-tiers', priority: 1 },
  ];
}
