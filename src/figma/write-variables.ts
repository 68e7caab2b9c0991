/**
 * Writing variables back to a Figma file (`POST /v1/files/:key/variables`). A change set too large
 * for one request arrives as several bodies: each is sent in order, and the bodies not sent yet are
 * rewritten with the real ids Figma gave the temp ids of the earlier ones.
 */
import type { PostVariablesRequestBody, PostVariablesResponse } from '@figma/rest-api-spec';
import type { FigmaClient } from './create-figma-client';

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
  client: FigmaClient,
  fileKey: string,
  write: VariablesWrite,
): Promise<VariablesWriteResult> {
  let bodies = write.bodies;
  const tempIdToRealId: Record<string, string> = {};
  for (let index = 0; index < bodies.length; index += 1) {
    const reply = await client.post<PostVariablesResponse>(
      `/v1/files/${encodeURIComponent(fileKey)}/variables`,
      bodies[index],
    );
    const mapping = reply.meta?.tempIdToRealId ?? {};
    Object.assign(tempIdToRealId, mapping);
    bodies = write.withRealIds(bodies, mapping);
  }
  return { parts: bodies.length, tempIdToRealId };
}
