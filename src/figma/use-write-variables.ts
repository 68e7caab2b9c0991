/**
 * Writing variables back to a Figma file (`POST /v1/files/:key/variables`) as a mutation. A change
 * set too large for one request arrives as several bodies: each is sent in order, and the bodies
 * not sent yet are rewritten with the real ids Figma gave the temp ids of the earlier ones.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PostVariablesRequestBody, PostVariablesResponse } from '@figma/rest-api-spec';
import { figmaClient } from './client';
import { figmaQueries } from './queries';

export interface VariablesWrite {
  bodies: readonly PostVariablesRequestBody[];
  /** The same bodies with these temp ids replaced by Figma's real ids. */
  withRealIds: (
    bodies: readonly PostVariablesRequestBody[],
    tempIdToRealId: Readonly<Record<string, string>>,
  ) => readonly PostVariablesRequestBody[];
}

export interface VariablesWriteResult {
  parts: number;
  tempIdToRealId: Record<string, string>;
}

export async function writeVariables(
  fileKey: string,
  write: VariablesWrite,
): Promise<VariablesWriteResult> {
  let bodies = write.bodies;
  const tempIdToRealId: Record<string, string> = {};
  for (let index = 0; index < bodies.length; index += 1) {
    const reply = await figmaClient().post<PostVariablesResponse>(
      `/v1/files/${encodeURIComponent(fileKey)}/variables`,
      bodies[index],
    );
    const mapping = reply.meta?.tempIdToRealId ?? {};
    Object.assign(tempIdToRealId, mapping);
    bodies = write.withRealIds(bodies, mapping);
  }
  return { parts: bodies.length, tempIdToRealId };
}

export function useWriteVariables(fileKey: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationKey: [...figmaQueries.all(), 'file', fileKey, 'variables', 'write'],
    mutationFn: (write: VariablesWrite) => writeVariables(fileKey, write),
    // Settled, not only success: a split write can fail after earlier parts already landed.
    onSettled: () =>
      queryClient.invalidateQueries({ queryKey: figmaQueries.localVariables(fileKey).queryKey }),
  });
}
