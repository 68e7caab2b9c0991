// The module table of docs/architecture.md as a lint rule: a folder under src/ may import only the
// folders listed for it, so features never reach into each other or back up into app/.
import path from 'node:path';

/** src folder (or top-level file without extension) → src folders it may import. */
export const MODULE_TABLE = {
  config: [],
  lib: ['config'],
  ui: ['lib'],
  auth: ['lib', 'config', 'ui'],
  figma: ['auth', 'lib', 'config', 'ui'],
  tokens: [],
  cli: ['tokens', 'figma'],
  files: ['figma', 'ui', 'tokens', 'auth', 'lib', 'config'],
  variables: ['figma', 'ui', 'tokens', 'auth', 'lib', 'config'],
  github: ['figma', 'ui', 'tokens', 'auth', 'lib', 'config'],
  testing: ['app', 'ui', 'lib', 'config', 'auth', 'figma'],
  app: '*',
  main: '*',
  'vite-env': [],
};

const TEST_FILE = /\.test\.tsx?$/;

/** The module a path under src/ belongs to: its first folder, or the file's own stem. */
function moduleOf(srcRelative) {
  const [first, ...rest] = srcRelative.split(path.sep);
  return rest.length === 0 ? first.replace(/\..*$/, '') : first;
}

function checkSource(context, node, source) {
  if (typeof source !== 'string' || !source.startsWith('.')) return;
  const filename = context.filename ?? context.getFilename();
  const srcRoot = path.join(context.cwd ?? process.cwd(), 'src');
  const fromRelative = path.relative(srcRoot, filename);
  if (fromRelative.startsWith('..')) return;
  const from = moduleOf(fromRelative);
  const target = path.resolve(path.dirname(filename), source);
  const targetRelative = path.relative(srcRoot, target);
  const isTest = TEST_FILE.test(filename);
  if (targetRelative.startsWith('..')) {
    if (!isTest) {
      context.report({
        node,
        message: `src/${from} may not import '${source}' from outside src/ (only tests may).`,
      });
    }
    return;
  }
  const to = moduleOf(targetRelative);
  if (to === from) return;
  const allowed = MODULE_TABLE[from];
  if (allowed === undefined) {
    context.report({
      node,
      message: `src/${from} is not in the module table (scripts/eslint/import-boundaries.js, docs/architecture.md).`,
    });
    return;
  }
  if (allowed === '*' || allowed.includes(to) || (isTest && to === 'testing')) return;
  context.report({
    node,
    message: `src/${from} may not import src/${to} ('${source}'): allowed are ${allowed.length ? allowed.join(', ') : 'none'} (docs/architecture.md).`,
  });
}

export const importBoundaries = {
  meta: { type: 'problem', schema: [] },
  create(context) {
    const visit = (node) => checkSource(context, node.source ?? node, node.source?.value);
    return {
      ImportDeclaration: visit,
      ExportNamedDeclaration: (node) => node.source && visit(node),
      ExportAllDeclaration: visit,
      ImportExpression: (node) => {
        if (node.source.type === 'Literal') checkSource(context, node, node.source.value);
      },
    };
  },
};

export default { rules: { 'module-table': importBoundaries } };
