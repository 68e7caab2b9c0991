/**
 * Names as people read them: “#89” before “#845” before “#929”, and “école” beside “Ecole”.
 * Plain string order puts “#929” first because it compares digit by digit.
 */
const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}

export function sortedByName<T extends { name: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => compareNames(a.name, b.name));
}
