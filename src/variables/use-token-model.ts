/**
 * The token model as a query keyed by its inputs: the input's identity (a refetched or re-imported
 * input is a new object, an unchanged refetch keeps the old one through structural sharing) and
 * the conversion options. The Variables and Tokens tabs ask with the same key, so a file is
 * converted once, in the worker, and shared.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';
import type { FigmaVariablesInput, FloatType } from '../tokens/model';
import { objectId } from '../lib/object-id';
import type { MaybeLazy } from '../lib/json-blob';
import { convertInWorker } from './convert-client';

export interface ModelOptions {
  floatTypeOverrides: Record<string, FloatType>;
  includeHidden: boolean;
  remUnits: boolean;
}

const inputsById = new Map<number, WeakRef<MaybeLazy<FigmaVariablesInput>>>();

/** The input's id for query keys, remembered so the query function can find the input again. */
export function inputIdOf(input: MaybeLazy<FigmaVariablesInput>): number {
  const id = objectId(input);
  if (!inputsById.has(id)) inputsById.set(id, new WeakRef(input));
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

export function useTokenModel(
  input: MaybeLazy<FigmaVariablesInput> | undefined,
  options: ModelOptions,
) {
  return useQuery(tokenModelQuery(input ? inputIdOf(input) : undefined, options));
}
