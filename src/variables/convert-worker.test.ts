/**
 * The conversion worker, driven through its message handler as the page drives it. A build the
 * page still shows may have been pushed out by newer ones (every changed option or baseline makes
 * one): asking for one of its files must still answer, not fail with "no longer built".
 */
import { collection, variable } from '../../test/tokens/hostile-input';
import type { WorkerReply, WorkerRequest } from './convert-protocol';

const replies: WorkerReply[] = [];
const scope = globalThis as unknown as {
  self: { postMessage: (reply: WorkerReply) => void; onmessage?: (event: MessageEvent) => void };
};
scope.self = { postMessage: (reply) => replies.push(reply) };
await import('./convert-worker');

/** Sends one request and waits until the worker has answered that job. */
async function ask(request: WorkerRequest): Promise<WorkerReply> {
  scope.self.onmessage!({ data: request } as MessageEvent);
  await vi.waitFor(() => {
    if (!replies.some((r) => r.job === request.job && r.type !== 'progress' && r.type !== 'tokens'))
      throw new Error(`job ${request.job} not answered yet`);
  });
  return replies.find(
    (r) => r.job === request.job && r.type !== 'progress' && r.type !== 'tokens',
  )!;
}

/** One collection "Space" holding one variable, gap = 8 (a GAP, so a dimension). */
const input = {
  variableCollections: { Space: { ...collection('Space', ['Default']), variableIds: ['v'] } },
  variables: { v: { ...variable('v', 'gap', 'Space', { Default: 8 }), scopes: ['GAP' as const] } },
};

describe('convert worker', () => {
  it('answers for a file of a build newer builds pushed out, by building it again', async () => {
    expect((await ask({ type: 'convert', job: 1, input: { input }, options: {} })).type).toBe(
      'model',
    );
    const made = { model: 1, formats: ['css' as const], options: {} };
    // Build 2 is what the page shows; six more builds follow (the worker keeps four).
    for (let job = 2; job <= 8; job++)
      expect((await ask({ type: 'build', job, ...made })).type).toBe('files');
    const reply = await ask({ type: 'text', job: 9, build: 2, path: 'tokens.css', made });
    expect(reply.type).toBe('text');
    expect(reply.type === 'text' && reply.text).toContain('--space-gap: 8px;');
  });
});
