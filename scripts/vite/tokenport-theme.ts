/**
 * Tokenport's own styles come from its own design tokens, built by its own exporter: this plugin
 * runs the tokens core on src/ui/theme/tokenport.variables.json (a Figma variables response) and
 * serves the CSS as `virtual:tokenport-theme.css`.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const VIRTUAL_ID = 'virtual:tokenport-theme.css';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const SOURCE = fileURLToPath(
  new URL('../../src/ui/theme/tokenport.variables.json', import.meta.url),
);

export async function buildThemeCss(sourcePath = SOURCE): Promise<string> {
  const { convertVariables } = await import('../../src/tokens/convert.ts');
  const { buildFormat } = await import('../../src/tokens/formats.ts');
  const response = JSON.parse(await readFile(sourcePath, 'utf8')) as {
    meta: Parameters<typeof convertVariables>[0];
  };
  const model = convertVariables(response.meta);
  const files = buildFormat(model, 'css', { modeSelector: 'data-attribute' });
  return files.map((file) => file.contents).join('\n');
}

export function tokenportTheme(): Plugin {
  return {
    name: 'tokenport:theme',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined;
      this.addWatchFile(SOURCE);
      return buildThemeCss();
    },
  };
}
