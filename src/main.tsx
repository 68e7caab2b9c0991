import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import 'virtual:tokenport-theme.css';
import './ui/global.css';
import { configResult } from './config';
import { applyStoredTheme } from './ui/theme/apply-theme';
import { ConfigErrorScreen } from './app/config-error-screen';
import { App } from './app/app';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { nextTask } from './lib/next-task';

/**
 * Start-up in separate tasks, so none of them blocks input for long: this module, then the router
 * (which starts the first route's loaders), then React's first render. The render is a transition,
 * which React does in slices that yield to the browser; a plain render is one task.
 */
async function startApp(root: Root) {
  const queryClient = createQueryClient();
  await nextTask();
  const router = createAppRouter(queryClient);
  startTransition(() => {
    root.render(
      <StrictMode>
        <App queryClient={queryClient} router={router} />
      </StrictMode>,
    );
  });
}

applyStoredTheme();

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  if (configResult.ok) {
    void startApp(root);
  } else {
    root.render(
      <StrictMode>
        <ConfigErrorScreen problems={configResult.problems} />
      </StrictMode>,
    );
  }
}
