import { describe, expect, it } from 'vitest';
import { idSuffix } from '../names.ts';
import { nameAfterKeyEdits } from './read-renames.ts';

describe('nameAfterKeyEdits', () => {
  it('keeps the Figma name while the keys are as the export wrote them', () => {
    expect(nameAfterKeyEdits('Size/xSmall', ['Size', 'xSmall'], 'V:1')).toBe('Size/xSmall');
    // Dots and braces are not DTCG names: the export wrote dashes.
    expect(nameAfterKeyEdits('space/0.5', ['space', '0-5'], 'V:1')).toBe('space/0.5');
    // A collision renamed by the export, and a $root token.
    expect(nameAfterKeyEdits('a/b', ['a', `b-${idSuffix('V:1')}`], 'V:1')).toBe('a/b');
    expect(nameAfterKeyEdits('a/$root', ['a', '$root'], 'V:1')).toBe('a/$root');
    // Only case differs: a hand-written file may lower-case keys.
    expect(nameAfterKeyEdits('Semantic/Surface', ['semantic', 'surface'], 'V:1')).toBe(
      'Semantic/Surface',
    );
  });

  it('takes an edited key as a rename of that segment, keeping the others as named', () => {
    expect(nameAfterKeyEdits('Size/xSmall', ['Size', 'xSmallX'], 'V:1')).toBe('Size/xSmallX');
    expect(nameAfterKeyEdits('gap/gap_sm', ['gap', 'gap-sm'], 'V:1')).toBe('gap/gap-sm');
    expect(nameAfterKeyEdits('space/0.5', ['spacing', '0-5'], 'V:1')).toBe('spacing/0.5');
    // A suffix for another variable's collision is an edit.
    expect(nameAfterKeyEdits('a/b', ['a', `b-${idSuffix('V:2')}`], 'V:1')).toBe(
      `a/b-${idSuffix('V:2')}`,
    );
  });

  it('takes a token moved to another depth at its path', () => {
    expect(nameAfterKeyEdits('gap/small', ['space', 'gap', 'small'], 'V:1')).toBe(
      'space/gap/small',
    );
  });
});
