import { Suspense, useEffect, useRef } from 'react';
import { NavLink, Outlet, useLocation, useParams } from 'react-router-dom';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { formatRelativeTime } from '../ui/format';
import { Icon } from '../ui/icon';
import { Breadcrumbs, trailFrom } from './breadcrumbs';
import { BranchOf } from './file-branches';
import { PageSkeleton } from './page-skeleton';
import { recordRecentFile } from './library';
import './files.css';
import { fullDateOnHover } from '../ui/full-date-on-hover';

export function figmaFileUrl(key: string, editorType: string): string {
  return `https://www.figma.com/${editorType === 'figjam' ? 'board' : 'design'}/${encodeURIComponent(key)}`;
}

/** The file loads in the route's loader; a failure is the route's error screen. */
export function FileLayout() {
  const { fileKey = '' } = useParams();
  return (
    <Suspense fallback={<PageSkeleton label="Loading the file" rows={3} />}>
      <FileFrame fileKey={fileKey} />
    </Suspense>
  );
}

function FileFrame({ fileKey }: { fileKey: string }) {
  const queryClient = useQueryClient();
  const file = useSuspenseQuery(figmaQueries.file(fileKey, 2));
  const recorded = useRef<string>(undefined);
  const location = useLocation();
  const trail = trailFrom(location.state);

  useEffect(() => {
    if (recorded.current === fileKey) return;
    recorded.current = fileKey;
    // Best effort: a failed prefs write must not break the file page.
    recordRecentFile(queryClient, {
      key: fileKey,
      name: file.data.name,
      ...(file.data.thumbnailUrl ? { thumbnailUrl: file.data.thumbnailUrl } : {}),
    }).catch(() => undefined);
  }, [file.data, fileKey, queryClient]);

  const { name, lastModified, editorType, thumbnailUrl, role, mainFileKey } = file.data;
  // FigJam boards hold no variables or styles, so they get the overview only.
  const tabs =
    editorType === 'figjam'
      ? []
      : [
          { to: paths.file(fileKey), label: 'Overview', end: true },
          { to: paths.fileVariables(fileKey), label: 'Variables' },
          { to: paths.fileStyles(fileKey), label: 'Styles' },
          { to: paths.fileTokens(fileKey), label: 'Tokens' },
          { to: paths.fileSync(fileKey), label: 'Sync to Figma' },
        ];
  return (
    <div className="files-page">
      <nav aria-label="Breadcrumbs" className="ui-page-header__crumbs">
        <Breadcrumbs trail={trail} />
      </nav>
      <header className="file-header">
        {thumbnailUrl ? (
          <img
            className="file-header__thumb"
            src={thumbnailUrl}
            alt=""
            width={96}
            height={60}
            referrerPolicy="no-referrer"
          />
        ) : null}
        <div className="file-header__text">
          <h1 className="file-header__title">{name}</h1>
          <p className="files-muted">
            {editorType === 'figjam' ? 'FigJam board' : 'Design file'} · edited{' '}
            <time dateTime={lastModified} onPointerEnter={fullDateOnHover(lastModified)}>
              {formatRelativeTime(new Date(lastModified))}
            </time>
            {role && <span className="ui-badge file-header__role">{role}</span>}
          </p>
          {mainFileKey && mainFileKey !== fileKey && <BranchOf mainFileKey={mainFileKey} />}
        </div>
        <a
          className="ui-button ui-button--secondary ui-button--md"
          href={figmaFileUrl(fileKey, editorType)}
          target="_blank"
          rel="noreferrer noopener"
        >
          <Icon name="external" /> Open in Figma
        </a>
      </header>
      {tabs.length > 0 && (
        <nav aria-label="File sections" className="ui-tabs">
          {tabs.map((tab) => (
            <NavLink
              key={tab.to}
              to={tab.to}
              end={tab.end ?? false}
              state={trail.length > 0 ? { trail } : undefined}
            >
              {tab.label}
            </NavLink>
          ))}
        </nav>
      )}
      <Outlet />
    </div>
  );
}
