/**
 * The token model as a query keyed by its inputs: the input's identity (a refetched or re-imported
 * input is a new object, an unchanged refetch keeps the old one through structural sharing) and
 * the conversion options. The Variables and Tokens tabs ask with the same key, so a file is
 * converted once, in the worker, and shared.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput, FloatType } from '../tokens/model';
import { convertInWorker } from './convert-client';

export interface ModelOptions {
  floatTypeOverrides: Record<string, FloatType>;
  includeHidden: boolean;
  remUnits: boolean;
}

let nextInputId = 1;
const inputIds = new WeakMap<FigmaVariablesInput, number>();
const inputsById = new Map<number, WeakRef<FigmaVariablesInput>>();

/** A number per distinct input object, so a query key never has to hold (or hash) the input. */
export function inputIdOf(input: FigmaVariablesInput): number {
  let id = inputIds.get(input);
  if (id === undefined) {
    id = nextInputId++;
    inputIds.set(input, id);
    inputsById.set(id, new WeakRef(input));
  }
  return id;
}

export function tokenModelQuery(inputId: number | undefined, options: ModelOptions) {
  return queryOptions({
    queryKey: ['tokens', 'model', inputId, options] as const,
    queryFn: () => {
      const input = inputId === undefined ? undefined : inputsById.get(inputId)?.deref();
      if (!input)
        throw new Error('The variables to convert are no longer loaded; reload the page.');
      return convertInWorker(input, options);
    },
    enabled: inputId !== undefined,
    staleTime: Infinity,
    gcTime: 60_000,
    structuralSharing: false,
  });
}

export function useTokenModel(input: FigmaVariablesInput | undefined, options: ModelOptions) {
  return useQuery(tokenModelQuery(input ? inputIdOf(input) : undefined, options));
}
