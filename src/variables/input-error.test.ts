import { describe, expect, it } from 'vitest';
import { describeInputError } from './input-error';

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
