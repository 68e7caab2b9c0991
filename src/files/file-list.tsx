/**
 * A filterable, sortable, virtualised list of files: a project of 1,500 files keeps only the
 * visible rows in the DOM, and filtering is a memoised pass over prepared lowercase names.
 */
import { memo, useDeferredValue, useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { useVirtualizer } from '@tanstack/react-virtual';
import { paths } from '../lib/paths';
import { formatCount, formatRelativeTime } from '../ui/format';
import { TextField } from '../ui/text-field';
import type { Crumb } from './breadcrumbs';
import { compareNames } from './natural-order';
import { useSettledKeys } from './use-settled-keys';
import './files.css';

export interface ListedFile {
  key: string;
  name: string;
  thumbnail_url?: string;
  last_modified: string;
}

interface PreparedFile extends ListedFile {
  folded: string;
  modified: number;
  modifiedText: string;
  modifiedRelative: string;
}

type Sort = 'modified-desc' | 'modified-asc' | 'name-asc' | 'name-desc';
const ROW_HEIGHT = 64;

/**
 * One row. Memoised with its date strings prepared once per file: a fling re-renders the list on
 * every frame, and only the rows that scroll into view should cost any work.
 */
const FileLink = memo(function FileLink({
  file,
  trail,
  showThumbnail,
}: {
  file: PreparedFile;
  trail: readonly Crumb[] | undefined;
  showThumbnail: boolean;
}) {
  return (
    <Link
      to={paths.file(file.key)}
      state={trail ? { trail } : undefined}
      className="file-list__link"
    >
      {file.thumbnail_url && showThumbnail ? (
        <img
          className="file-list__thumb"
          src={file.thumbnail_url}
          alt=""
          width={64}
          height={40}
          loading="lazy"
          decoding="async"
          referrerPolicy="no-referrer"
        />
      ) : (
        <span className="file-list__thumb" aria-hidden="true" />
      )}
      <span className="file-list__name">{file.name}</span>
      <span className="files-muted" title={file.modifiedText}>
        {file.modifiedRelative}
      </span>
    </Link>
  );
});

/** Case- and accent-insensitive, so “ecole” finds “École”. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

// One formatter for the whole list: `toLocaleString` builds a new one per call.
const fullDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function prepare(file: ListedFile): PreparedFile {
  const modified = new Date(file.last_modified);
  return {
    ...file,
    folded: fold(file.name),
    modified: modified.getTime(),
    modifiedText: Number.isNaN(modified.getTime()) ? '' : fullDate.format(modified),
    modifiedRelative: formatRelativeTime(modified),
  };
}

export function FileList({
  files,
  trail,
}: {
  files: readonly ListedFile[];
  /** Where the list lives, so the file page can lead back through the same places. */
  trail?: readonly Crumb[];
}) {
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<Sort>('modified-desc');
  const deferredQuery = useDeferredValue(query);
  const prepared = useMemo(() => files.map(prepare), [files]);
  const visible = useMemo(() => {
    const needle = fold(deferredQuery.trim());
    const matches = needle
      ? prepared.filter((entry) => entry.folded.includes(needle))
      : [...prepared];
    const direction = sort.endsWith('asc') ? 1 : -1;
    return matches.sort(
      (a, b) =>
        direction *
        (sort.startsWith('name') ? compareNames(a.name, b.name) : a.modified - b.modified),
    );
  }, [prepared, deferredQuery, sort]);

  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed to be called every render
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Scrolling ends on the browser's `scrollend` where it has one, else 150 ms after the last scroll.
    useScrollendEvent: true,
  });
  const items = virtualizer.getVirtualItems();
  const settled = useSettledKeys(
    virtualizer.isScrolling,
    items.map((item) => visible[item.index]?.key ?? ''),
  );

  return (
    <div className="file-list">
      <div className="file-list__toolbar">
        <TextField
          label="Filter files"
          hideLabel
          type="search"
          placeholder="Filter by name"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <label className="file-list__sort">
          <span className="visually-hidden">Sort files</span>
          <select
            value={sort}
            onChange={(event) => setSort(event.target.value as Sort)}
            className="ui-field__input"
          >
            <option value="modified-desc">Last modified: newest</option>
            <option value="modified-asc">Last modified: oldest</option>
            <option value="name-asc">Name: A → Z</option>
            <option value="name-desc">Name: Z → A</option>
          </select>
        </label>
        <p className="files-muted" role="status">
          {visible.length === files.length
            ? `${formatCount(files.length)} files`
            : `${formatCount(visible.length)} of ${formatCount(files.length)} files`}
        </p>
      </div>
      {visible.length === 0 ? (
        <p className="files-muted">No file name contains “{deferredQuery}”.</p>
      ) : (
        <div ref={scrollRef} className="file-list__scroll" tabIndex={-1}>
          <ul className="file-list__inner" style={{ height: virtualizer.getTotalSize() }}>
            {items.map((item) => {
              const file = visible[item.index];
              if (!file) return null;
              return (
                <li
                  key={file.key}
                  className="file-list__row"
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                >
                  <FileLink file={file} trail={trail} showThumbnail={settled.has(file.key)} />
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}
