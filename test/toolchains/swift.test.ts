/**
 * Swift: there is no swiftc for Debian, so the generated files are parsed by an independent Swift
 * grammar (tree-sitter-swift, run as WebAssembly through web-tree-sitter). Checked: syntax (no
 * ERROR or MISSING node), no string interpolation anywhere, no raw control character in a string
 * literal, no enum that shadows a Swift or SwiftUI type (our own rule, on the parsed names).
 * NOT checked here: type checking (e.g. that `Color(.sRGB, …)` resolves) — that needs swiftc.
 */
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
import type { Node, Tree } from 'web-tree-sitter';
import { SWIFT_TYPE_NAMES } from '../../src/tokens/names.ts';
import { collisionSummary, generate } from './generated.ts';

const require = createRequire(import.meta.url);

async function swiftParser(): Promise<Parser> {
  await Parser.init();
  let grammar: string;
  try {
    grammar = require.resolve('@repomix/tree-sitter-wasms/out/tree-sitter-swift.wasm');
  } catch {
    throw new Error(
      'The Swift grammar is missing; run npm install (devDependency @repomix/tree-sitter-wasms).',
    );
  }
  const parser = new Parser();
  parser.setLanguage(await Language.load(grammar));
  return parser;
}

function parsed(tree: Tree | null): Node {
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree.rootNode;
}

function problems(node: Node, out: string[] = []): string[] {
  const where = `line ${node.startPosition.row + 1}`;
  if (node.isError) out.push(`syntax error at ${where}: ${node.text.slice(0, 60)}`);
  else if (node.isMissing) out.push(`missing ${node.type} at ${where}`);
  else if (node.type === 'interpolated_expression')
    out.push(`interpolation at ${where}: ${node.text}`);
  else if (
    node.type === 'line_string_literal' &&
    // eslint-disable-next-line no-control-regex -- looking for raw control characters is the point
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(node.text)
  )
    out.push(`raw control character in a string at ${where}`);
  for (const child of node.children) if (child) problems(child, out);
  return out;
}

function enumNames(node: Node, out: string[] = []): string[] {
  if (
    node.type === 'class_declaration' &&
    node.childForFieldName('body')?.type === 'enum_class_body'
  ) {
    const name = node.childForFieldName('name');
    if (name) out.push(name.text);
  }
  for (const child of node.children) if (child) enumNames(child, out);
  return out;
}

describe('Swift (tree-sitter-swift grammar)', () => {
  it('parses every Tokens.swift with no error, interpolation, raw control character or shadowing enum', async () => {
    const parser = await swiftParser();
    const sanity = parser.parse('let a = "x \\(y)"\nenum 1A {}');
    const planted = problems(parsed(sanity)).join('\n');
    expect(planted, 'the checker finds planted problems').toMatch(/interpolation at line 1/);
    expect(planted).toMatch(/syntax error|missing/);
    const generated = generate('swift');
    let enums = 0;
    for (const { name, files } of generated) {
      for (const file of files) {
        const tree = parsed(parser.parse(file.contents));
        expect(problems(tree), name).toEqual([]);
        const names = enumNames(tree);
        enums += names.length;
        expect(
          names.filter((n) => SWIFT_TYPE_NAMES.has(n)),
          name,
        ).toEqual([]);
      }
    }
    expect(enums).toBeGreaterThan(10);
    console.info(
      `${collisionSummary('swift', generated)} — syntax checked by tree-sitter-swift (${enums} enums); NOT type-checked (no swiftc on this platform)`,
    );
  });
});
