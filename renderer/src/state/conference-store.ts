// The open conference: working copy, acknowledged revision, queue of unsent edits and save status.
// Rule source: docs/architecture.md §3.5 (optimistic applyEdit, one sender loop, "Saved" only after main acknowledges).
import { create } from 'zustand';

import type { Conference } from '../../../shared/domain/conference';
import { applyEdit } from '../../../shared/domain/edits';
import type { Edit, Path } from '../../../shared/domain/edits';
import type { ConferenceId } from '../../../shared/domain/ids';
import type { ConferenceStatus } from '../../../shared/ipc/contracts/conference';
import type { AppError } from '../../../shared/ipc/result';
import { isAppFailure } from '../../../shared/ipc/result';
import { invoke } from '../api/client';

/** Text edits wait this long after the last keystroke, so one edit (not one per key) goes to disk within 1 s. */
export const TEXT_DEBOUNCE_MS = 400;
const RETRY_MS = 2000;
/** Errors that will not go away by sending the same edit again. */
const PERMANENT = new Set(['CONFLICT', 'BAD_INPUT', 'NOT_FOUND', 'SIGNED_LOCKED']);

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** `path` is the field whose edit was refused (null for an edit that names no single field). */
  | { kind: 'failed'; error: AppError; retrying: boolean; path: Path | null };

/** The path an edit changes, for showing a refused save beside its field. */
export function editPath(edit: Edit): Path | null {
  return 'path' in edit ? edit.path : null;
}

type ConferenceState = {
  id: ConferenceId | null;
  conference: Conference | null;
  status: ConferenceStatus;
  revision: number;
  queue: Edit[];
  save: SaveState;
  loadError: AppError | null;
  /**
   * Reads the conference from main. Edits still queued for the same conference are sent first, so a reload never
   * drops them; `discard: true` (after a save was refused for good) drops them and takes main's copy.
   */
  load: (id: ConferenceId, options?: { discard?: boolean }) => Promise<void>;
  /**
   * Takes main's copy after main changed the record outside this store (sign-off, amendment), so the status and
   * the revision the next edit is based on are current.
   */
  reload: () => Promise<void>;
  /** Applies an edit to the working copy now and queues it for main. Returns an error if it does not fit. */
  apply: (edit: Edit) => AppError | null;
  /** Sets a text field now; the edit is sent once typing pauses (TEXT_DEBOUNCE_MS). */
  setText: (path: Path, text: string) => void;
  /** Sends any debounced text at once (on blur, before leaving a screen). */
  flush: () => void;
  /** Sends pending text and resolves true once main has every edit, false if saving has failed for good. */
  whenSaved: () => Promise<boolean>;
  /** Saves everything, then moves the conference to a live-mode status (conference.setStatus). */
  setStatus: (status: 'in-conference' | 'awaiting-sign-off') => Promise<AppError | null>;
};

const pendingText = new Map<string, { edit: Edit; timer: ReturnType<typeof setTimeout> }>();
let sending = false;

