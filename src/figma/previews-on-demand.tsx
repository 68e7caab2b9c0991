import { Button } from '../ui/button';
import { Callout } from '../ui/callout';

/**
 * Shown instead of frame previews until the user asks for them: the list thumbnail meanwhile, and
 * what the render will cost against Figma's monthly Tier-1 allowance.
 */
export function PreviewsOnDemand({
  thumbnailUrl,
  monthlyTier1,
  onRender,
}: {
  thumbnailUrl: string | undefined;
  monthlyTier1: number;
  onRender: () => void;
}) {
  return (
    <Callout
      title="Frame previews are rendered when you ask"
      action={
        <Button size="sm" onClick={onRender}>
          Render previews — uses 1 of your ~6 monthly file requests
        </Button>
      }
    >
      {thumbnailUrl && (
        <img
          src={thumbnailUrl}
          alt="File thumbnail"
          width={240}
          height={150}
          referrerPolicy="no-referrer"
        />
      )}
      <p>
        Figma allows View and Collab seats about 6 file requests a month; this browser has used{' '}
        {monthlyTier1} in the last 30 days.
      </p>
    </Callout>
  );
}
