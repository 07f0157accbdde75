// The agenda's time budget: planned minutes for each step of a conference (about 90 minutes in all for an initial
// conference), the time spent on each, and a quiet hint when a step runs over. Rule source: docs/domain.md §1
// (the conference agenda), §9.5 (configuration the app needs).
import type { StepId } from './steps';

/** Planned minutes per step when the chair has not changed them: 90 minutes in all. */
export const DEFAULT_STEP_MINUTES: Readonly<Record<StepId, number>> = {
  introductions: 5,
  attendance: 3,
  purpose: 3,
  reports: 4,
  'agency-information': 15,
  'parents-views': 10,
  'child-views': 7,
  analysis: 12,
  'agency-views': 8,
  decision: 5,
  category: 3,
  'outline-plan': 10,
  'core-group': 3,
  summary: 2,
};

/** The planned minutes for `step`: the authority's own figure where it set one, else the default. */
export function plannedMinutes(
  step: StepId,
  overrides: Partial<Record<StepId, number>> | undefined,
): number {
  return overrides?.[step] ?? DEFAULT_STEP_MINUTES[step];
}

/** Seconds spent on each step so far, and which step is open since when (ms since the epoch). */
export type StepTimes = {
  spent: Partial<Record<StepId, number>>;
  current?: { step: StepId; since: number };
};

/** Seconds spent on `step`, counting the open stretch up to `now`. */
export function secondsOn(times: StepTimes, step: StepId, now: number): number {
  const closed = times.spent[step] ?? 0;
  const open =
    times.current?.step === step ? Math.max(0, Math.floor((now - times.current.since) / 1000)) : 0;
  return closed + open;
}

/** The times after moving to `step` at `now`: the stretch on the previous step is added to its total. */
export function enterStep(times: StepTimes, step: StepId | null, now: number): StepTimes {
  const spent = { ...times.spent };
  const prev = times.current;
  if (prev) {
    spent[prev.step] = secondsOn(times, prev.step, now);
  }
  return step === null ? { spent } : { spent, current: { step, since: now } };
}

/** "4 of 5 min", "1 min over" style text for the rail: whole minutes, rounded down, never negative. */
export function budgetText(
  seconds: number,
  plannedMinutes: number,
): { text: string; over: boolean } {
  const minutes = Math.floor(Math.max(0, seconds) / 60);
  const over = seconds > plannedMinutes * 60;
  if (over) {
    const by = Math.max(1, minutes - plannedMinutes);
    return { text: `${minutes} of ${plannedMinutes} min: ${by} min over`, over };
  }
  return { text: `${minutes} of ${plannedMinutes} min`, over };
}
