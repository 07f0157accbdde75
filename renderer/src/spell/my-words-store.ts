// The user's own words for the spell-checker as the fields use them: loaded once with spell.myWords, replaced by
// what spell.addWord returns (a lock reloads the window, which clears them). docs/architecture.md §3.5 (zustand);
// docs/decisions/0014-offline-spell-check.md
import { useEffect } from 'react';
import { create } from 'zustand';

import { invoke } from '../api/client';

type MyWordsState = {
  words: readonly string[];
  status: 'idle' | 'loading' | 'loaded' | 'failed';
  load: () => Promise<void>;
  /** Adds a word; the plain-English reason when it was refused, else null. */
  add: (word: string) => Promise<string | null>;
};

export const useMyWords = create<MyWordsState>((set, get) => ({
  words: [],
  status: 'idle',
  load: async () => {
    if (get().status !== 'idle') {
      return;
    }
    set({ status: 'loading' });
    const r = await invoke('spell.myWords', {});
    // Not loaded (the vault locked while asking): not asked again until the window reloads, which a lock does.
    set(r.ok ? { words: r.value.words, status: 'loaded' } : { status: 'failed' });
  },
  add: async (word) => {
    const r = await invoke('spell.addWord', { word });
    if (!r.ok) {
      return r.error.issues?.[0]?.message ?? r.error.message;
    }
    set({ words: r.value.words, status: 'loaded' });
    return null;
  },
}));

/** The user's own words, loading them on first use. */
export function useMyWordList(): readonly string[] {
  const words = useMyWords((s) => s.words);
  const status = useMyWords((s) => s.status);
  const load = useMyWords((s) => s.load);
  useEffect(() => {
    if (status === 'idle') {
      void load();
    }
  }, [status, load]);
  return words;
}
