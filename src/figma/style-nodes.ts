/**
 * Style definitions without a second Tier-1 call where possible: a style whose node is already in
 * the file answer (depth 2 holds pages and their top-level frames) is read from it, and only the
 * others are asked of `/nodes`, in one call.
 */
import type { GetFileNodesResponse, GetFileResponse } from '@figma/rest-api-spec';

export type StyleNodes = GetFileNodesResponse['nodes'];

interface TreeNode {
  id: string;
  children?: readonly TreeNode[];
}

export function splitStyleNodes(file: Pick<GetFileResponse, 'document' | 'styles'>): {
  inFile: StyleNodes;
  missing: string[];
} {
  const wanted = new Set(Object.keys(file.styles ?? {}));
  const inFile: StyleNodes = {};
  const stack: TreeNode[] = [file.document as TreeNode];
  while (stack.length) {
    const node = stack.pop() as TreeNode;
    if (wanted.has(node.id)) {
      inFile[node.id] = {
        document: node as unknown as StyleNodes[string]['document'],
        components: {},
        componentSets: {},
        schemaVersion: 0,
        styles: {},
      };
    }
    stack.push(...(node.children ?? []));
  }
  return { inFile, missing: [...wanted].filter((id) => !(id in inFile)).sort() };
}
