/**
 * The pull request's title and body: counts, a table of exactly the changed tokens with their
 * values per mode, the files written, and where in Figma it came from. Markdown built here is
 * pure text; every cell is escaped so token names cannot break the table.
 */
import type { TokenDiff } from '../tokens/diff/diff-exports';
import type { ChangeRow } from './review';
import { valueText } from './review';
import { fileMarker } from './plan';

export interface PullRequestSource {
  fileKey: string;
  fileName: string;
  /** Figma's version id of the file, when known. */
  version?: string;
  lastModified?: string;
}

export interface PullRequestContent {
  title: string;
  body: string;
}

const KIND_LABEL: Record<ChangeRow['kind'], string> = {
  added: 'Added',
  removed: 'Removed',
  renamed: 'Renamed',
  changed: 'Changed',
};

/** Table cells: no pipes, no newlines, no markdown from token names or values. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/`/g, "'");
}
const code = (text: string) => (text === '—' ? '—' : `\`${cell(text)}\``);

export function figmaFileUrl(fileKey: string): string {
  return `https://www.figma.com/design/${encodeURIComponent(fileKey)}`;
}

function countsLine(diff: TokenDiff): string {
  const parts = [
    `${diff.counts.changed} changed`,
    `${diff.counts.added} added`,
    `${diff.counts.removed} removed`,
    `${diff.counts.renamed} renamed`,
  ];
  return `**${parts.join(' · ')}**`;
}

function tableRows(rows: readonly ChangeRow[]): string[] {
  const lines = ['| Token | Change | Mode | Before | After |', '| --- | --- | --- | --- | --- |'];
  for (const row of rows) {
    const name =
      row.fromPath && row.fromPath !== row.path
        ? `${code(row.fromPath)} → ${code(row.path)}`
        : code(row.path);
    const modes = row.modes.length ? row.modes : [{ mode: '—' }];
    for (const mode of modes) {
      const before = 'before' in mode ? valueText(mode.before, row.type).text : '—';
      const after = 'after' in mode ? valueText(mode.after, row.type).text : '—';
      lines.push(
        `| ${name} | ${KIND_LABEL[row.kind]} | ${cell(mode.mode)} | ${code(before)} | ${code(after)} |`,
      );
    }
  }
  return lines;
}

export function buildPullRequest(input: {
  source: PullRequestSource;
  diff: TokenDiff;
  rows: readonly ChangeRow[];
  files: { written: readonly string[]; deleted: readonly string[] };
  base: string;
}): PullRequestContent {
  const { source, diff, rows, files, base } = input;
  const version = source.version ? ` (version ${cell(source.version)})` : '';
  const lines = [
    fileMarker(source.fileKey),
    `Design tokens from the Figma file [${cell(source.fileName)}](${figmaFileUrl(source.fileKey)})${version}, compared with \`${cell(base)}\`.`,
    '',
    countsLine(diff),
    '',
    ...(rows.length ? tableRows(rows) : ['No token changed; only generated files differ.']),
    '',
    '<details><summary>Files</summary>',
    '',
    ...files.written.map((path) => `- ${cell(path)}`),
    ...files.deleted.map((path) => `- ${cell(path)} (deleted)`),
    '',
    '</details>',
    '',
    `_Opened by Tokenport${source.lastModified ? `; file last modified ${cell(source.lastModified)}` : ''}._`,
  ];
  const total = diff.counts.changed + diff.counts.added + diff.counts.removed + diff.counts.renamed;
  return {
    title: `Design tokens from Figma: ${source.fileName} (${total} token${total === 1 ? '' : 's'})`,
    body: lines.join('\n'),
  };
}
