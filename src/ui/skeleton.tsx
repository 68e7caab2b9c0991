import './ui.css';

export function Skeleton({
  width = '100%',
  height = 14,
  radius = 'sm',
}: {
  width?: number | string;
  height?: number | string;
  radius?: 'sm' | 'md' | 'full';
}) {
  return (
    <span
      className={`ui-skeleton ui-skeleton--${radius}`}
      style={{ width, height }}
      aria-hidden="true"
    />
  );
}
