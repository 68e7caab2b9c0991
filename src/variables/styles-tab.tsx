import { Suspense } from 'react';
import { useParams } from 'react-router-dom';
import { queryOptions, useSuspenseQuery } from '@tanstack/react-query';
import type { GetFileResponse } from '@figma/rest-api-spec';
import { figmaQueries } from '../figma/queries';
import type { StyleNodes } from '../figma/style-nodes';
import { EmptyState } from '../ui/empty-state';
import { Skeleton } from '../ui/skeleton';
import { loadStyles } from './core';
import { ExportPanel } from './export-panel';
import { Swatch } from './value-view';
import './variables.css';

type FileStyle = NonNullable<GetFileResponse['styles']>[string];

interface StyleDocument {
  fills?: { color?: { r: number; g: number; b: number; a: number } }[];
  style?: { fontFamily?: string; fontSize?: number; fontWeight?: number };
}

/** Tokens derived from the cached file and style nodes, keyed by the file's version. */
function stylesAsTokens(fileKey: string, version: string) {
  return queryOptions({
    queryKey: ['tokens', 'styles', fileKey, version] as const,
    staleTime: Infinity,
    structuralSharing: false,
    queryFn: async ({ client }) => {
      const [styles, fileData, nodeData] = await Promise.all([
        loadStyles(),
        client.ensureQueryData(figmaQueries.file(fileKey, 2)),
        client.ensureQueryData(figmaQueries.styleNodes(fileKey, version)),
      ]);
      return styles.stylesToVariables(fileData, nodeData);
    },
  });
}

/**
 * Styles work on every Figma plan: style definitions come from the file answer or one `/nodes`
 * call. The route's loader asks for the style nodes once the file's version is known; a failure
 * is the route's error screen.
 */
export function StylesTab() {
  const { fileKey = '' } = useParams();
  return (
    <Suspense fallback={<Skeleton height={200} radius="md" />}>
      <FileStyles fileKey={fileKey} />
    </Suspense>
  );
}

function FileStyles({ fileKey }: { fileKey: string }) {
  // The file layout's answer, already cached: no request of its own.
  const file = useSuspenseQuery(figmaQueries.file(fileKey, 2));
  if (Object.keys(file.data.styles ?? {}).length === 0)
    return (
      <EmptyState
        title="This file has no styles"
        body="Colour, text and effect styles defined in this file appear here."
      />
    );
  return <StylesExport fileKey={fileKey} file={file.data} />;
}

function StylesExport({ fileKey, file }: { fileKey: string; file: GetFileResponse }) {
  const nodes = useSuspenseQuery(figmaQueries.styleNodes(fileKey, file.version));
  const converted = useSuspenseQuery(stylesAsTokens(fileKey, file.version));
  const { skipped } = converted.data;
  return (
    <div className="variables">
      <section aria-labelledby="styles-heading">
        <h2 id="styles-heading" className="files-section-title">
          Styles
        </h2>
        <ul className="style-list">
          {Object.entries(file.styles ?? {}).map(([id, style]) => (
            <StyleItem key={id} style={style} nodes={nodes.data} id={id} />
          ))}
        </ul>
        {skipped.length > 0 && (
          <p className="files-muted">
            Not exported: {skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}
          </p>
        )}
      </section>
      <section aria-labelledby="styles-export-heading">
        <h2 id="styles-export-heading" className="files-section-title">
          Export styles as tokens
        </h2>
        <ExportPanel
          sourceKey={`file:${fileKey}:styles`}
          input={converted.data.input}
          title={`${file.name} styles`}
        />
      </section>
    </div>
  );
}

function StyleItem({ id, style, nodes }: { id: string; style: FileStyle; nodes: StyleNodes }) {
  const node = nodes[id]?.document as StyleDocument | undefined;
  const color = node?.fills?.[0]?.color;
  const text = node?.style;
  return (
    <li className="style-item">
      {style.styleType === 'FILL' && color && (
        <Swatch
          value={{
            colorSpace: 'srgb',
            components: [color.r, color.g, color.b],
            alpha: color.a,
            hex: '',
          }}
        />
      )}
      {style.styleType === 'TEXT' && text && (
        <span
          className="style-specimen"
          style={{
            fontFamily: `${JSON.stringify(text.fontFamily ?? 'inherit')}, sans-serif`,
            fontWeight: text.fontWeight,
            fontSize: Math.min(text.fontSize ?? 14, 28),
          }}
        >
          Aa
        </span>
      )}
      {style.styleType === 'EFFECT' && <span className="style-shadow" aria-hidden="true" />}
      <span className="style-item__name">{style.name}</span>
      <span className="files-muted">{style.styleType.toLowerCase()}</span>
    </li>
  );
}
