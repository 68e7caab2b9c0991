/** Figma colours are 0–1 floats; every place that prints one as hex goes through here. */
import type { ColorValue, Literal } from './model.ts';

export function isColor(value: Literal): value is ColorValue {
  return typeof value === 'object' && value !== null && 'components' in value;
}

/** A 0–1 channel as 0–255, clamped: Figma's floats can drift just past the range. */
export function channel255(value: number): number {
  return Math.round(Math.min(1, Math.max(0, value)) * 255);
}

/** `00`…`ff`: every colour of every export prints three or four bytes, so they are made once. */
const HEX_BYTES = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

export function hexByte(byte: number): string {
  return HEX_BYTES[byte] ?? byte.toString(16).padStart(2, '0');
}

/** `#rrggbb` from 0–1 channels. */
export function hex6(r: number, g: number, b: number): string {
  return `#${hexByte(channel255(r))}${hexByte(channel255(g))}${hexByte(channel255(b))}`;
}

/** A Figma RGBA (0–1 floats, alpha optional) as the model's colour. */
export function colorValue({
  r,
  g,
  b,
  a,
}: {
  r: number;
  g: number;
  b: number;
  a?: number;
}): ColorValue {
  return { colorSpace: 'srgb', components: [r, g, b], alpha: a ?? 1, hex: hex6(r, g, b) };
}
