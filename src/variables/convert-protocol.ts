/** Messages between the page and the conversion worker (convert-worker.ts). */
import type { ConvertOptions } from '../tokens/convert';
import type { BuildOptions, FormatId } from '../tokens/formats';
import type {
  ConversionWarning,
  FigmaVariablesInput,
  ModelToken,
  TokenModel,
} from '../tokens/model';

/** A generated file as the page first learns of it: its text stays in the worker until asked for. */
export interface FileEntry {
  path: string;
  mediaType: string;
  /** UTF-8 size when the exporter wrote the text eagerly; unknown for files written on demand. */
  bytes?: number | undefined;
}

export type WorkerRequest =
  | {
      type: 'convert';
      job: number;
      /** The input itself, or the Blob holding it as `member` of a JSON document (see json-blob.ts). */
      input: { input: FigmaVariablesInput } | { blob: Blob; member: string };
      options: ConvertOptions;
    }
  | {
      type: 'build';
      job: number;
      model: number;
      formats: FormatId[];
      options: Omit<BuildOptions, 'warnings'>;
    }
  | {
      type: 'text';
      job: number;
      build: number;
      path: string;
      /** How that build was made: redone when newer builds have pushed it out of the worker. */
      made: { model: number; formats: FormatId[]; options: Omit<BuildOptions, 'warnings'> };
    };

export type WorkerReply =
  | { type: 'progress'; job: number; phase: 'converting' | 'building'; count: number }
  /** A slice of the model's tokens, sent ahead of the rest (see convert-worker.ts). */
  | { type: 'tokens'; job: number; tokens: ModelToken[] }
  /** The model without its tokens (they came in slices) and without `byId` (rebuilt from them). */
  | { type: 'model'; job: number; model: Omit<TokenModel, 'tokens' | 'byId'> }
  | { type: 'files'; job: number; files: FileEntry[]; warnings: ConversionWarning[] }
  | { type: 'text'; job: number; text: string }
  | { type: 'failed'; job: number; message: string };
