/**
 * Fetches `GET /v1/files/:key/variables/local` for the CLI with a personal access token, and
 * turns Figma's error replies (both shapes) into one sentence. The token is never printed.
 */

export class FigmaFetchError extends Error {
  override name = 'FigmaFetchError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface FetchVariablesOptions {
  fileKey: string;
  token: string;
  apiBase?: string;
  fetchImpl?: typeof fetch;
}

function figmaMessage(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const record = body as Record<string, unknown>;
  if (typeof record.message === 'string') return record.message;
  if (typeof record.err === 'string') return record.err;
  return undefined;
}

export async function fetchLocalVariables(options: FetchVariablesOptions): Promise<string> {
  const base = (options.apiBase ?? 'https://api.figma.com').replace(/\/+$/, '');
  const url = `${base}/v1/files/${encodeURIComponent(options.fileKey)}/variables/local`;
  const doFetch = options.fetchImpl ?? fetch;
  let response: Response;
  try {
    response = await doFetch(url, {
      headers: { 'X-Figma-Token': options.token, Accept: 'application/json' },
    });
  } catch (error) {
    throw new FigmaFetchError(
      `could not reach ${base}: ${error instanceof Error ? error.message : String(error)}`,
      0,
    );
  }
  const text = await response.text();
  if (response.ok) return text;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  const message = figmaMessage(body) ?? (text.trim().slice(0, 200) || response.statusText);
  let hint = '';
  if (response.status === 403 && /limited by figma plan|incorrect account type/i.test(message)) {
    hint =
      ' — the Variables REST API is only available to full members of Enterprise organizations. On other plans, export the variables from Figma (Local variables → Export modes) and pass the files with --input.';
  } else if (response.status === 403 && /invalid scope/i.test(message)) {
    hint = ' — the token needs the file_variables:read scope.';
  } else if (response.status === 403 && /invalid token|token expired/i.test(message)) {
    hint = ' — check FIGMA_TOKEN (personal access tokens expire after at most 90 days).';
  } else if (response.status === 404) {
    hint = ' — check the file key and that the token can open the file.';
  } else if (response.status === 429) {
    const retry = response.headers.get('retry-after');
    hint = retry
      ? ` — rate limited; try again in ${retry} seconds.`
      : ' — rate limited; try again later.';
  }
  throw new FigmaFetchError(
    `Figma answered ${response.status}: ${message}${hint}`,
    response.status,
  );
}
