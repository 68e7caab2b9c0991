import { useQuery } from '@tanstack/react-query';
import type { GetLocalVariablesResponse } from '@figma/rest-api-spec';
import type { ChangeSet } from '../tokens/writeback/types';
import { loadReader, loadWriteback } from './core';
import type { PickedFile } from './json-file-picker';

/** What writing `uploaded` to the file would change, against the file's current variables. */
export function useChangeSet(
  fileKey: string,
  variables: { data: GetLocalVariablesResponse | undefined; dataUpdatedAt: number },
  uploaded: PickedFile[] | undefined,
  allowDelete: boolean,
) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- keyed by the source's identity and update time, not by the (large) input object
  return useQuery({
    queryKey: ['tokens', 'change-set', fileKey, uploaded, allowDelete, variables.dataUpdatedAt],
    enabled: Boolean(uploaded && variables.data),
    staleTime: Infinity,
    structuralSharing: false,
    retry: false,
    queryFn: async (): Promise<ChangeSet> => {
      const [{ readDtcgExport }, { buildChangeSet }] = await Promise.all([
        loadReader(),
        loadWriteback(),
      ]);
      return buildChangeSet(
        variables.data?.meta ?? { variables: {}, variableCollections: {} },
        readDtcgExport(uploaded ?? []),
        { allowDelete },
      );
    },
  });
}
