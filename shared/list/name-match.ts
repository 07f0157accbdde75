// Comparing a name as asked with a name on the list, word by word: exact, nickname, sounds alike (NYSIIS), close
// spelling (Jaro-Winkler, or one or two letters wrong), or initial; then the whole name: forename and surname,
// swapped, or only one of them. Hyphens, diacritics and double-barrelled surnames are handled by nameParts().
// A "loose" word match (an initial, two letters wrong, a nickname the person checking did not ask for) is enough
// for a record to be listed, so the answer is "cannot confirm" rather than "no", but never for a strong match
// (docs/list.md, "Checks").
import { nameParts } from './normalise';
import type { NameParts } from './normalise';
import { isNickname } from './nicknames';
import { editDistance, jaroWinkler, nysiis, withinOneEdit } from './phonetic';

/** One name word, folded, with its sound-alike key. */
export type NameToken = { text: string; key: string };

/** A name ready for comparison. */
export type NameKeys = { forenames: NameToken[]; surnames: NameToken[]; words: number };

const token = (text: string): NameToken => ({ text, key: nysiis(text) });

/** Precomputes the keys of a name (done once per child on the list). */
export function nameKeys(name: string, parts?: NameParts): NameKeys {
  const p = parts ?? nameParts(name);
  return {
    forenames: p.forenames.map(token),
    surnames: p.surnames.map(token),
    words: p.all.length,
  };
}

export type WordHow = 'exact' | 'nickname' | 'sounds-alike' | 'spelling' | 'initial';
export type WordMatch = {
  score: number;
  how: WordHow;
  asked: string;
  held: string;
  /** True when the word is enough to list the record but not to confirm it. */
  loose: boolean;
};

/** How alike two name words are, or undefined when they are not alike enough to count. */
export function compareWords(
  q: NameToken,
  r: NameToken,
  nicknames: boolean,
): WordMatch | undefined {
  const base = { asked: q.text, held: r.text };
  if (q.text === r.text) {
    return { ...base, score: 1, how: 'exact', loose: false };
  }
  if (q.text.length === 1 || r.text.length === 1) {
    return q.text[0] === r.text[0]
      ? { ...base, score: 0.6, how: 'initial', loose: true }
      : undefined;
  }
  const jw = jaroWinkler(q.text, r.text);
  const lengths = Math.abs(q.text.length - r.text.length);
  if (q.key.length > 0 && q.key === r.key) {
    // Same key but spelt far apart ("Brown", "Bhriain"): enough to list, not to confirm.
    const far = editDistance(q.text, r.text, 3) > 3;
    return { ...base, score: far ? 0.8 : Math.max(0.9, jw), how: 'sounds-alike', loose: far };
  }
  // Jaro-Winkler rewards a shared beginning, so "Brown" would pass for "Brownlow": a close spelling differs in
  // length by two letters at most.
  if (jw >= 0.9 && lengths <= 2) {
    return { ...base, score: jw, how: 'spelling', loose: false };
  }
  if (q.key.length >= 4 && withinOneEdit(q.key, r.key) && jw >= 0.75 && lengths <= 2) {
    return { ...base, score: 0.85, how: 'sounds-alike', loose: false };
  }
  if (isNickname(q.text, r.text)) {
    return { ...base, score: nicknames ? 0.9 : 0.8, how: 'nickname', loose: !nicknames };
  }
  // One or two letters wrong (typed, missed, doubled or swapped): 1 in a word of 3 or more letters, 2 in a word
  // of 5 or more. Only one letter wrong in a word of 4 or more is firm enough to confirm.
  const shorter = Math.min(q.text.length, r.text.length);
  const edits = editDistance(q.text, r.text, 2);
  if (edits === 1 && shorter >= 3) {
    return { ...base, score: 0.85, how: 'spelling', loose: shorter < 4 };
  }
  if (edits === 2 && shorter >= 5) {
    return { ...base, score: 0.8, how: 'spelling', loose: true };
  }
  if (shorter >= 4 && editDistance(skeleton(q.text), skeleton(r.text), 1) <= 1) {
    return { ...base, score: 0.8, how: 'sounds-alike', loose: true };
  }
  return undefined;
}

