/**
 * The lazily loaded half of the repository panel: Octokit, the tokens core and the review/PR
 * builders. The panel imports this module with `import()` only once a repository is connected,
 * so neither the GitHub client nor the converter weighs on any first route.
 */
import { getConfig } from '../config';
import { convertVariables } from '../tokens/convert';
import { buildFormat } from '../tokens/formats';
import { FORMAT_IDS } from '../tokens/catalog';
import type { FigmaVariablesInput } from '../tokens/model';
import { readDtcgExport } from '../tokens/dtcg/read';
import type { DtcgExport } from '../tokens/dtcg/read-types';
import { diffExports } from '../tokens/diff/diff-exports';
import type { TokenDiff } from '../tokens/diff/diff-exports';
import { checkConnection, createGitHub, readBaseline, repositoryPaths } from './client';
import type { Baseline, Connection } from './client';
import { planWrites } from './plan';
import type { OutputText, WritePlan } from './plan';
import { buildPullRequest } from './pr-body';
import type { PullRequestSource } from './pr-body';
import { changeRows, valueText } from './review';
import type { ChangeRow, ValueText } from './review';
import type { RepositorySettings } from './settings';
import { syncPullRequest } from './sync';
import type { SyncResult } from './sync';

export interface DisplayRow {
  kind: ChangeRow['kind'];
  key: string;
  path: string;
  fromPath?: string;
  modes: { mode: string; before: ValueText; after: ValueText }[];
}

export interface Preview {
  baseline: Baseline;
  outputs: OutputText[];
  diff: TokenDiff;
  rows: ChangeRow[];
  display: DisplayRow[];
  plan: WritePlan;
}

const EMPTY: DtcgExport = { origin: 'dtcg', collections: [], tokens: {}, warnings: [] };

export function connect(token: string, settings: RepositorySettings): Promise<Connection> {
  return checkConnection(createGitHub(token, getConfig().githubApiBase), settings);
}

/** Same options as the Tokens tab's defaults, so the repository gets what a download would. */
function buildOutputs(input: FigmaVariablesInput, settings: RepositorySettings) {
  const model = convertVariables(input, { includeHidden: true });
  const formats = FORMAT_IDS.filter((f) => settings.formats.includes(f));
  const files = formats.flatMap((format) =>
    buildFormat(model, format, { modeSelector: 'data-attribute' }),
  );
  const dtcg = formats.includes('dtcg')
    ? files.filter((f) => f.path.endsWith('.json'))
    : buildFormat(model, 'dtcg');
  return { files, dtcg };
}

export async function preview(
  token: string,
  settings: RepositorySettings,
  input: FigmaVariablesInput,
): Promise<Preview> {
  const gh = createGitHub(token, getConfig().githubApiBase);
  const baseline = await readBaseline(gh, settings);
  const { files, dtcg } = buildOutputs(input, settings);
  const previous = baseline.tokenFiles.length ? readDtcgExport(baseline.tokenFiles) : EMPTY;
  const next = readDtcgExport(dtcg.map((f) => ({ name: f.path, text: f.contents })));
  const diff = diffExports(previous, next);
  const rows = changeRows(diff, next);
  const outputs = repositoryPaths(settings, files);
  const display = rows.map((row) => ({
    kind: row.kind,
    key: row.key,
    path: row.path,
    ...(row.fromPath ? { fromPath: row.fromPath } : {}),
    modes: row.modes.map((m) => ({
      mode: m.mode,
      before: valueText(m.before, row.type, previous),
      after: valueText(m.after, row.type, next),
    })),
  }));
  return {
    baseline,
    outputs,
    diff,
    rows,
    display,
    plan: await planWrites(outputs, settings.folder, baseline.files),
  };
}

export function openPullRequest(
  token: string,
  settings: RepositorySettings,
  view: Preview,
  source: PullRequestSource,
): Promise<SyncResult> {
  const gh = createGitHub(token, getConfig().githubApiBase);
  const pull = buildPullRequest({
    source,
    diff: view.diff,
    rows: view.rows,
    files: { written: view.plan.writes.map((f) => f.path), deleted: view.plan.deletes },
    base: settings.branch,
  });
  return syncPullRequest(gh, {
    settings,
    baseline: view.baseline,
    outputs: view.outputs,
    fileKey: source.fileKey,
    fileName: source.fileName,
    pull,
    now: new Date(),
  });
}
