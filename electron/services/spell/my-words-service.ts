// The user's own words for the spell-checker, one record in the vault's settings collection; adding one is
// audited (the action only, never the word). docs/decisions/0014-offline-spell-check.md
import type { MyWordsOutput } from '../../../shared/ipc/contracts/spell';
import { AppFailure } from '../../../shared/ipc/result';
import { MY_WORDS_MAX, MyWordsSchema, withWord } from '../../../shared/spell/my-words';
import type { VaultRecords } from '../vault/vault-records';

/** The record's id in the settings collection. */
export const MY_WORDS_SETTING = 'spell.my-words';

export type MyWordsVault = Pick<VaultRecords, 'get' | 'commit'>;
export type MyWordsService = ReturnType<typeof createMyWordsService>;

export function createMyWordsService(deps: { vault: MyWordsVault }) {
  /** The stored words; a record that no longer parses counts as none (nothing is marked wrongly known). */
  const read = (): string[] => {
    const raw = deps.vault.get('settings', MY_WORDS_SETTING) as { words?: unknown } | undefined;
    const parsed = MyWordsSchema.safeParse(raw?.words);
    return parsed.success ? parsed.data : [];
  };
  return {
    /** The words, sorted. LOCKED when the vault is locked. */
    get(): MyWordsOutput {
      return { words: read() };
    },
    /** Adds one word (already checked by MyWordSchema); a word already there (in any case) changes nothing. */
    async add(word: string): Promise<MyWordsOutput> {
      const words = read();
      const next = withWord(words, word);
      if (next.length === words.length) {
        return { words };
      }
      if (next.length > MY_WORDS_MAX) {
        throw new AppFailure(
          'BAD_INPUT',
          `My words is full (${MY_WORDS_MAX} words). Nothing was added.`,
        );
      }
      await deps.vault.commit({
        put: [{ collection: 'settings', id: MY_WORDS_SETTING, value: { words: next } }],
        audit: [{ actor: 'user', action: 'spell.word-added', ids: [MY_WORDS_SETTING] }],
      });
      return { words: next };
    },
  };
}
