import { useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput, FloatType } from '../tokens/model';
import { loadConvert } from './core';

export interface ModelOptions {
  floatTypeOverrides: Record<string, FloatType>;
  includeHidden: boolean;
  remUnits: boolean;
}

/** Converts off the render path (lazy engine); cached per input object and options. */
export function useTokenModel(
  sourceKey: string,
  input: FigmaVariablesInput | undefined,
  options: ModelOptions,
) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- keyed by the source's identity and update time, not by the (large) input object
  return useQuery({
    queryKey: ['tokens', 'model', sourceKey, options],
    queryFn: async () => {
      const { convertVariables } = await loadConvert();
      return convertVariables(input as FigmaVariablesInput, options);
    },
    enabled: input !== undefined,
    staleTime: Infinity,
    gcTime: 60_000,
    structuralSharing: false,
  });
}
