/** Terrazzo's DTCG parser as an independent judge of what is valid, shared by the DTCG tests. */
import { defineConfig, Logger, parse } from '@terrazzo/parser';

/** True when Terrazzo refuses the file (its parser throws on any validation error). */
export async function terrazzoRefuses(path: string, text: string): Promise<boolean> {
  const config = defineConfig({}, { cwd: new URL('file:///suite/') });
  const filename = new URL(`file:///suite/${path}`);
  try {
    await parse([{ filename, src: text }], { config, logger: new Logger({ level: 'silent' }) });
    return false;
  } catch {
    return true;
  }
}
