/** Messages between the page and the conversion worker (convert-worker.ts). */
import type { ConvertOptions } from '../tokens/convert';
import type { BuildOptions, FormatId, OutputFile } from '../tokens/formats';
import type { ConversionWarning, FigmaVariablesInput, TokenModel } from '../tokens/model';

export type WorkerRequest =
  | { type: 'convert'; job: number; input: FigmaVariablesInput; options: ConvertOptions }
  | {
      type: 'build';
      job: number;
      model: number;
      formats: FormatId[];
      options: Omit<BuildOptions, 'warnings'>;
    };

export type WorkerReply =
  | { type: 'progress'; job: number; phase: 'converting' | 'building'; count: number }
  | { type: 'model'; job: number; model: TokenModel }
  | { type: 'files'; job: number; files: OutputFile[]; warnings: ConversionWarning[] }
  | { type: 'failed'; job: number; message: string };
