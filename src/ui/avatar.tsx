import { useState } from 'react';
import './ui.css';

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => [...part][0]?.toUpperCase() ?? '')
    .join('');
}

/** The person's picture, or their initials when there is none or it fails to load. */
export function Avatar({
  src,
  name,
  size = 32,
}: {
  src?: string | null;
  name: string;
  size?: number;
}) {
  const [failed, setFailed] = useState(false);
  const style = { width: size, height: size, fontSize: size * 0.4 };
  if (!src || failed) {
    return (
      <span className="ui-avatar" style={style} role="img" aria-label={name}>
        {initials(name)}
      </span>
    );
  }
  return (
    <img
      className="ui-avatar"
      style={style}
      src={src}
      alt={name}
      width={size}
      height={size}
      referrerPolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}
