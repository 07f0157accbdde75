// The planned-minutes part of the settings form: text per step as typed, and what it saves. A step left empty or
// at its default is not stored, so it follows the default. Rule source: docs/domain.md §1 (the agenda), §9.5.
import { DEFAULT_STEP_MINUTES } from '../../../../shared/domain/agenda-budget';
import { StepMinutesSchema } from '../../../../shared/domain/settings';
import type { StepMinutes } from '../../../../shared/domain/settings';
import { STEPS } from '../../../../shared/domain/steps';
import type { StepId } from '../../../../shared/domain/steps';

export type MinutesText = Record<StepId, string>;

/** The text each box shows: the saved figure, else the default. */
export function minutesText(saved: StepMinutes | undefined): MinutesText {
  return Object.fromEntries(
    STEPS.map((s) => [s.id, String(saved?.[s.id] ?? DEFAULT_STEP_MINUTES[s.id])]),
  ) as MinutesText;
}

/** The whole-minute total of the boxes that hold a whole number. */
export function totalMinutes(text: MinutesText): number {
  return STEPS.reduce((sum, s) => {
    const t = text[s.id].trim();
    return sum + (/^\d{1,3}$/.test(t) ? Number(t) : 0);
  }, 0);
}

/** What to save (undefined when every step keeps its default), or the message for each box that is wrong. */
export function parseMinutes(
  text: MinutesText,
): { ok: true; value: StepMinutes | undefined } | { ok: false; errors: Partial<MinutesText> } {
  const errors: Partial<MinutesText> = {};
  const value: Partial<Record<StepId, number>> = {};
  for (const s of STEPS) {
    const t = text[s.id].trim();
    if (t === '') {
      continue;
    }
    if (!/^\d+$/.test(t)) {
      errors[s.id] = 'Enter the planned minutes as a whole number, for example 10.';
      continue;
    }
    const n = Number(t);
    const one = StepMinutesSchema.safeParse({ [s.id]: n });
    if (!one.success) {
      errors[s.id] = one.error.issues[0]?.message ?? 'Check this figure.';
    } else if (n !== DEFAULT_STEP_MINUTES[s.id]) {
      value[s.id] = n;
    }
  }
  if (Object.keys(errors).length > 0) {
    return { ok: false, errors };
  }
  return { ok: true, value: Object.keys(value).length > 0 ? value : undefined };
}
