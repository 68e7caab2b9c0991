import { useParams } from 'react-router-dom';
import { useSuspenseQuery } from '@tanstack/react-query';
import type { GetFileResponse } from '@figma/rest-api-spec';
import { figmaQueries } from '../figma/queries';
import { formatCount } from '../ui/format';
import { Skeleton } from '../ui/skeleton';
import { FigmaProblem } from '../figma/figma-problem';
import { PreviewsOnDemand } from '../figma/previews-on-demand';
import { usePreviews } from '../figma/use-previews';
import { FileBranches } from './file-branches';
import { VariableSummary } from './variable-summary';
import './files.css';

/** Previews are one batched render call; cap it so a huge page cannot ask Figma for hundreds. */
const MAX_PREVIEWS = 48;

interface Frame {
  id: string;
  name: string;
}

function pagesOf(file: GetFileResponse): { id: string; name: string; frames: Frame[] }[] {
  return file.document.children.map((page) => ({
    id: page.id,
    name: page.name,
    frames: ('children' in page ? page.children : []).map((node) => ({
      id: node.id,
      name: node.name,
    })),
  }));
}

export function FileOverview() {
  const { fileKey = '' } = useParams();
  // Same options as the layout: this reads the file the layout holds, no second request.
  const file = useSuspenseQuery(figmaQueries.file(fileKey, 2));
  const pages = pagesOf(file.data);
  const frameIds = pages
    .flatMap((page) => page.frames.map((frame) => frame.id))
    .slice(0, MAX_PREVIEWS);
  const previews = usePreviews(fileKey, frameIds);
  const { images } = previews;

  const styles = Object.values(file.data.styles ?? {});
  const countStyles = (type: string) => styles.filter((style) => style.styleType === type).length;
  const stats = [
    ['Pages', pages.length],
    ['Components', Object.keys(file.data.components ?? {}).length],
    ['Component sets', Object.keys(file.data.componentSets ?? {}).length],
    ['Colour styles', countStyles('FILL')],
    ['Text styles', countStyles('TEXT')],
    ['Effect styles', countStyles('EFFECT')],
  ] as const;

  return (
    <div className="file-overview">
      {/* FigJam boards hold no variables: asking would cost a request for a known answer. */}
      {file.data.editorType !== 'figjam' && <VariableSummary fileKey={fileKey} />}
      <dl className="file-stats" aria-label="What the file holds">
        {stats.map(([label, value]) => (
          <div key={label} className="file-stats__item">
            <dt>{label}</dt>
            <dd>{formatCount(value)}</dd>
          </div>
        ))}
      </dl>
      {file.data.branches && file.data.branches.length > 0 && (
        <FileBranches fileKey={fileKey} fileName={file.data.name} branches={file.data.branches} />
      )}
      {previews.waitingForRequest && (
        <PreviewsOnDemand
          thumbnailUrl={file.data.thumbnailUrl}
          monthlyTier1={previews.monthlyTier1}
          onRender={previews.render}
        />
      )}
      {images.isError && (
        <FigmaProblem error={images.error} onRetry={() => void images.refetch()} />
      )}
      {pages.map((page) => (
        <section key={page.id} aria-labelledby={`page-${page.id}`} className="file-page">
          <h2 id={`page-${page.id}`} className="files-section-title">
            {page.name}
          </h2>
          {page.frames.length === 0 ? (
            <p className="files-muted">No frames on this page.</p>
          ) : (
            <ul className="frame-grid">
              {page.frames.map((frame) => {
                const url = images.data?.images[frame.id];
                return (
                  <li key={frame.id} className="frame-card">
                    {url ? (
                      <img
                        src={url}
                        alt={frame.name}
                        width={240}
                        height={150}
                        loading="lazy"
                        decoding="async"
                        referrerPolicy="no-referrer"
                      />
                    ) : images.isLoading && frameIds.includes(frame.id) ? (
                      <Skeleton height={150} radius="md" />
                    ) : (
                      <div className="frame-card__none">No preview</div>
                    )}
                    {/* The image carries the name; read once, not again from its caption. */}
                    <span className="frame-card__name" aria-hidden={url ? true : undefined}>
                      {frame.name}
                    </span>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
