import { describe, expect, it } from 'vitest';
import { generateLargeVariables } from '../fixtures/figma/generate-large.ts';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildDtcg } from '../../src/tokens/exporters/dtcg.ts';
import { lazyFile } from '../../src/tokens/exporters/shared.ts';

describe('lazy output files', () => {
  it('writes a file once, on first read', () => {
    let writes = 0;
    const file = lazyFile('a.json', 'application/json', () => `${++writes}`);
    expect(writes).toBe(0);
    expect([file.contents, file.contents]).toEqual(['1', '1']);
    expect(writes).toBe(1);
  });

  it('leaves DTCG token files unwritten until read', () => {
    const model = convertVariables(generateLargeVariables({ variables: 40, modes: 2 }).meta);
    const realStringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof realStringify>) => {
      calls++;
      return realStringify(...args);
    }) as typeof JSON.stringify;
    try {
      const files = buildDtcg(model);
      // The resolver is written at once; the three token files are not.
      expect(files).toHaveLength(4);
      expect(calls).toBe(1);
      expect(JSON.parse(files[0]!.contents)).toHaveProperty('primitives');
      expect(calls).toBe(2);
    } finally {
      JSON.stringify = realStringify;
    }
  });
});
