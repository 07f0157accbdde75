// What the renderer does when main warns of an idle lock, kept apart from the dialog so a test runs it without a
// browser. Rule source: docs/vault.md; docs/reliability.md §3.2 K7.
import type { EventPayload } from '../../../../shared/ipc/events';

/** A warning being shown: when the lock comes (ms since the epoch), and the words it needs. */
export type ShownWarning = { until: number; lockAfterMinutes: number; live: boolean };

/**
 * A warning sends any text still waiting for its debounce at once (`flush`), so the lock that may follow finds it
 * saved; it returns what to show, or null when main says the countdown started again.
 */
export function onLockWarning(
  w: EventPayload<'app.lockWarning'>,
  now: number,
  flush: () => void,
): ShownWarning | null {
  if (w.secondsLeft === null) {
    return null;
  }
  flush();
  return { until: now + w.secondsLeft * 1000, lockAfterMinutes: w.lockAfterMinutes, live: w.live };
}

/** Whole seconds left before the lock (never below 0). */
export function secondsLeft(shown: ShownWarning, now: number): number {
  return Math.max(0, Math.ceil((shown.until - now) / 1000));
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

/** The words of the warning. */
export function lockWarningText(seconds: number, lockAfterMinutes: number, live: boolean): string {
  return (
    `The vault locks in ${plural(seconds, 'second')} because nothing has been typed or saved for a while. ` +
    `${live ? 'In live mode it locks' : 'It locks'} after ${plural(lockAfterMinutes, 'minute')} without use. ` +
    'What you typed is saved, and stays after you unlock.'
  );
}
