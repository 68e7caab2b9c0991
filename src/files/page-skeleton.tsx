import { Skeleton } from '../ui/skeleton';

export function PageSkeleton({ label, rows = 6 }: { label: string; rows?: number }) {
  return (
    <div aria-busy="true" aria-label={label} className="files-page">
      <Skeleton width={280} height={28} />
      <Skeleton width={180} height={14} />
      <div className="files-skeleton-rows">
        {Array.from({ length: rows }, (_, index) => (
          <Skeleton key={index} height={48} radius="md" />
        ))}
      </div>
    </div>
  );
}
