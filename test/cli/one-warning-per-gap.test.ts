/**
 * A DTCG mode that leaves a token out is one fact: the CLI says it once, with the conversion's
 * words (filled from the default mode, or where the default itself is missing what each output
 * does) at the place the reader found the gap. It printed two lines for each before (five pairs
 * on dgtlntv/design-token-handover).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main.ts';

const srgb = (c: number) => ({ colorSpace: 'srgb', components: [c, c, c] });
const number = (value: number) => ({ $type: 'number', $value: value });

const resolver = {
  version: '2025.10',
  modifiers: {
    size: {
      default: 'small',
      contexts: {
        small: [{ gap: number(4), pad: number(8) }],
        large: [{ pad: number(16) }],
      },
    },
    theme: {
      default: 'light',
      contexts: {
        light: [{ bg: { $type: 'color', $value: srgb(1) } }],
        dark: [
          { bg: { $type: 'color', $value: srgb(0) }, glow: { $type: 'color', $value: srgb(0.5) } },
        ],
      },
    },
  },
  resolutionOrder: [{ $ref: '#/modifiers/size' }, { $ref: '#/modifiers/theme' }],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tokenport-gaps-'));
  await writeFile(join(dir, 'gaps.resolver.json'), JSON.stringify(resolver));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a mode a DTCG resolver leaves a token out of', () => {
  it('is one warning, with the conversion’s words and the file’s place', async () => {
    const stderr: string[] = [];
    const code = await runCli(
      [
        'export',
        '--input',
        join(dir, 'gaps.resolver.json'),
        '--out',
        join(dir, 'out'),
        '--format',
        'css',
      ],
      { env: {}, stdout: () => {}, stderr: (line) => stderr.push(line) },
    );
    expect(code).toBe(0);
    const file = join(dir, 'gaps.resolver.json');
    expect(stderr).toEqual([
      `warning: gap: “gap” has no value for mode “large”; the default mode’s value is used (and marked as filled in the DTCG export). (${file} $.modifiers.size.contexts.small[0].gap)`,
      `warning: glow: “glow” has no value in the default mode “light”: CSS :root, SCSS, Tailwind and Android values/, which need one, use its “dark” value there; the other outputs leave that mode out. (${file} $.modifiers.theme.contexts.dark[0].glow)`,
    ]);
  });

  it('in two collections sharing the token’s and the mode’s names: one each, at its own place', async () => {
    const folder = join(dir, 'two');
    await mkdir(folder);
    const color = (c: number) => ({ $type: 'color', $value: srgb(c) });
    for (const name of ['Theme', 'Brand']) {
      await writeFile(
        join(folder, `${name}.Light.json`),
        JSON.stringify({ bg: color(1), fg: color(0) }),
      );
      await writeFile(join(folder, `${name}.Dark.json`), JSON.stringify({ fg: color(1) }));
    }
    const stderr: string[] = [];
    const code = await runCli(
      ['export', '--input', folder, '--out', join(dir, 'out2'), '--format', 'css'],
      {
        env: {},
        stdout: () => {},
        stderr: (line) => stderr.push(line),
      },
    );
    expect(code).toBe(0);
    const filled =
      '“bg” has no value for mode “Dark”; the default mode’s value is used (and marked as filled in the DTCG export).';
    expect(stderr.sort()).toEqual([
      `warning: bg: ${filled} (${join(folder, 'Brand.Light.json')} $.bg)`,
      `warning: bg: ${filled} (${join(folder, 'Theme.Light.json')} $.bg)`,
    ]);
  });
});
