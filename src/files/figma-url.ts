/**
 * Reads what users paste: Figma team links (or bare ids) and file links of every kind. Anything
 * else gets an error that shows what a valid link looks like — never a navigation.
 */
export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

export interface FileRef {
  /** The key to fetch: the branch key when the link points at a branch. */
  fileKey: string;
  mainFileKey: string;
  branchKey?: string;
  nodeId?: string;
}

const FILE_EXAMPLE = 'https://www.figma.com/design/AbC123xyz/My-file';
const TEAM_EXAMPLE = 'https://www.figma.com/files/team/1234567890/My-team';
const KEY = /^[A-Za-z0-9]{10,128}$/;
const FILE_KINDS = new Set(['file', 'design', 'board', 'proto', 'slides', 'deck', 'make', 'site']);

function toUrl(input: string): URL | undefined {
  const trimmed = input.trim();
  if (!trimmed || trimmed.length > 2048) return undefined;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
}

function isFigmaHost(url: URL): boolean {
  return url.hostname === 'figma.com' || url.hostname.endsWith('.figma.com');
}

export function parseFileUrl(input: string): Parsed<FileRef> {
  const url = toUrl(input);
  if (!url || !isFigmaHost(url)) {
    return { ok: false, error: `Paste a link to a Figma file, like ${FILE_EXAMPLE}` };
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const kind = parts[0] ?? '';
  if (kind === 'files' && parts.includes('team')) {
    return {
      ok: false,
      error: `That is a team link. Add it under “Teams”, or paste a file link like ${FILE_EXAMPLE}`,
    };
  }
  if (kind === 'files' && parts.includes('project')) {
    return {
      ok: false,
      error: `That is a project link. Open the file in Figma and paste its link, like ${FILE_EXAMPLE}`,
    };
  }
  const mainFileKey = parts[1] ?? '';
  if (!FILE_KINDS.has(kind) || !KEY.test(mainFileKey)) {
    return {
      ok: false,
      error: `That does not look like a Figma file link. It should look like ${FILE_EXAMPLE}`,
    };
  }
  const branchIndex = parts.indexOf('branch');
  const branchKey = branchIndex > 1 ? parts[branchIndex + 1] : undefined;
  if (branchIndex > 1 && (!branchKey || !KEY.test(branchKey))) {
    return {
      ok: false,
      error: `The branch part of that link is incomplete. Copy the link again from Figma.`,
    };
  }
  const nodeId = url.searchParams.get('node-id')?.replace(/-/g, ':') || undefined;
  return {
    ok: true,
    value: {
      fileKey: branchKey ?? mainFileKey,
      mainFileKey,
      ...(branchKey ? { branchKey } : {}),
      ...(nodeId ? { nodeId } : {}),
    },
  };
}

export function parseTeamInput(input: string): Parsed<string> {
  const trimmed = input.trim();
  if (/^\d{5,30}$/.test(trimmed)) return { ok: true, value: trimmed };
  const url = toUrl(trimmed);
  if (!url || !isFigmaHost(url)) {
    return {
      ok: false,
      error: `Paste a Figma team link like ${TEAM_EXAMPLE}, or the team’s numeric id.`,
    };
  }
  const parts = url.pathname.split('/').filter(Boolean);
  const teamIndex = parts.indexOf('team');
  const id = teamIndex >= 0 ? parts[teamIndex + 1] : undefined;
  if (parts[0] !== 'files' || !id || !/^\d{5,30}$/.test(id)) {
    return {
      ok: false,
      error: `That is not a team link. In Figma, open the team’s page and copy its address — it looks like ${TEAM_EXAMPLE}`,
    };
  }
  return { ok: true, value: id };
}