/**
 * A rough spoken form for the last sounds-alike test: "ck", "c" before a hard vowel and "q" as "k", "x" as "ks",
 * "ph" as "f", "y" as "i", "h" after a consonant dropped, doubled letters single (Jaxon ~ Jackson).
 */
export function skeleton(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/ck|q/g, 'k')
    .replace(/c(?=[aou]|$)/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/y/g, 'i')
    .replace(/([^aeiou])h/g, '$1')
    .replace(/(.)\1+/g, '$1');
}

/** Remembers word comparisons within one check: the same held name word recurs across many children. */
export type WordMemo = Map<string, WordMatch | null>;

function compareMemo(q: NameToken, r: NameToken, nicknames: boolean, memo?: WordMemo) {
  if (!memo) {
    return compareWords(q, r, nicknames);
  }
  const id = `${nicknames ? 1 : 0}\u0000${q.text}\u0000${r.text}`;
  let m = memo.get(id);
  if (m === undefined) {
    m = compareWords(q, r, nicknames) ?? null;
    memo.set(id, m);
  }
  return m ?? undefined;
}

function best(
  qs: readonly NameToken[],
  rs: readonly NameToken[],
  nicknames: boolean,
  memo?: WordMemo,
) {
  let top: WordMatch | undefined;
  for (const q of qs) {
    for (const r of rs) {
      const m = compareMemo(q, r, nicknames, memo);
      if (m && (top === undefined || m.score > top.score)) {
        top = m;
        if (m.score === 1) {
          return top;
        }
      }
    }
  }
  return top;
}

/** How well a whole name matches: both parts, both swapped, surname only, forename only, or not at all. */
export type NameLevel = 'exact' | 'variant' | 'swapped' | 'surname' | 'forename' | 'none';
export type NameMatch = { level: NameLevel; words: WordMatch[]; loose: boolean };

const FULL = 0.8;
const counts = (m: WordMatch | undefined): m is WordMatch => m !== undefined && m.score >= FULL;

/** Compares the name asked about with a name on the list. */
export function compareNames(
  asked: NameKeys,
  held: NameKeys,
  nicknames: boolean,
  memo?: WordMemo,
): NameMatch {
  const found = (level: NameLevel, words: WordMatch[]): NameMatch => ({
    level,
    words,
    loose: words.some((w) => w.loose),
  });
  if (asked.words === 0 || held.words === 0) {
    return found('none', []);
  }
  if (asked.forenames.length === 0) {
    const sur = best(asked.surnames, held.surnames, false, memo);
    if (counts(sur)) {
      return found('surname', [sur]);
    }
    const fore = best(asked.surnames, held.forenames, nicknames, memo);
    return counts(fore) ? found('forename', [fore]) : found('none', []);
  }
  const sur = best(asked.surnames, held.surnames, false, memo);
  const fore = best(asked.forenames, held.forenames, nicknames, memo);
  if (counts(sur) && counts(fore) && fore.how !== 'initial') {
    const exact = sur.score === 1 && fore.score === 1;
    return found(exact ? 'exact' : 'variant', [fore, sur]);
  }
  if (counts(sur) && fore?.how === 'initial') {
    return found('surname', [fore, sur]);
  }
  const swappedSur = best(asked.forenames, held.surnames, false, memo);
  const swappedFore = best(asked.surnames, held.forenames, nicknames, memo);
  if (counts(swappedSur) && counts(swappedFore) && swappedFore.how !== 'initial') {
    return found('swapped', [swappedFore, swappedSur]);
  }
  if (counts(sur)) {
    return found('surname', [sur]);
  }
  if (counts(swappedSur)) {
    return found('surname', [swappedSur]);
  }
  if (counts(fore) && fore.how !== 'initial') {
    return found('forename', [fore]);
  }
  return found('none', []);
}
