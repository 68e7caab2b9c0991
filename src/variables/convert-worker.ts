/**
 * The conversion worker: Figma variables → token model, and model → output files, off the main
 * thread so a 5,000-variable file never freezes the page. Models stay here (the last few, by job
 * number) so building outputs does not send the model back in; built files stay here too, and
 * only the file the page shows or downloads is sent (DTCG files are even written only then).
 */
import { convertVariables } from '../tokens/convert';
import { buildFormat } from '../tokens/formats';
import type { BuildOptions, FormatId, OutputFile } from '../tokens/formats';
import type { ConversionWarning, FigmaVariablesInput, TokenModel } from '../tokens/model';
import { readJsonBlob } from '../lib/json-blob';
import type { WorkerReply, WorkerRequest } from './convert-protocol';
import { writtenBytes } from './file-size';
import { sizeProblem } from './size-limit';

const KEEP_MODELS = 4;
/**
 * The page takes the model in slices: each message is its own task there, and one 5,000-token
 * model in one message would be a single long task (structured-clone reading) on the main thread.
 */
const TOKENS_PER_MESSAGE = 250;
const KEEP_BUILDS = 4;
const models = new Map<number, TokenModel>();
const builds = new Map<number, OutputFile[]>();

function keepLast<T>(map: Map<number, T>, job: number, value: T, count: number) {
  map.set(job, value);
  for (const old of [...map.keys()].slice(0, -count)) map.delete(old);
}
const post = (reply: WorkerReply) => self.postMessage(reply);

function build(
  job: number,
  modelJob: number,
  formats: FormatId[],
  options: Omit<BuildOptions, 'warnings'>,
  warnings: ConversionWarning[] = [],
): OutputFile[] {
  const model = models.get(modelJob);
  if (!model) throw new Error('The converted model is gone; convert again.');
  const files = formats.flatMap((format) => buildFormat(model, format, { ...options, warnings }));
  keepLast(builds, job, files, KEEP_BUILDS);
  return files;
}

async function handle(request: WorkerRequest) {
  if (request.type === 'convert') {
    // Read here, off the main thread; a malformed answer is refused with a message saying so.
    const input =
      'blob' in request.input
        ? await readJsonBlob<FigmaVariablesInput>(request.input.blob, request.input.member)
        : request.input.input;
    const problem = sizeProblem(input);
    if (problem) throw new Error(problem);
    const count = Object.keys(input.variables ?? {}).length;
    post({ type: 'progress', job: request.job, phase: 'converting', count });
    const model = convertVariables(input, request.options);
    keepLast(models, request.job, model, KEEP_MODELS);
    for (let start = 0; start < model.tokens.length; start += TOKENS_PER_MESSAGE) {
      const tokens = model.tokens.slice(start, start + TOKENS_PER_MESSAGE);
      post({ type: 'tokens', job: request.job, tokens });
    }
    const { tokens: _sent, byId: _rebuilt, ...rest } = model;
    post({ type: 'model', job: request.job, model: rest });
    return;
  }
  if (request.type === 'text') {
    // The page may still show a build that newer ones (each changed option or baseline makes
    // one) have pushed out: it is made again from its model, not refused.
    const files =
      builds.get(request.build) ??
      build(request.build, request.made.model, request.made.formats, request.made.options);
    const file = files.find((f) => f.path === request.path);
    if (!file) throw new Error(`${request.path} is not among the built files; build them again.`);
    post({ type: 'text', job: request.job, text: file.contents });
    return;
  }
  post({ type: 'progress', job: request.job, phase: 'building', count: request.formats.length });
  const warnings: ConversionWarning[] = [];
  const files = build(request.job, request.model, request.formats, request.options, warnings);
  const entries = files.map((file) => ({
    path: file.path,
    mediaType: file.mediaType,
    bytes: writtenBytes(file),
  }));
  post({ type: 'files', job: request.job, files: entries, warnings });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  handle(event.data).catch((error: unknown) => {
    post({
      type: 'failed',
      job: event.data.job,
      message: error instanceof Error ? error.message : String(error),
    });
  });
};
