/**
 * A small highlighter for the generated files: comments, strings, numbers (and colours), keywords
 * and property names, by one regular expression per language. It only colours text: every
 * character of the input is in the output, in order, so the preview reads exactly as the file.
 */
export type CodeLanguage = 'json' | 'css' | 'scss' | 'js' | 'swift' | 'kotlin' | 'xml' | 'text';
export type CodeTokenKind = 'comment' | 'string' | 'number' | 'keyword' | 'property';
export interface CodeToken {
  text: string;
  kind?: CodeTokenKind;
}

const EXTENSIONS: Record<string, CodeLanguage> = {
  json: 'json',
  css: 'css',
  scss: 'scss',
  js: 'js',
  mjs: 'js',
  ts: 'js',
  swift: 'swift',
  kt: 'kotlin',
  xml: 'xml',
};

export function languageOf(path: string): CodeLanguage {
  const extension = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  return EXTENSIONS[extension] ?? 'text';
}

const BLOCK_COMMENT = String.raw`\/\*[\s\S]*?\*\/`;
const LINE_COMMENT = String.raw`\/\/[^\n]*`;
const DOUBLE_QUOTED = String.raw`"(?:[^"\\\n]|\\.)*"`;
const SINGLE_QUOTED = String.raw`'(?:[^'\\\n]|\\.)*'`;
const NUMBER = String.raw`#[0-9a-fA-F]{3,8}\b|\b0x[0-9a-fA-F]+\b|-?\b\d+(?:\.\d+)?(?:[eE][+-]?\d+)?(?:[a-zA-Z%]+\b)?`;
const words = (list: string) => String.raw`\b(?:${list.split(' ').join('|')})\b`;

/** Per language, the alternatives in priority order (earlier wins where two could match). */
const RULES: Record<Exclude<CodeLanguage, 'text'>, [CodeTokenKind, string][]> = {
  json: [
    ['property', `${DOUBLE_QUOTED}(?=\\s*:)`],
    ['string', DOUBLE_QUOTED],
    ['number', NUMBER],
    ['keyword', words('true false null')],
  ],
  css: [
    ['comment', BLOCK_COMMENT],
    ['string', `${DOUBLE_QUOTED}|${SINGLE_QUOTED}`],
    ['property', String.raw`--[\w-]+`],
    ['keyword', String.raw`@[\w-]+|:root\b`],
    ['number', NUMBER],
  ],
  scss: [
    ['comment', `${BLOCK_COMMENT}|${LINE_COMMENT}`],
    ['string', `${DOUBLE_QUOTED}|${SINGLE_QUOTED}`],
    ['property', String.raw`\$[\w-]+|--[\w-]+`],
    ['keyword', String.raw`@[\w-]+|!default\b|:root\b`],
    ['number', NUMBER],
  ],
  js: [
    ['comment', `${BLOCK_COMMENT}|${LINE_COMMENT}`],
    ['string', `${DOUBLE_QUOTED}|${SINGLE_QUOTED}`],
    [
      'keyword',
      words('export const let var import from as default type interface readonly declare'),
    ],
    ['number', NUMBER],
  ],
  swift: [
    ['comment', `${BLOCK_COMMENT}|${LINE_COMMENT}`],
    ['string', DOUBLE_QUOTED],
    ['keyword', words('import public enum struct extension static let var case func return')],
    ['number', NUMBER],
  ],
  kotlin: [
    ['comment', `${BLOCK_COMMENT}|${LINE_COMMENT}`],
    ['string', DOUBLE_QUOTED],
    ['keyword', words('package import object val var fun public internal const')],
    ['number', NUMBER],
  ],
  xml: [
    ['comment', String.raw`<!--[\s\S]*?-->`],
    ['string', `${DOUBLE_QUOTED}|${SINGLE_QUOTED}`],
    ['keyword', String.raw`<\/?[\w:.-]+|\/?>|<\?xml|\?>`],
    ['property', String.raw`\b[\w:-]+(?==)`],
    ['number', NUMBER],
  ],
};

const compiled = new Map<CodeLanguage, { regex: RegExp; kinds: CodeTokenKind[] }>();

function ruleFor(language: Exclude<CodeLanguage, 'text'>) {
  let rule = compiled.get(language);
  if (!rule) {
    const rules = RULES[language];
    rule = {
      regex: new RegExp(rules.map(([, source]) => `(${source})`).join('|'), 'g'),
      kinds: rules.map(([kind]) => kind),
    };
    compiled.set(language, rule);
  }
  return rule;
}

export function tokenizeCode(text: string, language: CodeLanguage): CodeToken[] {
  if (language === 'text') return [{ text }];
  const { regex, kinds } = ruleFor(language);
  const tokens: CodeToken[] = [];
  let last = 0;
  for (const match of text.matchAll(regex)) {
    const start = match.index;
    if (start > last) tokens.push({ text: text.slice(last, start) });
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    tokens.push({ text: match[0], kind: kinds[group - 1]! });
    last = start + match[0].length;
  }
  if (last < text.length) tokens.push({ text: text.slice(last) });
  return tokens;
}
