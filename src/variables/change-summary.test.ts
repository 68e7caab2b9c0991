import { describe, expect, it } from 'vitest';
import { summarizeChanges } from './change-summary';

const none = { created: 0, updated: 0, deleted: 0 };

describe('summarizeChanges', () => {
  it('says what Figma will do in one sentence, and what stays because deleting is off', () => {
    const summary = summarizeChanges({
      collections: none,
      modes: { ...none, created: 1 },
      variables: { created: 1, updated: 2, deleted: 0 },
      valuesChanged: 3,
      notDeleted: 4,
    });
    expect(summary.sentence).toBe(
      'Figma will add 1 variable, update 2 variables and add 1 mode, setting 3 values.',
    );
    expect(summary.kept).toBe(
      '4 variables in Figma but not in your file will stay as they are (deleting is off).',
    );
  });

  it('says nothing changes when nothing does', () => {
    const summary = summarizeChanges({
      collections: none,
      modes: none,
      variables: none,
      valuesChanged: 0,
      notDeleted: 0,
    });
    expect(summary).toEqual({ sentence: 'Figma will change nothing.' });
  });
});
