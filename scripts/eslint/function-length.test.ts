import { ESLint } from 'eslint';
import { resolve } from 'node:path';

// Lints planted files through the project's real config, so the limit is proven wired in.
const eslint = new ESLint({ cwd: resolve(import.meta.dirname, '../..') });

/** A function of `lines` + 4 lines: signature, accumulator, return and closing brace. */
function functionOf(lines: number): string {
  const body = Array.from({ length: lines }, (_, i) => `  total += ${i};`).join('\n');
  return `export function planted() {\n  let total = 0;\n${body}\n  return total;\n}\n`;
}

async function lengthErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages
    .filter((message) => message.ruleId === 'max-lines-per-function')
    .map((message) => message.message);
}

describe('function length limit', { timeout: 60_000 }, () => {
  it('rejects a function over 120 lines in src/ and in the emulator', async () => {
    for (const path of ['src/variables/planted.ts', 'test/emulator/planted.ts']) {
      expect(await lengthErrors(path, functionOf(130))).toEqual([
        expect.stringContaining("Function 'planted' has too many lines (134)"),
      ]);
    }
  });

  it('accepts one of 120 lines and exempts test files', async () => {
    expect(await lengthErrors('src/variables/planted.ts', functionOf(116))).toEqual([]);
    expect(await lengthErrors('src/variables/planted.test.ts', functionOf(130))).toEqual([]);
  });
});
