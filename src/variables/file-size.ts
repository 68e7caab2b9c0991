/**
 * File sizes the file list can show without writing a file: most exporters build their text
 * eagerly, but DTCG files are written only when read (lazyFile), and reading one just to measure
 * it would undo that.
 */
import type { OutputFile } from '../tokens/formats';

/** UTF-8 byte length, as TextEncoder would give, without allocating the encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit < 0xdc00 && isLowSurrogate(text.charCodeAt(index + 1))) {
      bytes += 4;
      index++;
    } else bytes += 3;
  }
  return bytes;
}

function isLowSurrogate(unit: number) {
  return unit >= 0xdc00 && unit < 0xe000;
}

/** The file's size when its text already exists; undefined for a file still to be written. */
export function writtenBytes(file: OutputFile): number | undefined {
  const contents = Object.getOwnPropertyDescriptor(file, 'contents');
  return contents && typeof contents.value === 'string' ? utf8Length(contents.value) : undefined;
}
