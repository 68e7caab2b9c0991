/**
 * Web outputs through their real toolchains: the TypeScript compiler (strict) on tokens.ts and
 * tokens.js, dart-sass on _tokens.scss, PostCSS on tokens.css and the Tailwind theme.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import * as sass from 'sass';
import postcss from 'postcss';
import { collisionSummary, generate } from './generated.ts';
import { writeOutputs } from './toolchain.ts';
import { hostileVariables } from './inputs.ts';
import { convertVariables } from '../../src/tokens/convert.ts';
import { buildFormat } from '../../src/tokens/formats.ts';

function typeCheck(paths: string[]): string[] {
  const program = ts.createProgram(paths, {
    strict: true,
    noEmit: true,
    allowJs: true,
    checkJs: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
    types: [],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map(
      (d) => `${d.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    );
}

describe('TypeScript compiler', () => {
  it('type-checks every generated tokens.ts and tokens.js in strict mode', () => {
    const generated = [...generate('ts'), ...generate('js')];
    const { paths } = writeOutputs(
      'ts',
      generated.flatMap((g) => g.files),
    );
    expect(paths.length).toBe(20);
    expect(typeCheck(paths)).toEqual([]);
    console.info(
      `${collisionSummary('ts+js', generated)} — all ${paths.length} compiled by tsc ${ts.version}`,
    );
  });

  it('keeps prototype names as own keys in the evaluated module', async () => {
    const [file] = buildFormat(convertVariables(hostileVariables()), 'js');
    const module = (await import(
      `data:text/javascript,${encodeURIComponent(file?.contents ?? '')}`
    )) as {
      tokens: Record<string, Record<string, Record<string, unknown>>>;
    };
    const light = module.tokens.color?.light ?? {};
    expect(Object.getPrototypeOf(light)).toBe(Object.prototype);
    // Code exporters slug names (`__proto__` → `proto`, `toString` → `to-string`); each is a plain own key.
    for (const key of ['proto', 'constructor', 'to-string', 'has-own-property'])
      expect(Object.hasOwn(light, key), key).toBe(true);
    expect(Object.keys(light.constructor as object)).toEqual(['prototype']);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('dart-sass', () => {
  it('compiles every _tokens.scss, with strings kept literally (no #{…} interpolation)', () => {
    const generated = generate('scss');
    expect(generated.filter((g) => /^\$/m.test(g.files[0]?.contents ?? '')).length).toBeGreaterThan(
      3,
    );
    for (const { name, files } of generated) {
      for (const file of files) {
        const variables = [...file.contents.matchAll(/^(\$[^:]+):/gm)].map((m) => m[1]);
        const probe = variables.map((v, i) => `  --v${i}: #{meta.inspect(${v})};`).join('\n');
        const css = sass.compileString(
          `@use "sass:meta";\n${file.contents}\n.probe {\n${probe}\n}\n`,
          {
            silenceDeprecations: [],
          },
        ).css;
        if (variables.length) expect(css, name).toContain('.probe');
        if (name === 'hostile') {
          expect(css).toContain('Sass #{interpolation} and $var');
          expect(css).toContain('JS ${template}');
        }
      }
    }
    console.info(
      `${collisionSummary('scss', generated)} — all compiled by dart-sass ${sass.info.split('\t')[1] ?? ''}`,
    );
  });
});

describe('PostCSS', () => {
  it.each(['css', 'tailwind'] as const)(
    'parses %s with unique properties per rule and every var() defined',
    (format) => {
      const generated = generate(format);
      for (const { name, files } of generated) {
        for (const file of files) {
          const root = postcss.parse(file.contents, { from: file.path });
          const defined = new Set<string>();
          const used = new Set<string>();
          // Every block (a rule, or an at-rule such as Tailwind's @theme) holds each property once.
          root.walk((node) => {
            if (node.type !== 'rule' && node.type !== 'atrule') return;
            const seen = new Set<string>();
            for (const decl of node.nodes ?? []) {
              if (decl.type !== 'decl') continue;
              expect(seen.has(decl.prop), `${name}: ${decl.prop} twice in one block`).toBe(false);
              seen.add(decl.prop);
            }
          });
          root.walkDecls((decl) => {
            defined.add(decl.prop);
            for (const m of decl.value.matchAll(/var\((--[^),\s]+)/g)) used.add(m[1] ?? '');
          });
          for (const v of used)
            expect(defined.has(v), `${name}: ${v} used, never defined`).toBe(true);
        }
      }
      console.info(
        `${collisionSummary(format, generated)} — all parsed by PostCSS ${postcss().version}`,
      );
    },
  );
});

/**
 * The utility each Tailwind namespace makes of a theme variable (`--shadow-card` → `shadow-card`),
 * longer namespaces first: `--font-weight-bold` is a weight, not a family.
 */
const UTILITY_OF_NAMESPACE: [string, string][] = [
  ['font-weight', 'font'],
  ['color', 'bg'],
  ['spacing', 'p'],
  ['radius', 'rounded'],
  ['text', 'text'],
  ['font', 'font'],
  ['shadow', 'shadow'],
  ['ease', 'ease'],
];

function utilityOf(variable: string): { namespace: string; utility: string } | undefined {
  // `--text-body--line-height` is a part of `text-body`, not a utility of its own.
  if (variable.includes('--')) return undefined;
  const found = UTILITY_OF_NAMESPACE.find(([namespace]) => variable.startsWith(`${namespace}-`));
  return (
    found && { namespace: found[0], utility: `${found[1]}-${variable.slice(found[0].length + 1)}` }
  );
}

describe('Tailwind compiler', () => {
  it('builds a utility from every namespaced theme variable of every generated theme', async () => {
    const { compile } = await import('tailwindcss');
    let utilities = 0;
    const byNamespace = new Map<string, number>();
    for (const { name, files } of generate('tailwind')) {
      const theme = files[0]?.contents ?? '';
      const compiler = await compile(`${theme}\n@tailwind utilities;`, {
        // Nothing is imported: the theme is the whole input.
        loadStylesheet: () => Promise.reject(new Error('no stylesheet is imported')),
      });
      const themeBlock = theme.slice(0, theme.indexOf('\n}'));
      const wanted = [...themeBlock.matchAll(/^ {2}--([^:]+):/gm)].flatMap(([, variable]) => {
        const found = utilityOf(variable!);
        return found ? [found] : [];
      });
      const css = compiler.build(wanted.map((w) => w.utility));
      for (const w of wanted) {
        // Tailwind escapes class names in selectors as CSS does.
        expect(css, `${name}: no rule for .${w.utility}`).toContain(`.${CSS.escape(w.utility)} {`);
        byNamespace.set(w.namespace, (byNamespace.get(w.namespace) ?? 0) + 1);
      }
      utilities += wanted.length;
    }
    // The composites input gives shadows, easings and typography; the others colours and more.
    for (const namespace of ['color', 'spacing', 'text', 'font', 'shadow', 'ease'])
      expect(byNamespace.get(namespace) ?? 0, namespace).toBeGreaterThan(0);
    console.info(`${utilities} Tailwind utilities built from generated themes by tailwindcss`);
  });
});
