export declare const E2E_PORTS: { appwrite: number; figma: number; app: number };
export declare const E2E_ENV: Record<string, string>;
