/**
 * A project on the team page: its name, how many files it holds and thumbnails of its most
 * recently edited files. The files come from the very query the project page uses, so opening the
 * project afterwards costs nothing; they are asked for only once the card nears the viewport.
 */
import { useId, useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { paths } from '../lib/paths';
import { figmaQueries } from '../figma/queries';
import { formatCount } from '../ui/format';
import { Icon } from '../ui/icon';
import { useViewportPresence } from './use-viewport-presence';
import './files.css';

const THUMBNAILS = 3;
const THUMB_WIDTH = 64;
const THUMB_HEIGHT = 40;

interface ProjectFile {
  key: string;
  thumbnail_url?: string;
  last_modified: string;
}

function latest(files: readonly ProjectFile[]): ProjectFile[] {
  return [...files]
    .sort((a, b) => Date.parse(b.last_modified) - Date.parse(a.last_modified))
    .slice(0, THUMBNAILS);
}

function fileCount(count: number): string {
  if (count === 0) return 'No files yet';
  return `${formatCount(count)} ${count === 1 ? 'file' : 'files'}`;
}

export function ProjectCard({
  project,
  teamId,
}: {
  project: { id: string; name: string };
  teamId: string;
}) {
  const ref = useRef<HTMLLIElement>(null);
  const { near, settled } = useViewportPresence(ref);
  const files = useQuery({ ...figmaQueries.projectFiles(project.id), enabled: near });
  const recent = useMemo(() => (files.data ? latest(files.data.files) : []), [files.data]);
  const statusId = useId();

  const status = files.isSuccess
    ? fileCount(files.data.files.length)
    : files.isError
      ? 'Files could not be loaded'
      : 'Loading files…';
  return (
    // The link names the project alone; its box stretches over the card (files.css), so the whole
    // card opens the project while the count stays visible text outside the link's name.
    <li ref={ref} className="files-tile project-card">
      <span className="project-card__title">
        <Icon name="folder" size={20} />
        <Link
          to={paths.project(project.id, teamId)}
          className="files-list__name project-card__link"
          aria-describedby={statusId}
        >
          {project.name}
        </Link>
      </span>
      {(!files.isSuccess || recent.length > 0) && (
        <span className="project-card__thumbs" aria-hidden="true">
          {(files.isSuccess ? recent : Array.from({ length: THUMBNAILS }, () => undefined)).map(
            (file, index) =>
              file?.thumbnail_url && settled ? (
                <img
                  key={file.key}
                  className="project-card__thumb"
                  src={file.thumbnail_url}
                  alt=""
                  width={THUMB_WIDTH}
                  height={THUMB_HEIGHT}
                  loading="lazy"
                  decoding="async"
                  referrerPolicy="no-referrer"
                />
              ) : (
                <span key={file?.key ?? index} className="project-card__thumb" />
              ),
          )}
        </span>
      )}
      <span id={statusId} className="files-muted">
        {status}
      </span>
    </li>
  );
}
