// Comparing a name as asked with a name on the list, word by word: exact, nickname (when asked for), sounds alike
// (NYSIIS), close spelling (Jaro-Winkler), or initial; then the whole name: forename and surname, swapped, or only
// one of them. Hyphens, diacritics and double-barrelled surnames are handled by nameParts(). Rules: issue 7.
import { nameParts } from './normalise';
import { isNickname } from './nicknames';
import { jaroWinkler, nysiis, withinOneEdit } from './phonetic';

/** One name word, folded, with its sound-alike key. */
export type NameToken = { text: string; key: string };

/** A name ready for comparison. */
export type NameKeys = { forenames: NameToken[]; surnames: NameToken[]; words: number };

const token = (text: string): NameToken => ({ text, key: nysiis(text) });

/** Precomputes the keys of a name (done once per child on the list). */
export function nameKeys(name: string): NameKeys {
  const p = nameParts(name);
  return {
    forenames: p.forenames.map(token),
    surnames: p.surnames.map(token),
    words: p.all.length,
  };
}

export type WordHow = 'exact' | 'nickname' | 'sounds-alike' | 'spelling' | 'initial';
export type WordMatch = { score: number; how: WordHow; asked: string; held: string };

/** How alike two name words are, or undefined when they are not alike enough to count. */
export function compareWords(
  q: NameToken,
  r: NameToken,
  nicknames: boolean,
): WordMatch | undefined {
  const base = { asked: q.text, held: r.text };
  if (q.text === r.text) {
    return { ...base, score: 1, how: 'exact' };
  }
  if (q.text.length === 1 || r.text.length === 1) {
    return q.text[0] === r.text[0] ? { ...base, score: 0.6, how: 'initial' } : undefined;
  }
  if (nicknames && isNickname(q.text, r.text)) {
    return { ...base, score: 0.9, how: 'nickname' };
  }
  const jw = jaroWinkler(q.text, r.text);
  if (q.key.length > 0 && q.key === r.key) {
    return { ...base, score: Math.max(0.9, jw), how: 'sounds-alike' };
  }
  if (jw >= 0.9) {
    return { ...base, score: jw, how: 'spelling' };
  }
  if (q.key.length >= 4 && withinOneEdit(q.key, r.key) && jw >= 0.75) {
    return { ...base, score: 0.85, how: 'sounds-alike' };
  }
  return undefined;
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
export type NameMatch = { level: NameLevel; words: WordMatch[] };

const FULL = 0.8;
const counts = (m: WordMatch | undefined): m is WordMatch => m !== undefined && m.score >= FULL;

/** Compares the name asked about with a name on the list. */
export function compareNames(
  asked: NameKeys,
  held: NameKeys,
  nicknames: boolean,
  memo?: WordMemo,
): NameMatch {
  if (asked.words === 0 || held.words === 0) {
    return { level: 'none', words: [] };
  }
  if (asked.forenames.length === 0) {
    const sur = best(asked.surnames, held.surnames, false, memo);
    if (counts(sur)) {
      return { level: 'surname', words: [sur] };
    }
    const fore = best(asked.surnames, held.forenames, nicknames, memo);
    return counts(fore) ? { level: 'forename', words: [fore] } : { level: 'none', words: [] };
  }
  const sur = best(asked.surnames, held.surnames, false, memo);
  const fore = best(asked.forenames, held.forenames, nicknames, memo);
  if (counts(sur) && counts(fore)) {
    const exact = sur.score === 1 && fore.score === 1;
    return { level: exact ? 'exact' : 'variant', words: [fore, sur] };
  }
  if (counts(sur) && fore?.how === 'initial') {
    return { level: 'surname', words: [fore, sur] };
  }
  const swappedSur = best(asked.forenames, held.surnames, false, memo);
  const swappedFore = best(asked.surnames, held.forenames, nicknames, memo);
  if (counts(swappedSur) && counts(swappedFore)) {
    return { level: 'swapped', words: [swappedFore, swappedSur] };
  }
  if (counts(sur)) {
    return { level: 'surname', words: [sur] };
  }
  if (counts(swappedSur)) {
    return { level: 'surname', words: [swappedSur] };
  }
  if (counts(fore)) {
    return { level: 'forename', words: [fore] };
  }
  return { level: 'none', words: [] };
}
