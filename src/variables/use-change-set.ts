import { useQuery } from '@tanstack/react-query';
import type { LocalVariablesData } from '../figma/queries';
import type { ChangeSet } from '../tokens/writeback/types';
import { loadUploadReader, loadWriteback } from './core';
import type { PickedFile } from './json-file-picker';

/** What writing `uploaded` to the file would change, against the file's current variables. */
export function useChangeSet(
  fileKey: string,
  variables: { data: LocalVariablesData | undefined; dataUpdatedAt: number },
  uploaded: PickedFile[] | undefined,
  allowDelete: boolean,
) {
  return useQuery({
    queryKey: ['tokens', 'change-set', fileKey, uploaded, allowDelete, variables.dataUpdatedAt],
    enabled: Boolean(uploaded && variables.data),
    staleTime: Infinity,
    structuralSharing: false,
    retry: false,
    queryFn: async (): Promise<ChangeSet> => {
      const [{ readUpload }, { buildChangeSet }] = await Promise.all([
        loadUploadReader(),
        loadWriteback(),
      ]);
      return buildChangeSet(
        (await variables.data?.meta.read()) ?? { variables: {}, variableCollections: {} },
        readUpload(uploaded ?? []),
        { allowDelete },
      );
    },
  });
}
