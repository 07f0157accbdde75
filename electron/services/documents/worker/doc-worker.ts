// Entry of a document worker thread (out/main/doc-worker.js in the build): runs each job it is sent and posts
// back { id, ok, value } or { id, ok: false, error }. AppFailures keep their code across the thread boundary.
import { parentPort } from 'node:worker_threads';

import { isAppFailure } from '../../../../shared/ipc/result';

import { runDocJob, transferablesOf } from './jobs';
import type { DocJobRequest } from './jobs';

export type WorkerReply =
  | { id: number; ok: true; value: unknown }
  | {
      id: number;
      ok: false;
      error: { failure: boolean; code?: string; message: string; issues?: unknown };
    };

const port = parentPort;
if (port) {
  port.on('message', (message: { id: number; request: DocJobRequest }) => {
    runDocJob(message.request).then(
      (value) => {
        const reply: WorkerReply = { id: message.id, ok: true, value };
        port.postMessage(reply, transferablesOf(value));
      },
      (e: unknown) => {
        const reply: WorkerReply = {
          id: message.id,
          ok: false,
          error: isAppFailure(e)
            ? { failure: true, code: e.code, message: e.message, issues: e.issues }
            : { failure: false, message: e instanceof Error ? e.message : String(e) },
        };
        port.postMessage(reply);
      },
    );
  });
}
