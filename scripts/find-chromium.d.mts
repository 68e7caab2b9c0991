export declare function findChromium(): Promise<
  { path: string; source: 'CHROMIUM_PATH' | 'system' | 'npm' } | { error: string }
>;
