// A small pool of worker threads for the document jobs (./jobs), so a sign-off renders on every core while the
// main process's event loop stays free. The same code runs in Electron's main process, the browser shell, the CLI
// and the unit tests: the built entry (out/main/doc-worker.js) is used when present; from source (unit tests) the
// jobs run in this thread unless a test passes sourceWorkerEntry() (the TypeScript entry through jiti).
// Rule source: docs/architecture.md (services run outside Electron); docs/reliability.md §2.5.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

import { AppFailure } from '../../../../shared/ipc/result';
import type { ErrorCode, FieldIssue } from '../../../../shared/ipc/result';

import type { WorkerReply } from './doc-worker';
import { runDocJob } from './jobs';
import type { DocJobKind, DocJobRequest, DocJobs } from './jobs';

/** Where a worker's code is, and how Node must start it. */
export type WorkerEntry = { file: string; execArgv: string[] };

type Task = {
  id: number;
  request: DocJobRequest;
  transfer: ArrayBuffer[];
  resolve: (value: unknown) => void;
  reject: (e: unknown) => void;
};

type Slot = { worker: Worker; task: Task | null };

/** The worker entry beside the built main bundle (out/main/doc-worker.js), or null when running from source. */
export function defaultWorkerEntry(here: string = import.meta.dirname): WorkerEntry | null {
  for (const dir of [here, join(here, '..')]) {
    const built = join(dir, 'doc-worker.js');
    if (existsSync(built)) {
      return { file: built, execArgv: [] };
    }
  }
  return null;
}

/** The TypeScript source of the worker, started through jiti: for tests of the threaded path from source. */
export function sourceWorkerEntry(): WorkerEntry {
  return {
    file: join(import.meta.dirname, 'doc-worker.ts'),
    execArgv: ['--import', 'jiti/register'],
  };
}

/** Two workers on a two-core machine, at most four. */
export const defaultPoolSize = (): number => Math.min(4, Math.max(1, availableParallelism()));

function toError(error: Extract<WorkerReply, { ok: false }>['error']): Error {
  return error.failure
    ? new AppFailure(
        error.code as ErrorCode,
        error.message,
        error.issues as FieldIssue[] | undefined,
      )
    : new Error(error.message);
}

export class DocWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Task[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly options: { size: number; entry: WorkerEntry | null } = {
      size: defaultPoolSize(),
      entry: defaultWorkerEntry(),
    },
  ) {}

  /** Whether jobs run in worker threads (false: in this thread). */
  get threaded(): boolean {
    return this.options.size > 0 && this.options.entry !== null;
  }

  /** How many workers the pool runs. */
  get size(): number {
    return this.options.size;
  }

  /** Starts the workers now, so the first job does not wait for them to load. */
  warm(): void {
    while (this.threaded && !this.closed && this.slots.length < this.options.size) {
      this.slots.push(this.spawn());
    }
  }

  /** Runs one job; `transfer` lists input buffers handed to the worker (unusable here afterwards). */
  run<K extends DocJobKind>(
    kind: K,
    input: DocJobs[K]['input'],
    transfer: ArrayBuffer[] = [],
  ): Promise<DocJobs[K]['output']> {
    const request = { kind, input } as DocJobRequest;
    if (!this.threaded || this.closed) {
      return runDocJob(request) as Promise<DocJobs[K]['output']>;
    }
    return new Promise((resolve, reject) => {
      this.queue.push({
        id: this.nextId++,
        request,
        transfer,
        resolve: resolve as (value: unknown) => void,
        reject,
      });
      this.warm();
      this.pump();
    });
  }

  /** Stops every worker; queued jobs fail. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) {
      task.reject(new AppFailure('INTERNAL', 'The document workers were stopped.'));
    }
    await Promise.all(this.slots.splice(0).map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const entry = this.options.entry!;
    const worker = new Worker(entry.file, { execArgv: entry.execArgv });
    worker.unref(); // an idle pool never keeps the process alive
    const slot: Slot = { worker, task: null };
    worker.on('message', (reply: WorkerReply) => {
      const task = slot.task;
      if (!task || task.id !== reply.id) {
        return;
      }
      this.finish(slot);
      if (reply.ok) {
        task.resolve(reply.value);
      } else {
        task.reject(toError(reply.error));
      }
    });
    const fail = (e: unknown) => {
      const task = slot.task;
      this.slots.splice(this.slots.indexOf(slot), 1);
      slot.task = null;
      task?.reject(
        new AppFailure(
          'INTERNAL',
          `A document worker stopped: ${e instanceof Error ? e.message : String(e)}`,
        ),
      );
      this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) {
        fail(new Error(`exit code ${code}`));
      }
    });
    return slot;
  }

  private finish(slot: Slot): void {
    slot.task = null;
    slot.worker.unref();
    this.pump();
  }

  private pump(): void {
    if (this.queue.length > 0) {
      this.warm();
    }
    for (const slot of this.slots) {
      const task = slot.task === null ? this.queue.shift() : undefined;
      if (task) {
        slot.task = task;
        slot.worker.ref(); // a job under way keeps the process alive until it answers
        slot.worker.postMessage({ id: task.id, request: task.request }, task.transfer);
      }
    }
  }
}

let shared: DocWorkerPool | undefined;

/** The process's document pool, made on first use. */
export function documentPool(): DocWorkerPool {
  shared ??= new DocWorkerPool();
  return shared;
}
