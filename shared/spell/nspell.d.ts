// Types for nspell (Hunspell-compatible checker in plain JavaScript; docs/decisions/0014-offline-spell-check.md).
declare module 'nspell' {
  type NSpell = {
    correct: (word: string) => boolean;
    suggest: (word: string) => string[];
    add: (word: string) => NSpell;
  };
  // nspell itself has a default export; this only describes it.
  // eslint-disable-next-line import/no-default-export
  export default function nspell(dictionary: {
    aff: string | Uint8Array;
    dic: string | Uint8Array;
  }): NSpell;
}
