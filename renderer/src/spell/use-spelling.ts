// The misspelt words of a field's text, checked by the worker once typing pauses (about 300 ms), never marking the
// safeguarding terms or the names and agencies of the open conference. docs/decisions/0014-offline-spell-check.md
import { useEffect, useMemo, useState } from 'react';

import { conferenceWords } from '../../../shared/spell/known-words';
import type { NamedConference } from '../../../shared/spell/known-words';
import { tokenize } from '../../../shared/spell/tokenize';
import type { SpellToken } from '../../../shared/spell/tokenize';
import { useConference } from '../state/conference-store';
import { useSettledValue } from '../state/use-settled';

import { useMyWordList } from './my-words-store';
import { checkSpelling } from './spell-client';

/** How long typing must pause before the field is checked. */
export const SPELL_SETTLE_MS = 300;

/**
 * The words never to mark besides the safeguarding terms: the conference's names and agencies and the user's own
 * words (a hyphenated one as its parts, as the checker sees them). The same array while the words stay the same.
 */
export function useKnownWords(): readonly string[] {
  const mine = useMyWordList();
  // A string, so a field re-renders only when the names change, not on every edit of the record.
  const names = useConference((s) => namesKey(s.conference));
  const key = [names, ...mine.flatMap((w) => tokenize(w).map((t) => t.word))]
    .filter((k) => k !== '')
    .join('\n');
  return useMemo(() => (key === '' ? [] : key.split('\n')), [key]);
}

// The names of the last conference asked about: every field asks on every change to the record.
let lastNames: { conference: NamedConference; key: string } | null = null;

function namesKey(conference: NamedConference | null): string {
  if (!conference) {
    return '';
  }
  if (lastNames?.conference !== conference) {
    lastNames = { conference, key: conferenceWords(conference).join('\n') };
  }
  return lastNames.key;
}

export type Spelling = {
  /** The text the words were found in: the marks are current only while the field still holds it. */
  checked: string | null;
  words: readonly SpellToken[];
  /** Why checking failed (the dictionary did not load), shown instead of marks. */
  error: string | null;
};

/** The misspelt words of `text`; nothing is checked while `enabled` is false (one-line name and contact fields). */
export function useSpelling(text: string, enabled = true): Spelling {
  const settled = useSettledValue(text, SPELL_SETTLE_MS);
  const known = useKnownWords();
  // Nothing to check (an empty field, digits only): no message to the worker, nothing marked.
  const nothing = !/\p{L}/u.test(settled);
  const [spelling, setSpelling] = useState<Spelling>({ checked: null, words: [], error: null });
  useEffect(() => {
    if (!enabled || nothing) {
      return undefined;
    }
    let live = true;
    checkSpelling(settled, known).then(
      (words) => live && setSpelling({ checked: settled, words, error: null }),
      (e: unknown) =>
        live &&
        setSpelling({
          checked: settled,
          words: [],
          error: e instanceof Error ? e.message : String(e),
        }),
    );
    return () => {
      live = false;
    };
  }, [settled, known, enabled, nothing]);
  return nothing ? { checked: settled, words: [], error: null } : spelling;
}
