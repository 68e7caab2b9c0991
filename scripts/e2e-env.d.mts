export declare const E2E_PORTS: {
  appwrite: number;
  figma: number;
  app: number;
  tokenFlowApp: number;
  github: number;
};
export declare const E2E_ENV: Record<string, string>;
export declare const E2E_TOKEN_FLOW_ENV: Record<string, string>;
