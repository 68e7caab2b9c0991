import { describe, expect, it } from 'vitest';
import type { ChunkingContext, ModuleInfo } from 'rolldown';
import { chunkGroups } from './chunk-groups.ts';

/** A module graph as Rolldown reports it: each module with its static and dynamic importers. */
type Graph = Record<string, { importers?: string[]; dynamicImporters?: string[]; entry?: boolean }>;

const src = (name: string) => `/repo/src/${name}.tsx`;

function contextOf(graph: Graph): ChunkingContext {
  return {
    getModuleInfo: (id) => {
      const node = graph[id];
      if (!node) return null;
      return {
        id,
        isEntry: node.entry ?? false,
        importers: node.importers ?? [],
        dynamicImporters: node.dynamicImporters ?? [],
      } as unknown as ModuleInfo;
    },
  };
}

function routeTiers(graph: Graph) {
  const group = chunkGroups().find((candidate) => typeof candidate.name === 'function');
  if (typeof group?.name !== 'function') throw new Error('no route-tier group');
  const name = group.name;
  const context = contextOf(graph);
  return (id: string) => name(id, context);
}

const router = src('app/router');
const GRAPH: Graph = {
  [src('main')]: { entry: true },
  [router]: { importers: [src('main')] },
  [src('auth/sign-in-page')]: { dynamicImporters: [router] },
  [src('app/layouts/private-layout')]: { dynamicImporters: [router] },
  [src('files/file-layout')]: { dynamicImporters: [router] },
  [src('variables/variables-tab')]: { dynamicImporters: [router] },
  [src('ui/app-shell')]: { importers: [src('app/layouts/private-layout')] },
  [src('ui/callout')]: {
    importers: [src('auth/sign-in-page'), src('app/layouts/private-layout')],
  },
  [src('files/breadcrumbs')]: { importers: [src('files/file-layout')] },
  [src('ui/format')]: {
    importers: [src('files/file-layout'), src('variables/variables-tab')],
  },
  [src('variables/value-view')]: { importers: [src('variables/variables-tab')] },
};

describe('chunkGroups', () => {
  const tierOf = routeTiers(GRAPH);

  it('puts what every private page loads with its layout in one signed-in file', () => {
    expect(tierOf(src('app/layouts/private-layout'))).toBe('signed-in');
    expect(tierOf(src('ui/app-shell'))).toBe('signed-in');
  });

  it('puts what every file tab loads with the file layout in one file-page file', () => {
    expect(tierOf(src('files/breadcrumbs'))).toBe('file-page');
    expect(tierOf(src('ui/format'))).toBe('file-page');
  });

  it('keeps what the sign-in page shares with private pages out of both', () => {
    expect(tierOf(src('ui/callout'))).toBeNull();
    expect(tierOf(src('auth/sign-in-page'))).toBeNull();
  });

  it('leaves a single tab’s own modules to the bundler', () => {
    expect(tierOf(src('variables/value-view'))).toBeNull();
  });

  it('keeps the modules index.html loads in the entry’s own file, ahead of the tiers', () => {
    const [initial, tiers] = chunkGroups();
    expect(initial?.tags).toEqual(['$initial']);
    expect(initial?.priority).toBeGreaterThan(tiers?.priority ?? 0);
  });
});