export const useConference = create<ConferenceState>((set, get, store) => {
  const toError = (e: unknown): AppError =>
    isAppFailure(e)
      ? { code: e.code, message: e.message, ...(e.issues ? { issues: e.issues } : {}) }
      : { code: 'INTERNAL', message: 'That change could not be made.' };

  const enqueue = (edit: Edit): void => {
    set((s) => ({ queue: [...s.queue, edit], save: { kind: 'saving' } }));
    void sendLoop();
  };

  const flushText = (): void => {
    for (const [key, p] of pendingText) {
      clearTimeout(p.timer);
      pendingText.delete(key);
      enqueue(p.edit);
    }
  };

  // The single sender: one edit in flight at a time, in order, each on top of the last acknowledged revision.
  const sendLoop = async (): Promise<void> => {
    if (sending) {
      return;
    }
    sending = true;
    try {
      for (;;) {
        const { id, queue, revision } = get();
        const edit = queue[0];
        if (id === null || edit === undefined) {
          return;
        }
        const result = await invoke('conference.applyEdit', {
          conferenceId: id,
          baseRevision: revision,
          edit,
        });
        if (get().id !== id) {
          return;
        }
        if (!result.ok) {
          const retrying = !PERMANENT.has(result.error.code);
          set({ save: { kind: 'failed', error: result.error, retrying, path: editPath(edit) } });
          if (retrying) {
            setTimeout(() => void sendLoop(), RETRY_MS);
          }
          return;
        }
        set((s) => {
          const rest = s.queue.slice(1);
          const done = rest.length === 0 && pendingText.size === 0;
          return {
            revision: result.value.revision,
            queue: rest,
            save: done ? { kind: 'saved', at: result.value.savedAt } : { kind: 'saving' },
          };
        });
      }
    } finally {
      sending = false;
    }
  };

  return {
    id: null,
    conference: null,
    status: 'draft',
    revision: 0,
    queue: [],
    save: { kind: 'idle' },
    loadError: null,
    load: async (id, options) => {
      if (get().id === id && !options?.discard && !(await get().whenSaved())) {
        // A save was refused for good: keep the refused change on screen (and the refusal shown) until the
        // person chooses to reload and drop it.
        return;
      }
      if (options?.discard) {
        for (const p of pendingText.values()) {
          clearTimeout(p.timer);
        }
        pendingText.clear();
      }
      flushText();
      const result = await invoke('conference.get', { conferenceId: id });
      if (!result.ok) {
        set({ loadError: result.error });
        return;
      }
      set({
        id,
        conference: result.value.conference,
        status: result.value.status,
        revision: result.value.revision,
        queue: [],
        save: { kind: 'saved', at: result.value.savedAt },
        loadError: null,
      });
    },
    reload: async () => {
      const id = get().id;
      if (id !== null) {
        await get().load(id);
      }
    },
    apply: (edit) => {
      const current = get().conference;
      if (!current) {
        return { code: 'NOT_FOUND', message: 'No conference is open.' };
      }
      try {
        const next = applyEdit(current, edit);
        // Keep the order main sees equal to the order of the working copy.
        flushText();
        set({ conference: next });
        enqueue(edit);
        return null;
      } catch (e) {
        return toError(e);
      }
    },
    setText: (path, text) => {
      const current = get().conference;
      if (!current) {
        return;
      }
      const edit: Edit = { type: 'set', path, value: text };
      try {
        set({ conference: applyEdit(current, edit), save: { kind: 'saving' } });
      } catch (e) {
        set({ save: { kind: 'failed', error: toError(e), retrying: false, path } });
        return;
      }
      const key = JSON.stringify(path);
      const old = pendingText.get(key);
      if (old) {
        clearTimeout(old.timer);
      }
      const timer = setTimeout(() => {
        pendingText.delete(key);
        enqueue(edit);
      }, TEXT_DEBOUNCE_MS);
      pendingText.set(key, { edit, timer });
    },
    flush: flushText,
    whenSaved: () => {
      flushText();
      return new Promise<boolean>((resolve) => {
        const settled = (s: ConferenceState): boolean | null => {
          if (s.save.kind === 'failed' && !s.save.retrying) {
            return false;
          }
          return s.queue.length === 0 && pendingText.size === 0 && s.save.kind !== 'saving'
            ? true
            : null;
        };
        const now = settled(get());
        if (now !== null) {
          resolve(now);
          return;
        }
        const unsubscribe = store.subscribe((s) => {
          const done = settled(s);
          if (done !== null) {
            unsubscribe();
            resolve(done);
          }
        });
      });
    },
    setStatus: async (status) => {
      const id = get().id;
      if (id === null) {
        return { code: 'NOT_FOUND', message: 'No conference is open.' };
      }
      if (!(await get().whenSaved())) {
        return {
          code: 'IO',
          message: 'Your changes are not saved yet, so the status was not changed.',
        };
      }
      const result = await invoke('conference.setStatus', {
        conferenceId: id,
        expectedRevision: get().revision,
        status,
      });
      if (!result.ok) {
        return result.error;
      }
      if (get().id === id) {
        set({
          status: result.value.status,
          revision: result.value.revision,
          save: { kind: 'saved', at: result.value.savedAt },
        });
      }
      return null;
    },
  };
});
