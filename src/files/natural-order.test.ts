import { describe, expect, it } from 'vitest';
import { compareNames, sortedByName } from './natural-order';

describe('natural name order', () => {
  it('orders numbers inside names by value', () => {
    const names = ['Ticket #929', 'Ticket #89', 'Ticket #845'].map((name) => ({ name }));
    expect(sortedByName(names).map((item) => item.name)).toEqual([
      'Ticket #89',
      'Ticket #845',
      'Ticket #929',
    ]);
  });

  it('ignores case and accents', () => {
    expect(compareNames('école', 'Ecole')).toBe(0);
    expect(compareNames('alpha', 'Beta')).toBeLessThan(0);
  });
});
