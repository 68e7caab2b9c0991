import { describe, expect, it } from 'vitest';
import { describeInputError, isInputError, otherInputProblems } from './input-error';

const located = (message: string) =>
  Object.assign(new Error(message), { file: 'broken.json', jsonPath: '$' });

describe('describeInputError', () => {
  it('names the file and path once, even when the message already does', () => {
    expect(describeInputError(located('invalid JSON'))).toBe('broken.json at $: invalid JSON');
    expect(describeInputError(located('broken.json at $: invalid JSON'))).toBe(
      'broken.json at $: invalid JSON',
    );
  });
});

describe('isInputError and otherInputProblems', () => {
  it('take an error naming a file and path, with its other problems in `lines`', () => {
    const error = Object.assign(located('first'), { lines: ['broken.json at $: first', 'second'] });
    expect(isInputError(error)).toBe(true);
    expect(otherInputProblems(error)).toEqual(['second']);
  });

  it('take anything else as no input error with no other problems', () => {
    for (const other of [new Error('network'), { file: 'a', jsonPath: '$' }, null, 'text']) {
      expect(isInputError(other)).toBe(false);
      expect(otherInputProblems(other)).toEqual([]);
    }
    expect(otherInputProblems(Object.assign(new Error('x'), { lines: 'not a list' }))).toEqual([]);
  });
});
