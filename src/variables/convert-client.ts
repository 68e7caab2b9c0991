/**
 * The page's side of the conversion worker: one worker, jobs by number, coarse progress for the
 * UI, cancel (the worker is terminated, so the work really stops) and a size limit that is said
 * before any conversion starts. Without Worker support (unit tests) the same code runs in-process.
 */
import type { ConvertOptions } from '../tokens/convert';
import type { BuildOptions, FormatId, OutputFile } from '../tokens/formats';
import type {
  ConversionWarning,
  FigmaVariablesInput,
  ModelToken,
  TokenModel,
} from '../tokens/model';
import type { WorkerReply, WorkerRequest } from './convert-protocol';
import { JsonBlob, readMaybeLazy } from '../lib/json-blob';
import type { MaybeLazy } from '../lib/json-blob';
import { loadConvert, loadFormats } from './core';
import { writtenBytes } from './file-size';
import { sizeProblem } from './size-limit';

export class ConversionError extends Error {
  override readonly name = 'ConversionError';
}

export interface ConversionProgress {
  phase: 'converting' | 'building';
  count: number;
}

interface Pending {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

let worker: Worker | undefined;
let generation = 0;
let nextJob = 1;
const pending = new Map<number, Pending>();
/** Which worker job (and worker generation) holds each model, so outputs build where it lives. */
const modelJobs = new WeakMap<TokenModel, { job: number; generation: number }>();
let progress: ConversionProgress | undefined;
const listeners = new Set<() => void>();

function setProgress(next: ConversionProgress | undefined) {
  progress = next;
  for (const listener of listeners) listener();
}

export const conversionProgress = {
  subscribe(listener: () => void) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  current: () => progress,
};

/** Tokens of models still arriving, by job. */
const arriving = new Map<number, ModelToken[]>();

function onReply(event: MessageEvent<WorkerReply>) {
  const reply = event.data;
  if (reply.type === 'progress') return setProgress({ phase: reply.phase, count: reply.count });
  if (reply.type === 'tokens') {
    const tokens = arriving.get(reply.job) ?? [];
    for (const token of reply.tokens) tokens.push(token);
    arriving.set(reply.job, tokens);
    return;
  }
  const waiting = pending.get(reply.job);
  pending.delete(reply.job);
  if (pending.size === 0) setProgress(undefined);
  if (reply.type === 'failed') waiting?.reject(new ConversionError(reply.message));
  else waiting?.resolve(reply);
}

function failAll(error: Error) {
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
  arriving.clear();
  setProgress(undefined);
}

function currentWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  if (!worker) {
    worker = new Worker(new URL('./convert-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = onReply;
    worker.onerror = (event) =>
      failAll(new ConversionError(event.message || 'The conversion stopped unexpectedly.'));
  }
  return worker;
}

function send(target: Worker, request: WorkerRequest): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    pending.set(request.job, { resolve, reject });
    target.postMessage(request);
  });
}

/** Stops every conversion under way; their queries fail with "cancelled". */
export function cancelConversion() {
  worker?.terminate();
  worker = undefined;
  generation += 1;
  failAll(new ConversionError('Conversion cancelled.'));
}

export async function convertInWorker(
  input: MaybeLazy<FigmaVariablesInput>,
  options: ConvertOptions,
): Promise<TokenModel> {
  const target = currentWorker();
  if (!target) {
    const read = await readMaybeLazy(input);
    const problem = sizeProblem(read);
    if (problem) throw new ConversionError(problem);
    return (await loadConvert()).convertVariables(read, options);
  }
  const job = nextJob++;
  // A lazy input goes as its Blob, unread: the worker reads it (and refuses it if malformed).
  const source = input instanceof JsonBlob ? { blob: input.blob, member: input.member } : { input };
  const reply = await send(target, { type: 'convert', job, input: source, options });
  if (reply.type !== 'model') throw new ConversionError('The conversion answered out of turn.');
  const tokens = arriving.get(job) ?? [];
  arriving.delete(job);
  const model = { ...reply.model, tokens, byId: new Map(tokens.map((t) => [t.id, t])) };
  modelJobs.set(model, { job, generation });
  return model;
}

/** A generated file; its text is fetched from the worker (and there written) when first asked for. */
export interface BuiltFile {
  path: string;
  mediaType: string;
  /** Known only for files whose text was written eagerly (see file-size.ts). */
  bytes?: number | undefined;
  text: () => Promise<string>;
}

function once(load: () => Promise<string>): () => Promise<string> {
  let loaded: Promise<string> | undefined;
  return () => (loaded ??= load());
}

export function builtFile(file: OutputFile): BuiltFile {
  return {
    path: file.path,
    mediaType: file.mediaType,
    bytes: writtenBytes(file),
    text: once(async () => file.contents),
  };
}

async function textInWorker(
  target: Worker,
  build: number,
  path: string,
  made: Extract<WorkerRequest, { type: 'text' }>['made'],
): Promise<string> {
  if (worker !== target) throw new ConversionError('Conversion cancelled; build the files again.');
  const reply = await send(target, { type: 'text', job: nextJob++, build, path, made });
  if (reply.type !== 'text') throw new ConversionError('The conversion answered out of turn.');
  return reply.text;
}

export async function buildInWorker(
  model: TokenModel,
  formats: FormatId[],
  options: Omit<BuildOptions, 'warnings'>,
): Promise<{ files: BuiltFile[]; warnings: ConversionWarning[] }> {
  const held = modelJobs.get(model);
  const target = currentWorker();
  if (!target || !held || held.generation !== generation) {
    const { buildFormat } = await loadFormats();
    const warnings: ConversionWarning[] = [];
    const files = formats.flatMap((f) => buildFormat(model, f, { ...options, warnings }));
    return { files: files.map(builtFile), warnings };
  }
  const job = nextJob++;
  const reply = await send(target, { type: 'build', job, model: held.job, formats, options });
  if (reply.type !== 'files') throw new ConversionError('The conversion answered out of turn.');
  const files = reply.files.map((entry) => ({
    ...entry,
    text: once(() => textInWorker(target, job, entry.path, { model: held.job, formats, options })),
  }));
  return { files, warnings: reply.warnings };
}
