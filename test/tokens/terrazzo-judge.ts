/** Terrazzo's DTCG parser as an independent judge of what is valid, shared by the DTCG tests. */
import { defineConfig, Logger, parse } from '@terrazzo/parser';
import { TokenInputError } from '../../src/tokens/import/errors.ts';
import { parseTokenInput } from '../../src/tokens/import/parse-token-input.ts';

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

/** Tokenport's answer beside Terrazzo's: the input error it refuses `text` with, if it does. */
export function tokenportRefusal(path: string, text: string): TokenInputError | undefined {
  try {
    parseTokenInput([{ name: path, text }]);
    return undefined;
  } catch (error) {
    if (error instanceof TokenInputError) return error;
    throw error;
  }
}
