import { Link } from 'react-router-dom';
import { paths } from '../lib/paths';
import { Card } from '../ui/card';
import { Icon } from '../ui/icon';
import { formatRelativeTime } from '../ui/format';
import { useLibrary } from './library';
import './files.css';
import { fullDateOnHover } from '../ui/full-date-on-hover';

export function RecentFiles() {
  const { recentFiles, isPending } = useLibrary();
  if (isPending) return null;
  return (
    <Card aria-labelledby="recent-heading">
      <h2 id="recent-heading" className="files-section-title">
        Recent files
      </h2>
      {recentFiles.length === 0 ? (
        <p className="files-muted">
          Files you open appear here, on every browser you sign in with.
        </p>
      ) : (
        <ul className="files-list">
          {recentFiles.map((file) => (
            <li key={file.key} className="files-list__row">
              <Link to={paths.file(file.key)} className="files-list__link">
                <Icon name="file" />
                <span className="files-list__name">{file.name}</span>
              </Link>
              <span className="files-muted" onPointerEnter={fullDateOnHover(file.openedAt)}>
                {formatRelativeTime(new Date(file.openedAt))}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
