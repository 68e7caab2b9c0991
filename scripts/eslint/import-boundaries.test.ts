import { ESLint } from 'eslint';
import { resolve } from 'node:path';

// Lints planted files through the project's real config, so the rule is proven wired in, not only written.
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'boundaries/module-table')
    .map((message) => message.message);
}

describe('import boundaries (docs/architecture.md module table)', { timeout: 60_000 }, () => {
  it('rejects a feature importing another feature or app/', async () => {
    const errors = await boundaryErrors(
      'src/files/planted.tsx',
      [
        "import { ExportPanel } from '../variables/export-panel';",
        "import { router } from '../app/router';",
        'export const planted = [ExportPanel, router];',
      ].join('\n'),
    );
    expect(errors).toEqual([
      expect.stringContaining('src/files may not import src/variables'),
      expect.stringContaining('src/files may not import src/app'),
    ]);
  });

  it('rejects lazy imports across features too', async () => {
    const errors = await boundaryErrors(
      'src/variables/planted.ts',
      "export const load = () => import('../files/file-list');",
    );
    expect(errors).toEqual([expect.stringContaining('src/variables may not import src/files')]);
  });

  it('keeps the pure token core and the shared layers pointing down', async () => {
    expect(
      await boundaryErrors('src/tokens/planted.ts', "export { figmaGet } from '../figma/client';"),
    ).toEqual([expect.stringContaining('src/tokens may not import src/figma')]);
    expect(
      await boundaryErrors('src/ui/planted.tsx', "export { paths } from '../auth/session';"),
    ).toEqual([expect.stringContaining('src/ui may not import src/auth')]);
  });

  it('rejects app code reaching outside src/, but lets tests use fixtures', async () => {
    const code =
      "export { designSystem } from '../../test/fixtures/figma/design-system-variables';";
    expect(await boundaryErrors('src/tokens/planted.ts', code)).toHaveLength(1);
    expect(await boundaryErrors('src/tokens/planted.test.ts', code)).toEqual([]);
  });

  it('allows what the table allows', async () => {
    const errors = await boundaryErrors(
      'src/variables/planted.tsx',
      [
        "import { paths } from '../lib/paths';",
        "import { FigmaProblem } from '../figma/figma-problem';",
        "import { Button } from '../ui/button';",
        "import type { TokenModel } from '../tokens/model';",
        'export const planted = [paths, FigmaProblem, Button] as const;',
        'export type Planted = TokenModel;',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});
