// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { InputErrorDetails } from './input-error-details';

const problem = (i: number) => ({
  file: 'tokens.json',
  jsonPath: `$.space.s${i}.$value`,
  detail: `bad ${i} (rule: dimension)`,
});

describe('InputErrorDetails', () => {
  it('shows the first problem, lists 20 others with file and path, and counts the rest', () => {
    const more = Array.from({ length: 25 }, (_, i) => problem(i + 1));
    const worded = (p: ReturnType<typeof problem>) => `${p.file} at ${p.jsonPath}: ${p.detail}`;
    // Shaped as the tokens core's TokenInputError (src/ui reads errors by shape, not by class).
    const error = Object.assign(new Error(worded(problem(0))), {
      file: 'tokens.json',
      jsonPath: '$.space.s0.$value',
      lines: [problem(0), ...more].map(worded),
    });
    const { container } = render(<InputErrorDetails error={error} />);
    expect(container.querySelector('p')).toHaveTextContent(
      'tokens.json at $.space.s0.$value: bad 0 (rule: dimension)',
    );
    expect(screen.getByText(/25 more problems/)).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(more.slice(0, 20).map(worded));
    expect(screen.getByText('… and 5 more like these.')).toBeInTheDocument();
  });

  it('shows only the message for an error without other problems', () => {
    render(<InputErrorDetails error={new Error('The answer is not valid JSON')} />);
    expect(screen.getByText('The answer is not valid JSON')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
