/**
 * What a CSS file computes for each custom property under one mode, so two engines' outputs can
 * be compared by value rather than by text: aliases (`var(--x)`) are followed, colours become
 * RGBA tuples and numbers lose formatting differences. Reads flat rules of custom properties
 * only (what both engines emit for the bench's input; no strings holding `;` or `}`).
 */
export type Declarations = Map<string, string>;

export function declarationsBySelector(css: string): Map<string, Declarations> {
  const rules = new Map<string, Declarations>();
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  for (const [, selector = '', body = ''] of text.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const declarations = rules.get(selector.trim()) ?? new Map<string, string>();
    for (const part of body.split(';')) {
      const colon = part.indexOf(':');
      const name = part.slice(0, colon).trim();
      if (colon > 0 && name.startsWith('--')) declarations.set(name, part.slice(colon + 1).trim());
    }
    rules.set(selector.trim(), declarations);
  }
  return rules;
}

function hexTuple(hex: string): string {
  const digits = hex.slice(1);
  const channel = (i: number) => parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  const alpha = digits.length === 8 ? channel(3) / 255 : 1;
  return `rgba(${channel(0)},${channel(1)},${channel(2)},${alpha.toFixed(2)})`;
}

function normalized(value: string): string {
  if (/^#[0-9a-f]{6}([0-9a-f]{2})?$/i.test(value)) return hexTuple(value);
  const rgba = /^rgba?\(\s*([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\s*\)$/.exec(value);
  if (rgba) {
    const [, r, g, b, a = '1'] = rgba;
    return `rgba(${r},${g},${b},${Number(a).toFixed(2)})`;
  }
  const number = /^(-?[\d.]+(?:e-?\d+)?)([a-z%]*)$/i.exec(value);
  // A zero length needs no unit: `0` and `0px` are the same value.
  if (number)
    return Number(number[1]) === 0 ? '0' : `${Number(Number(number[1]).toFixed(3))}${number[2]}`;
  return value;
}

/** Every property's final value, aliases followed (`unresolved: …` when a chain breaks). */
export function computedValues(declarations: Declarations): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of declarations.keys()) {
    let value = declarations.get(name)!;
    for (let hops = 0; hops < 64; hops++) {
      const link = /^var\((--[^),\s]+)\)$/.exec(value);
      if (!link) break;
      value = declarations.get(link[1]!) ?? `unresolved: ${value}`;
    }
    out.set(name, normalized(value));
  }
  return out;
}

/** The differences between two engines' values for one mode, at most `limit` described. */
export function differences(
  ours: Map<string, string>,
  theirs: Map<string, string>,
  limit = 5,
): { count: number; examples: string[] } {
  const examples: string[] = [];
  let count = 0;
  for (const name of new Set([...ours.keys(), ...theirs.keys()])) {
    const a = ours.get(name);
    const b = theirs.get(name);
    if (a === b) continue;
    count++;
    if (examples.length < limit) examples.push(`${name}: ${a ?? 'missing'} vs ${b ?? 'missing'}`);
  }
  return { count, examples };
}
