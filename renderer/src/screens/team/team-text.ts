// Words the team screens share: a bundle's effect, a date from an ISO time, and files chosen by the person.
import { formatDate, plural } from '../../../../shared/domain/format-en-gb';
import type { BundleSummary } from '../../../../shared/ipc/contracts/exchange';

/** "12 January 2026" from an ISO date-time (the UK calendar date). */
export const dayOf = (iso: string): string =>
  formatDate(new Date(iso).toLocaleDateString('en-CA', { timeZone: 'Europe/London' }));

/** What receiving a bundle would do, in one sentence. */
export function effectText(b: BundleSummary): string {
  const who = b.children.length > 0 ? b.children.join(', ') : 'no children named yet';
  const what = `the conference of ${formatDate(b.conferenceDate)} (${who})`;
  switch (b.effect.type) {
    case 'new-draft':
      return `New draft: adds ${what}.`;
    case 'update-draft':
      return `Update of ${what}: ${plural(b.effect.taken, 'field')} taken from theirs, ${plural(b.effect.toChoose, 'field')} for you to choose.`;
    case 'notification':
      return `Plan notification version ${b.effect.version} for ${what}${b.effect.replaces ? ` (replaces version ${b.effect.replaces})` : ''}, with ${plural(b.effect.files, 'signed file')}.`;
    case 'list-snapshot':
      return `The Designated Manager’s list of ${plural(b.effect.children, 'child', 'children')} subject to a plan, as of ${dayOf(b.effect.asOf)}, for your pre-checks.`;
    case 'plan-update':
      return `Plan update for ${who} (plan from the conference of ${formatDate(b.conferenceDate)}): ${b.effect.ended ? 'the plan has ended; ' : ''}${plural(b.effect.records, 'new list record')}.`;
  }
}

/** The digit groups of a fingerprint read aloud, for large display. */
export const groupsOf = (readAloud: string): string[] => readAloud.split(' ');
