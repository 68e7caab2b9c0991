import { useParams } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { figmaQueries } from '../figma/queries';
import { FigmaProblem } from '../figma/figma-problem';
import { EmptyState } from '../ui/empty-state';
import { Skeleton } from '../ui/skeleton';
import { loadStyles } from './core';
import { ExportPanel } from './export-panel';
import { Swatch } from './value-view';
import './variables.css';

/** Styles work on every Figma plan: style definitions come from the file answer or one `/nodes` call. */
export function StylesTab() {
  const { fileKey = '' } = useParams();
  const file = useQuery(figmaQueries.file(fileKey, 2));
  const styleIds = Object.keys(file.data?.styles ?? {});
  const version = file.data?.version;
  const nodes = useQuery(figmaQueries.styleNodes(fileKey, version));
  // Derived from the cached file and style nodes, keyed by the file's version.
  const converted = useQuery({
    queryKey: ['tokens', 'styles', fileKey, version],
    enabled: nodes.isSuccess,
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

  if (file.isPending) return <Skeleton height={200} radius="md" />;
  if (file.isError) return <FigmaProblem error={file.error} onRetry={() => void file.refetch()} />;
  if (styleIds.length === 0)
    return (
      <EmptyState
        title="This file has no styles"
        body="Colour, text and effect styles defined in this file appear here."
      />
    );
  if (nodes.isError)
    return <FigmaProblem error={nodes.error} onRetry={() => void nodes.refetch()} />;
  if (nodes.isPending || converted.isPending) return <Skeleton height={200} radius="md" />;
  if (converted.isError) return <FigmaProblem error={converted.error} />;

  const styles = Object.entries(file.data.styles);
  return (
    <div className="variables">
      <section aria-labelledby="styles-heading">
        <h2 id="styles-heading" className="files-section-title">
          Styles
        </h2>
        <ul className="style-list">
          {styles.map(([id, style]) => {
            const node = nodes.data[id]?.document as
              | {
                  fills?: { color?: { r: number; g: number; b: number; a: number } }[];
                  style?: { fontFamily?: string; fontSize?: number; fontWeight?: number };
                }
              | undefined;
            const color = node?.fills?.[0]?.color;
            const text = node?.style;
            return (
              <li key={id} className="style-item">
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
                {style.styleType === 'EFFECT' && (
                  <span className="style-shadow" aria-hidden="true" />
                )}
                <span className="style-item__name">{style.name}</span>
                <span className="files-muted">{style.styleType.toLowerCase()}</span>
              </li>
            );
          })}
        </ul>
        {converted.data.skipped.length > 0 && (
          <p className="files-muted">
            Not exported: {converted.data.skipped.map((s) => `${s.name} (${s.reason})`).join('; ')}
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
          title={`${file.data.name} styles`}
        />
      </section>
    </div>
  );
}
