// Small helpers for live-mode routes: the hash of a step, and whether a route's step names a real step.
import { STEPS } from '../../../../shared/domain/steps';
import type { StepId } from '../../../../shared/domain/steps';
import { routeHash } from '../../state/route';

/** The hash of one live-mode step of a conference. */
export function stepHash(id: string, step: StepId): string {
  return routeHash({ screen: 'live', id, step });
}

/** The step a route names, the first step when it names none, or null when it names one that does not exist. */
export function stepFromRoute(step: string | undefined): StepId | null {
  if (step === undefined || step === '') {
    return 'introductions';
  }
  return STEPS.find((s) => s.id === step)?.id ?? null;
}

/** Today's date on this machine's clock as 'YYYY-MM-DD'. */
export function todayIso(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
