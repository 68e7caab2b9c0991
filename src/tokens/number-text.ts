/**
 * A number as code and the UI write it: without float noise, and without losing a digit anyone
 * typed. Figma stores FLOATs as 32-bit floats, so a designer's 0.3 arrives as
 * 0.30000001192092896: such a value is written as the shortest decimal that is the same 32-bit
 * float (0.3, and 0.000625 rather than 0.0006249999860301614). Any other value (a DTCG file's,
 * or arithmetic like 0.1 + 0.2) keeps 15 significant digits, past which doubles are noise.
 * Rounding to a fixed number of decimals instead wrote 0.00015 as 0.0001.
 */
export function num(value: number): string {
  if (Number.isInteger(value)) return String(value);
  if (Math.fround(value) === value) {
    // Nine significant digits always identify a 32-bit float.
    for (let digits = 1; digits < 9; digits++) {
      const short = Number(value.toPrecision(digits));
      if (Math.fround(short) === value) return String(short);
    }
  }
  return String(Number(value.toPrecision(15)));
}

/** The number a value stands for, noise removed: what `num` writes, as a number to compute with. */
export function intended(value: number): number {
  return Number.isInteger(value) ? value : Number(num(value));
}
