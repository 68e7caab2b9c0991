/** Command-line parsing for `tokenport export`, with errors a person can act on. */
import { MODE_SELECTORS } from '../tokens/catalog.ts';
import type { ModeSelector } from '../tokens/catalog.ts';

export const USAGE = `Usage:
  tokenport export --input <variables.json> [--input more.json ...] --out <dir> [options]
  tokenport export --file <fileKey> --out <dir> [options]      (needs FIGMA_TOKEN)

Inputs:
  --input <path>        a saved GET /v1/files/:key/variables/local response, Figma's own
                        variables export (one file per mode), or DTCG tokens / a resolver;
                        repeat for several files
  --file <key>          fetch the file's local variables from the Figma REST API
                        (Enterprise plans; token in FIGMA_TOKEN, base URL in FIGMA_API_BASE)

Output:
  --out <dir>           directory to write into (created if missing)
  --format <list>       comma-separated: dtcg, css, scss, js, ts, tailwind, swift,
                        android (= android-xml + compose), android-xml, compose
                        (default: dtcg)
  --mode-selector <s>   how CSS selects modes: data-attribute (default), class, media
  --no-code-syntax      ignore the WEB / ANDROID / iOS names set in Figma's codeSyntax
                        (default: use them for CSS/SCSS/Tailwind, Android XML/Compose, Swift)
  --bundle              write DTCG as one self-contained tokens.resolver.json
  --library <choice>    library (remote) variables: inline (default: copy their values into
                        local variables that alias them) or skip (leave them and those values out)
  --deleted <choice>    variables deleted in Figma but still referenced: skip (default) or
                        separate (exported apart, marked deleted and deprecated)
  --strict              exit 1 when there are warnings

  -h, --help            show this help

Exit codes: 0 success (warnings on stderr), 1 warnings with --strict or a Figma error,
2 bad input (malformed files, alias cycles) or bad flags.`;

export interface ExportArgs {
  command: 'export';
  inputs: string[];
  fileKey?: string;
  out: string;
  formats: string[];
  modeSelector?: ModeSelector;
  bundle: boolean;
  strict: boolean;
  /** Use Figma's codeSyntax names; `--no-code-syntax` turns it off. */
  codeSyntax: boolean;
  libraryVariables?: 'skip' | 'inline';
  deletedVariables?: 'skip' | 'separate';
}

function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T))
    throw new UsageError(`unknown ${flag} "${value}"; expected ${allowed.join(' or ')}`);
  return value as T;
}

export type ParsedArgs = ExportArgs | { command: 'help' };

export class UsageError extends Error {
  override name = 'UsageError';
}

/** `android` is a shorthand for both Android outputs; `js` and `ts` are separate formats. */
export function expandFormats(list: string, known: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of list.split(',')) {
    const name = raw.trim().toLowerCase();
    if (name === '') continue;
    const expanded = name === 'android' ? ['android-xml', 'compose'] : [name];
    for (const format of expanded) {
      if (!known.includes(format)) {
        throw new UsageError(
          `unknown format "${raw.trim()}"; expected one of ${[...known, 'android'].join(', ')}`,
        );
      }
      if (!out.includes(format)) out.push(format);
    }
  }
  if (out.length === 0) throw new UsageError('--format needs at least one format');
  return out;
}

export function parseArgs(argv: readonly string[], knownFormats: readonly string[]): ParsedArgs {
  if (argv.includes('--help') || argv.includes('-h') || argv[0] === 'help')
    return { command: 'help' };
  if (argv.length === 0) throw new UsageError('missing command');
  const [command, ...rest] = argv;
  if (command !== 'export') throw new UsageError(`unknown command "${command}"; expected "export"`);
  const args: ExportArgs = {
    command: 'export',
    inputs: [],
    out: '',
    formats: ['dtcg'],
    bundle: false,
    strict: false,
    codeSyntax: true,
  };
  let sawOut = false;
  for (let i = 0; i < rest.length; i++) {
    const token = rest[i]!;
    const [flag, inline] =
      token.startsWith('--') && token.includes('=')
        ? [token.slice(0, token.indexOf('=')), token.slice(token.indexOf('=') + 1)]
        : [token, undefined];
    const value = (): string => {
      const next = inline ?? rest[++i];
      if (next === undefined || (inline === undefined && next.startsWith('--')))
        throw new UsageError(`${flag} needs a value`);
      return next;
    };
    switch (flag) {
      case '--input':
      case '-i':
        args.inputs.push(value());
        break;
      case '--file':
        if (args.fileKey !== undefined) throw new UsageError('--file may be given once');
        args.fileKey = value();
        break;
      case '--out':
      case '-o':
        args.out = value();
        sawOut = true;
        break;
      case '--format':
      case '-f':
        args.formats = expandFormats(value(), knownFormats);
        break;
      case '--mode-selector': {
        const selector = value();
        if (!(MODE_SELECTORS as readonly string[]).includes(selector)) {
          throw new UsageError(
            `unknown --mode-selector "${selector}"; expected ${MODE_SELECTORS.join(', ')}`,
          );
        }
        args.modeSelector = selector as ModeSelector;
        break;
      }
      case '--bundle':
        args.bundle = true;
        break;
      case '--library':
        args.libraryVariables = oneOf(flag, value(), ['inline', 'skip'] as const);
        break;
      case '--deleted':
        args.deletedVariables = oneOf(flag, value(), ['skip', 'separate'] as const);
        break;
      case '--strict':
        args.strict = true;
        break;
      case '--no-code-syntax':
        args.codeSyntax = false;
        break;
      default:
        throw new UsageError(`unknown option "${token}"`);
    }
  }
  if (args.inputs.length === 0 && args.fileKey === undefined)
    throw new UsageError('give --input <file> or --file <key>');
  if (args.inputs.length > 0 && args.fileKey !== undefined)
    throw new UsageError('give either --input or --file, not both');
  if (!sawOut || args.out.trim() === '') throw new UsageError('--out <dir> is required');
  if (args.fileKey !== undefined && !/^[A-Za-z0-9_-]+$/.test(args.fileKey)) {
    throw new UsageError(
      `"${args.fileKey}" is not a Figma file key (the part after /file/ or /design/ in the URL)`,
    );
  }
  return args;
}
