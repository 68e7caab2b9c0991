/**
 * Whether the Figma cache is being saved for the next visit. Part of a page's `data-busy`: a
 * reload while a save is under way asks Figma again for what the save held (and a View seat's
 * Tier-1 budget is six calls a minute), so tools and tests that reload wait for it too.
 */
let saves = 0;
const listeners = new Set<() => void>();

function changed(by: number) {
  saves += by;
  for (const listener of listeners) listener();
}

export const cacheSaving = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  },
  current: () => saves > 0,
  track(save: Promise<void>): Promise<void> {
    changed(1);
    return save.finally(() => changed(-1));
  },
};
