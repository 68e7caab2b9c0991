import { defineConfig, loadEnv } from 'vite';
import react from '@vitejs/plugin-react';
import { contentSecurityPolicy } from './scripts/vite/content-security-policy.ts';
import { tokenportTheme } from './scripts/vite/tokenport-theme.ts';
import { chunkGroups } from './scripts/vite/chunk-groups.ts';

export default defineConfig(({ mode }) => {
  const env = { ...loadEnv(mode, process.cwd(), 'VITE_'), ...process.env };
  const endpointConfigured = Boolean(env.VITE_APPWRITE_ENDPOINT?.trim());
  const appwriteEndpoint = env.VITE_APPWRITE_ENDPOINT?.trim() || 'http://localhost:8787/v1';
  const figmaApiBase =
    env.VITE_FIGMA_API_BASE?.trim() ||
    (endpointConfigured ? 'https://api.figma.com' : 'http://localhost:8788');
  const githubApiBase =
    env.VITE_GITHUB_API_BASE?.trim() ||
    (endpointConfigured ? 'https://api.github.com' : 'http://localhost:8789');

  return {
    plugins: [
      react(),
      tokenportTheme(),
      contentSecurityPolicy({ appwriteEndpoint, figmaApiBase, githubApiBase }),
    ],
    build: {
      target: 'es2022',
      // Lazy routes preload nothing. Preloading their scripts put a <link> per chunk into the page
      // inside the router's first task (118 ms of appendChild at 4x CPU) and had them compete
      // with the file's own request: Lighthouse mobile LCP 2.3-3.0 s with them, 1.9-2.2 s without
      // (4 runs each, then mostly repeat visits, their scripts cached). With nothing cached,
      // preloading still won nothing: LCP 3.15-3.50 s with it, 3.12-3.39 s without, and Tokens tab
      // TBT 247 and 284 ms against 199 and 192 (alternating sets of 3). Styles need no preload
      // either: see cssCodeSplit.
      modulePreload: false,
      // One stylesheet for the whole app (40 kB, 9 kB gzipped), linked from index.html: a lazy
      // route then starts without appending a <link> inside the router's start-up task and
      // waiting for its CSS, and no page looks different for the pages opened before it
      // (test/app/stylesheets.test.ts). npm run page-profile, interleaved runs: observed blocking
      // on the Variables tab 498 and 460 ms per chunk stylesheets, 327 and 340 ms with one.
      cssCodeSplit: false,
      sourcemap: false,
      reportCompressedSize: true,
      rolldownOptions: { output: { codeSplitting: { groups: chunkGroups() } } },
    },
    server: {
      port: 5173,
      strictPort: true,
      // `npm test` writes its builds and reports here while `npm start` may be running.
      watch: {
        ignored: [
          '**/dist*/**',
          '**/test-results/**',
          '**/playwright-report/**',
          '**/.screenshots/**',
        ],
      },
    },
    preview: { port: 4173, strictPort: true },
  };
});
