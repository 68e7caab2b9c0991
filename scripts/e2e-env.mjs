// Ports and build-time configuration of the e2e stack, kept apart from `npm start`'s so both can run.
// TOKENPORT_E2E_PORT_OFFSET lets several checkouts run their e2e stacks side by side on one machine.
const offset = Number(process.env.TOKENPORT_E2E_PORT_OFFSET ?? 0);
export const E2E_PORTS = {
  appwrite: 18787 + offset,
  figma: 18788 + offset,
  app: 14173 + offset,
  tokenFlowApp: 14174 + offset,
  github: 18789 + offset,
};

export const E2E_ENV = {
  VITE_APPWRITE_ENDPOINT: `http://localhost:${E2E_PORTS.appwrite}/v1`,
  VITE_APPWRITE_PROJECT_ID: 'tokenport-demo',
  VITE_FIGMA_API_BASE: `http://localhost:${E2E_PORTS.figma}`,
  VITE_FIGMA_SCOPES:
    'current_user:read file_content:read file_metadata:read projects:read folders:read file_variables:read',
  EMULATOR_APPWRITE_PORT: String(E2E_PORTS.appwrite),
  EMULATOR_FIGMA_PORT: String(E2E_PORTS.figma),
  VITE_GITHUB_API_BASE: `http://localhost:${E2E_PORTS.github}`,
  EMULATOR_GITHUB_PORT: String(E2E_PORTS.github),
};

/** The same app built for Appwrite's token flow (createOAuth2Token → createSession). */
export const E2E_TOKEN_FLOW_ENV = { ...E2E_ENV, VITE_APPWRITE_AUTH_FLOW: 'token' };
