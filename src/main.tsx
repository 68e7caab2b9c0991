import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'virtual:tokenport-theme.css';
import './ui/global.css';
import { configResult } from './config';
import { applyStoredTheme } from './ui/theme/apply-theme';
import { ConfigErrorScreen } from './app/config-error-screen';
import { App } from './app/app';

applyStoredTheme();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      {configResult.ok ? <App /> : <ConfigErrorScreen problems={configResult.problems} />}
    </StrictMode>,
  );
}
