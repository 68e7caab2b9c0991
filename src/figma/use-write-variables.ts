/** Writing variables back to a Figma file as a mutation, through the app's Figma client. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { figmaClient } from './client';
import { figmaQueries } from './queries';
import { writeVariables } from './write-variables';
import type { VariablesWrite } from './write-variables';

export function useWriteVariables(fileKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...figmaQueries.all(), 'file', fileKey, 'variables', 'write'],
    mutationFn: (write: VariablesWrite) => writeVariables(figmaClient(), fileKey, write),
    // Settled, not only success: a split write can fail after earlier parts already landed.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: figmaQueries.localVariables(fileKey).queryKey }),
  });
}
