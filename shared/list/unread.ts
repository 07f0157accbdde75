// Records the list could not read: a stored conference or planList record that fails its check is left out of the
// list, so every answer given from the list must say so, and "no child subject to a plan matches" must never be
// said while one is unread (the unread record may be the child's plan). Rule source: docs/list.md, "Records that
// cannot be read".
import { ANSWERS } from './disclosure';
import type { Answer } from './enquiry-schemas';

/** The vault keys of the records that failed their check (ids only: no personal data). */
export type UnreadRecords = { conferences: string[]; planRecords: string[] };

export function unreadCount(u: UnreadRecords): number {
  return u.conferences.length + u.planRecords.length;
}

const records = (n: number): string =>
  n === 1 ? '1 record' : `${n.toLocaleString('en-GB')} records`;

/** What to do about unread records, for the person answering. */
export const UNREAD_FIX =
  'Ask the Designated Manager to restore the newest backup that reads (Vault settings, Backups; or icpc backup list), then check again.';

/** "2 records in this file could not be read, so this list may be incomplete. …" (empty when none). */
export function unreadSentence(n: number, what: 'list' | 'answer' | 'history' | 'file'): string {
  if (n <= 0) {
    return '';
  }
  const verb = n === 1 ? 'was' : 'were';
  return `${records(n)} in this vault could not be read and ${verb} left out, so this ${what} may be incomplete. ${UNREAD_FIX}`;
}

/**
 * The answer to give when records are unread. "No match" becomes "cannot confirm": an unread record may be the
 * child's plan, so saying no could leave a child at risk. The other two answers stand (they rest on a plan the app
 * did read), and a warning says that an unread record could have changed it.
 */
export function answerWithUnread(
  answer: Answer,
  unread: number,
): { answer: Answer; warnings: string[] } {
  if (unread <= 0) {
    return { answer, warnings: [] };
  }
  const warning = `${records(unread)} in this vault could not be read, so this answer may be incomplete: an unread record may hold a plan, or the end of one. ${UNREAD_FIX}`;
  if (answer.code !== 'no-match') {
    return { answer, warnings: [warning] };
  }
  const base = ANSWERS['cannot-confirm'];
  return {
    answer: {
      code: 'cannot-confirm',
      headline: `This cannot be confirmed or ruled out: ${records(unread)} in this vault could not be read, and the child may be in ${unread === 1 ? 'it' : 'one of them'}.`,
      mayTell:
        'Say: “I cannot confirm at the moment whether the child is subject to a child protection plan. I will call you back.” Do not say no. ' +
        UNREAD_FIX,
      doNotTell: base.doNotTell,
    },
    warnings: [warning],
  };
}
