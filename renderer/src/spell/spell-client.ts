// The renderer's side of the spell-check worker: one worker for the whole app, started on first use, and a
// promise per request. Where workers do not exist (unit tests without a browser) nothing is ever marked.
import type { SpellToken } from '../../../shared/spell/tokenize';

import type { SpellAsk, SpellRequest, SpellResponse } from './protocol';

type Waiting = { resolve: (r: SpellResponse) => void };

let worker: Worker | null = null;
let nextId = 1;
const waiting = new Map<number, Waiting>();

function start(): Worker | null {
  if (worker || typeof Worker === 'undefined') {
    return worker;
  }
  worker = new Worker(new URL('./spell.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<SpellResponse>) => {
    const w = waiting.get(event.data.id);
    waiting.delete(event.data.id);
    w?.resolve(event.data);
  };
  worker.onerror = (event) => {
    // A worker that cannot start answers every waiting request with the reason; the next request tries again.
    const message = event.message || 'The spell-checker could not start.';
    for (const [id, w] of waiting) {
      w.resolve({ kind: 'failed', id, message });
    }
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

function ask(question: SpellAsk): Promise<SpellResponse> {
  const w = start();
  const id = nextId++;
  if (!w) {
    return Promise.resolve({ kind: 'failed', id, message: 'Spell-check is not available here.' });
  }
  return new Promise((resolve) => {
    waiting.set(id, { resolve });
    const request: SpellRequest = { ...question, id };
    w.postMessage(request);
  });
}

/** The misspelt words of `text`; `known` are the words never to mark besides the safeguarding terms. */
export async function checkSpelling(text: string, known: readonly string[]): Promise<SpellToken[]> {
  const r = await ask({ kind: 'check', text, known });
  if (r.kind === 'failed') {
    throw new Error(r.message);
  }
  return r.kind === 'checked' ? r.words : [];
}

/** Up to five suggestions for a misspelt word, best first. */
export async function suggestSpelling(word: string): Promise<string[]> {
  const r = await ask({ kind: 'suggest', word });
  if (r.kind === 'failed') {
    throw new Error(r.message);
  }
  return r.kind === 'suggested' ? r.suggestions : [];
}
