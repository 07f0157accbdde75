// The messages between the renderer and the spell-check worker (spell.worker.ts). The worker builds the en-GB
// checker from the bundled dictionary once, off the typing thread (docs/decisions/0014-offline-spell-check.md).
import type { SpellToken } from '../../../shared/spell/tokenize';

/** What the renderer asks. `known`: the conference's names and agencies and the user's own words. */
export type SpellAsk =
  { kind: 'check'; text: string; known: readonly string[] } | { kind: 'suggest'; word: string };

/** A question as sent, numbered so its answer can be matched to it. */
export type SpellRequest = SpellAsk & { id: number };

/** What the worker answers, with the id of the request. */
export type SpellResponse =
  | { kind: 'checked'; id: number; words: SpellToken[] }
  | { kind: 'suggested'; id: number; suggestions: string[] }
  | { kind: 'failed'; id: number; message: string };
