/**
 * Frame previews cost a Tier-1 render call. For View/Collab seats (6 Tier-1 calls a month) or
 * while Tier 1 is rate-limited they wait until the user asks; everyone else gets them at once.
 * Previews already rendered (persisted for the 30 days their URLs live) are always shown.
 */
import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { figmaQueries } from './queries';
import { useFigmaBudget } from './use-figma-budget';

export function usePreviews(fileKey: string, frameIds: readonly string[]) {
  const budget = useFigmaBudget();
  const [asked, setAsked] = useState(false);
  const images = useQuery({
    ...figmaQueries.images(fileKey, { ids: frameIds, scale: 0.5, format: 'png' }),
    enabled: frameIds.length > 0 && (asked || !budget.previewsOnDemand),
  });
  return {
    images,
    /** Nothing rendered yet and the user decides when to spend the call. */
    waitingForRequest: frameIds.length > 0 && !images.data && !images.isFetching && !images.isError,
    monthlyTier1: budget.month[1],
    render: () => {
      setAsked(true);
      if (images.data) void images.refetch();
    },
  };
}
