// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act } from 'react';
import { cacheSaving } from './persist/cache-saving';
import { useFigmaBusy } from './use-figma-busy';

let answer: (value: string) => void = () => undefined;
const revalidation = () => new Promise<string>((resolve) => (answer = resolve));

/** A page showing cached data that it revalidates on mount, as a restored Figma answer does. */
function Page() {
  const { data } = useQuery({ queryKey: ['figma', 'file', 'K'], queryFn: revalidation });
  return <p>{data}</p>;
}

function Shell({ commits }: { commits: boolean[] }) {
  const busy = useFigmaBusy('view-1');
  commits.push(busy);
  return (
    <main data-busy={busy || undefined}>
      <Page />
    </main>
  );
}

describe('useFigmaBusy', () => {
  it('is busy from the first render of a page whose effects start a revalidation, until it ends', async () => {
    const client = new QueryClient();
    client.setQueryData(['figma', 'file', 'K'], 'cached');
    await client.invalidateQueries({ refetchType: 'none' });
    const commits: boolean[] = [];
    render(
      <QueryClientProvider client={client}>
        <Shell commits={commits} />
      </QueryClientProvider>,
    );
    // Cached data shows at once, and the page is not yet settled although nothing fetched yet.
    expect(screen.getByText('cached')).toBeInTheDocument();
    expect(commits[0]).toBe(true);
    expect(screen.getByRole('main')).toHaveAttribute('data-busy');
    await waitFor(() => expect(client.isFetching()).toBe(1));
    expect(screen.getByRole('main')).toHaveAttribute('data-busy');

    answer('fresh');
    await waitFor(() => expect(screen.getByRole('main')).not.toHaveAttribute('data-busy'));
    expect(screen.getByText('fresh')).toBeInTheDocument();
    expect(commits.includes(false)).toBe(true);
  });

  it('stays busy while the fetched answer is being saved for the next visit', async () => {
    const client = new QueryClient();
    render(
      <QueryClientProvider client={client}>
        <Shell commits={[]} />
      </QueryClientProvider>,
    );
    let saved: () => void = () => undefined;
    act(() => void cacheSaving.track(new Promise<void>((resolve) => (saved = resolve))));
    answer('fresh');
    expect(await screen.findByText('fresh')).toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveAttribute('data-busy');
    saved();
    await waitFor(() => expect(screen.getByRole('main')).not.toHaveAttribute('data-busy'));
  });
});
