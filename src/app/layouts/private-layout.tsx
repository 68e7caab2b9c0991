import { useState } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query';
import { authQueries, signOut } from '../../auth/session';
import { FigmaRequestsPanel } from '../../figma/figma-requests-panel';
import { useFigmaBusy } from '../../figma/use-figma-busy';
import { paths } from '../../lib/paths';
import { AppShell } from '../../ui/app-shell';
import { Button } from '../../ui/button';
import { ThemeSwitcher } from '../../ui/theme-switcher';
import { Icon } from '../../ui/icon';
import { useToast } from '../../ui/toast';
import { getConfig } from '../../config';
import './private-layout.css';

export function PrivateLayout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const toast = useToast();
  const { data: user } = useSuspenseQuery(authQueries.currentUser());
  const [signingOut, setSigningOut] = useState(false);
  const busy = useFigmaBusy(location.key);

  async function handleSignOut() {
    setSigningOut(true);
    try {
      await signOut(queryClient);
      navigate(paths.signIn(), { replace: true });
    } catch {
      setSigningOut(false);
      toast.show({
        tone: 'danger',
        title: 'Could not sign out',
        body: 'Check your connection and try again.',
      });
    }
  }

  return (
    <AppShell
      home={<Link to={paths.home()}>Tokenport</Link>}
      badge={getConfig().isEmulator ? 'Demo' : undefined}
      navKey={location.pathname}
      busy={busy}
      nav={
        <nav aria-label="Main" className="private-nav">
          <NavLink to={paths.home()} end>
            Files
          </NavLink>
          <NavLink to={paths.importTokens()}>Import JSON</NavLink>
        </nav>
      }
      user={
        <div className="private-user">
          <ThemeSwitcher />
          <span className="private-user__name" title={user?.email}>
            {user?.name || user?.email}
          </span>
          <Button
            variant="ghost"
            size="sm"
            onClick={handleSignOut}
            loading={signingOut}
            icon={<Icon name="logout" />}
          >
            Sign out
          </Button>
        </div>
      }
    >
      <Outlet />
      <FigmaRequestsPanel />
    </AppShell>
  );
}
