/**
 * The conversion worker: Figma variables → token model, and model → output files, off the main
 * thread so a 5,000-variable file never freezes the page. Models stay here (the last few, by job
 * number) so building outputs does not send the model back in.
 */
import { convertVariables } from '../tokens/convert';
import { buildFormat } from '../tokens/formats';
import type { ConversionWarning, TokenModel } from '../tokens/model';
import type { WorkerReply, WorkerRequest } from './convert-protocol';

const KEEP_MODELS = 4;
const models = new Map<number, TokenModel>();
const post = (reply: WorkerReply) => self.postMessage(reply);

function handle(request: WorkerRequest) {
  if (request.type === 'convert') {
    const count = Object.keys(request.input.variables ?? {}).length;
    post({ type: 'progress', job: request.job, phase: 'converting', count });
    const model = convertVariables(request.input, request.options);
    models.set(request.job, model);
    for (const old of [...models.keys()].slice(0, -KEEP_MODELS)) models.delete(old);
    post({ type: 'model', job: request.job, model });
    return;
  }
  const model = models.get(request.model);
  if (!model) throw new Error('The converted model is gone; convert again.');
  post({ type: 'progress', job: request.job, phase: 'building', count: request.formats.length });
  const warnings: ConversionWarning[] = [];
  const files = request.formats.flatMap((format) =>
    buildFormat(model, format, { ...request.options, warnings }),
  );
  post({ type: 'files', job: request.job, files, warnings });
}

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  try {
    handle(event.data);
  } catch (error) {
    post({
      type: 'failed',
      job: event.data.job,
      message: error instanceof Error ? error.message : String(error),
    });
  }
};
