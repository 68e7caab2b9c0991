// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { ErrorBoundary } from './error-boundary';

describe('ErrorBoundary', () => {
  it('shows the failure in place of its part only, and a retry renders the part again', () => {
    let broken = true;
    function Part() {
      if (broken) throw new Error('profile unavailable');
      return <p>Profile</p>;
    }
    const onReset = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <p>Rest of the page</p>
        <ErrorBoundary
          onReset={onReset}
          fallback={(error, retry) => (
            <button type="button" onClick={retry}>
              Retry after {(error as Error).message}
            </button>
          )}
        >
          <Part />
        </ErrorBoundary>
      </main>,
    );
    expect(screen.getByText('Rest of the page')).toBeInTheDocument();
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry after profile unavailable' }));
    expect(onReset).toHaveBeenCalledOnce();
    expect(screen.getByText('Profile')).toBeInTheDocument();
    vi.restoreAllMocks();
  });
});
