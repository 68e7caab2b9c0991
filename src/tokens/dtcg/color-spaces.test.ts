/**
 * Every colour space DTCG 2025.10 names, converted to sRGB and checked against Color.js (written
 * by CSS Color 4's editors), an implementation nobody on this project wrote. Out-of-gamut colours
 * are compared before clipping, so the transfer functions are checked beyond 0–1 too.
 */
import Color from 'colorjs.io';
import { describe, expect, it } from 'vitest';
import { toSrgb } from './color-spaces.ts';
import type { Vec3 } from './color-spaces.ts';

/** DTCG's space names beside Color.js's ids, with component ranges to sample from. */
const SPACES: [string, string, Vec3, Vec3][] = [
  ['srgb', 'srgb', [0, 0, 0], [1, 1, 1]],
  ['srgb-linear', 'srgb-linear', [0, 0, 0], [1, 1, 1]],
  ['hsl', 'hsl', [0, 0, 0], [360, 100, 100]],
  ['hwb', 'hwb', [0, 0, 0], [360, 100, 100]],
  ['lab', 'lab', [0, -125, -125], [100, 125, 125]],
  ['lch', 'lch', [0, 0, 0], [100, 150, 360]],
  ['oklab', 'oklab', [0, -0.4, -0.4], [1, 0.4, 0.4]],
  ['oklch', 'oklch', [0, 0, 0], [1, 0.4, 360]],
  ['display-p3', 'p3', [0, 0, 0], [1, 1, 1]],
  ['a98-rgb', 'a98rgb', [0, 0, 0], [1, 1, 1]],
  ['prophoto-rgb', 'prophoto', [0, 0, 0], [1, 1, 1]],
  ['rec2020', 'rec2020', [0, 0, 0], [1, 1, 1]],
  ['xyz-d65', 'xyz-d65', [0, 0, 0], [1, 1, 1]],
  ['xyz-d50', 'xyz-d50', [0, 0, 0], [1, 1, 1]],
];

/** A fixed 5 × 5 × 5 grid over each range, ends included: no randomness, 125 colours a space. */
function grid(min: Vec3, max: Vec3): Vec3[] {
  const steps = [0, 0.25, 0.5, 0.75, 1];
  const at = (i: 0 | 1 | 2, t: number) => min[i] + (max[i] - min[i]) * t;
  return steps.flatMap((x) =>
    steps.flatMap((y) => steps.map((z): Vec3 => [at(0, x), at(1, y), at(2, z)])),
  );
}

describe('toSrgb: every DTCG colour space against Color.js', () => {
  it.each(SPACES)('%s', (space, colorJsId, min, max) => {
    const far: string[] = [];
    for (const components of grid(min, max)) {
      const ours = toSrgb(space, components);
      const theirs = new Color(colorJsId, components).to('srgb').coords.map((c) => c ?? 0);
      // Hue is meaningless at zero chroma or saturation; Color.js may report NaN there.
      if (theirs.some((c) => Number.isNaN(c))) continue;
      if (!ours || ours.some((c, i) => Math.abs(c - theirs[i]!) > 1e-4))
        far.push(
          `${JSON.stringify(components)}: ours ${JSON.stringify(ours)}, Color.js ${JSON.stringify(theirs)}`,
        );
    }
    expect(far).toEqual([]);
  });

  it('has no answer for a space DTCG does not name (the caller then warns)', () => {
    expect(toSrgb('cmyk', [0, 0, 0])).toBeUndefined();
  });
});
