/**
 * The `tokenport` CLI: read variables (saved REST response, Figma's export, DTCG, or the REST API
 * itself), convert them, and write the requested formats. Written against injected I/O so tests
 * can run it in-process as well as in a child process.
 */
import { convertVariables } from '../tokens/convert.ts';
import { buildFormat } from '../tokens/formats.ts';
import { FORMAT_IDS } from '../tokens/catalog.ts';
import type { FormatId } from '../tokens/catalog.ts';
import type { ConversionWarning } from '../tokens/model.ts';
import { parseTokenInput, TokenInputError } from '../tokens/import/parse-token-input.ts';
import type { ImportWarning } from '../tokens/import/parse-token-input.ts';
import { parseArgs, USAGE, UsageError } from './args.ts';
import { FigmaFetchError } from './figma-fetch.ts';
import { mergeRepeatedWarnings } from './merge-warnings.ts';
import { readInputs } from './read-inputs.ts';
import { OutputDirError, prepareOutDir, UnsafePathError, writeInside } from './safe-write.ts';

export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  fetchImpl?: typeof fetch;
}

export const KNOWN_FORMATS: readonly string[] = FORMAT_IDS;

/** Beyond the first problem of bad input, how many more are listed (then a count). */
const MORE_PROBLEMS_SHOWN = 20;

/** One line per warning: the variable first, then what happened, then where. */
export function describeWarning(warning: unknown): string {
  if (typeof warning === 'string') return warning;
  if (typeof warning !== 'object' || warning === null) return String(warning);
  const record = warning as Record<string, unknown>;
  const who = [record.variableName, record.variable, record.name, record.variableId].find(
    (value) => typeof value === 'string' && value !== '',
  ) as string | undefined;
  const message = typeof record.message === 'string' ? record.message : JSON.stringify(warning);
  const where =
    typeof record.file === 'string'
      ? ` (${record.file}${typeof record.jsonPath === 'string' ? ` ${record.jsonPath}` : ''})`
      : '';
  return `${who ? `${who}: ` : ''}${message}${where}`;
}

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, KNOWN_FORMATS);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`tokenport: ${error.message}`);
      io.stderr('');
      io.stderr(USAGE);
      return 2;
    }
    throw error;
  }
  if (args.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }

  try {
    const files = await readInputs(args, io);
    const parsed = parseTokenInput(files);
    const model = convertVariables(parsed.input, {
      ...(args.libraryVariables ? { libraryVariables: args.libraryVariables } : {}),
      ...(args.deletedVariables ? { deletedVariables: args.deletedVariables } : {}),
    });
    if (model.errors.length > 0) {
      // Alias cycles: the input itself is broken, so nothing is written.
      for (const error of model.errors) io.stderr(`error: ${error.message}`);
      io.stderr('tokenport: nothing written; fix the variables above in Figma and export again');
      return 2;
    }
    // Formats add their own warnings (e.g. a mode with no media query) to this list.
    const formatWarnings: ConversionWarning[] = [];
    const outputs = args.formats.flatMap((format) =>
      buildFormat(model, format as FormatId, {
        ...(args.modeSelector ? { modeSelector: args.modeSelector } : {}),
        codeSyntax: args.codeSyntax,
        ...(args.bundle ? { bundle: true } : {}),
        warnings: formatWarnings,
      }),
    );
    const seen = new Set<string>();
    const warnings: unknown[] = [
      ...mergeRepeatedWarnings(parsed.warnings, model.warnings),
      ...formatWarnings,
    ].filter((warning) => {
      // CSS and Tailwind may report the same fallback; say it once.
      const key = describeWarning(warning);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    // Only once there is something to write: bad input must leave no empty --out behind.
    await prepareOutDir(args.out);
    await writeInside(args.out, outputs);
    for (const warning of warnings) io.stderr(`warning: ${describeWarning(warning)}`);
    const variableCount = Object.keys(parsed.input.variables).length;
    const compositeCount = Object.keys(parsed.input.composites ?? {}).length;
    const composites = compositeCount ? ` and ${compositeCount} composite tokens` : '';
    io.stdout(
      `tokenport: ${variableCount} variables${composites} from ${describeSource(parsed.source)} → ${outputs.length} files in ${args.out} (${args.formats.join(', ')})${warnings.length ? `, ${warnings.length} warning(s)` : ''}`,
    );
    return args.strict && warnings.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof TokenInputError) {
      const [first, ...more] = error.lines;
      io.stderr(`tokenport: ${first}`);
      for (const line of more.slice(0, MORE_PROBLEMS_SHOWN)) io.stderr(`tokenport: ${line}`);
      if (more.length > MORE_PROBLEMS_SHOWN)
        io.stderr(`tokenport: … and ${more.length - MORE_PROBLEMS_SHOWN} more problems like these`);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`tokenport: ${error.message}`);
      return 2;
    }
    if (error instanceof FigmaFetchError) {
      io.stderr(`tokenport: ${error.message}`);
      return 1;
    }
    if (error instanceof UnsafePathError) {
      io.stderr(`tokenport: ${error.message}`);
      return 1;
    }
    if (error instanceof OutputDirError) {
      io.stderr(`tokenport: ${error.message}`);
      return 2;
    }
    // A structure deeper than the reader or converter can follow (e.g. `$value` nested 50,000
    // levels) is bad input, not a crash: one line, no stack.
    if (error instanceof RangeError) {
      io.stderr(
        'tokenport: the input is nested too deeply to read (is it a token file?); nothing written',
      );
      return 2;
    }
    throw error;
  }
}

function describeSource(source: ReturnType<typeof parseTokenInput>['source']): string {
  return source === 'figma-rest'
    ? 'a Figma variables response'
    : source === 'figma-export'
      ? "Figma's export"
      : 'DTCG tokens';
}

export type { ImportWarning };
