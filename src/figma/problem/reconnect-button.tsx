import { useLocation } from 'react-router-dom';
import { startFigmaSignIn } from '../../auth/session';
import { Button } from '../../ui/button';
import { Icon } from '../../ui/icon';

/** A new Figma sign-in that comes back to this page; with scopes, it asks Figma for them too. */
export function ReconnectButton({ extraScopes = [] }: { extraScopes?: string[] }) {
  const location = useLocation();
  const here = `${location.pathname}${location.search}`;
  return (
    <Button
      variant="primary"
      icon={<Icon name="figma" />}
      onClick={() => startFigmaSignIn({ next: here, extraScopes })}
    >
      {extraScopes.length ? 'Grant access' : 'Reconnect Figma'}
    </Button>
  );
}
