import { useQuery } from '@tanstack/react-query';
import { figmaQueries } from '../../figma/queries';
import { Avatar } from '../../ui/avatar';
import { Card } from '../../ui/card';
import { Skeleton } from '../../ui/skeleton';
import { FigmaProblem } from '../../figma/figma-problem';
import './home-page.css';

/** The signed-in Figma identity, fetched through the token gate: proof the connection works. */
export function FigmaProfile() {
  const me = useQuery(figmaQueries.me());

  if (me.isPending) {
    return (
      <Card aria-busy="true" aria-label="Loading your Figma profile" className="figma-profile">
        <Skeleton width={48} height={48} radius="full" />
        <div>
          <Skeleton width={160} height={18} />
          <Skeleton width={220} height={14} />
        </div>
      </Card>
    );
  }
  if (me.isError) {
    return <FigmaProblem error={me.error} onRetry={() => void me.refetch()} />;
  }
  return (
    <Card className="figma-profile" aria-label="Your Figma profile">
      <Avatar src={me.data.img_url} name={me.data.handle} size={48} />
      <div>
        <p className="figma-profile__handle">{me.data.handle}</p>
        <p className="figma-profile__email">{me.data.email}</p>
      </div>
    </Card>
  );
}
