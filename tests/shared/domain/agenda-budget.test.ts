import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  budgetText,
  DEFAULT_STEP_MINUTES,
  enterStep,
  secondsOn,
} from '../../../shared/domain/agenda-budget';
import type { StepTimes } from '../../../shared/domain/agenda-budget';
import { STEPS } from '../../../shared/domain/steps';
import type { StepId } from '../../../shared/domain/steps';

describe('agenda time budget', () => {
  it('plans every step, 90 minutes in all', () => {
    expect(Object.keys(DEFAULT_STEP_MINUTES).sort()).toEqual(STEPS.map((s) => s.id).sort());
    expect(Object.values(DEFAULT_STEP_MINUTES).reduce((a, b) => a + b, 0)).toBe(90);
  });

  it('counts the open step up to now and adds it to its total on leaving', () => {
    let t: StepTimes = { spent: {} };
    t = enterStep(t, 'introductions', 0);
    expect(secondsOn(t, 'introductions', 90_000)).toBe(90);
    t = enterStep(t, 'attendance', 90_000);
    t = enterStep(t, 'introductions', 100_000);
    expect(secondsOn(t, 'introductions', 130_000)).toBe(120);
    expect(secondsOn(t, 'attendance', 130_000)).toBe(10);
    t = enterStep(t, null, 130_000);
    expect(t.current).toBeUndefined();
    expect(secondsOn(t, 'introductions', 999_000)).toBe(120);
  });

  it.each([
    [0, 5, '0 of 5 min', false],
    [299, 5, '4 of 5 min', false],
    [300, 5, '5 of 5 min', false],
    [301, 5, '5 of 5 min: 1 min over', true],
    [8 * 60, 5, '8 of 5 min: 3 min over', true],
  ])('%i seconds of %i minutes reads "%s"', (seconds, planned, text, over) => {
    expect(budgetText(seconds, planned)).toEqual({ text, over });
  });

  it('never loses time: the totals add up to the time in live mode, however the steps are visited', () => {
    const ids = STEPS.map((s) => s.id);
    const visit = fc.record({
      step: fc.constantFrom<StepId | null>(...ids, null),
      gap: fc.integer({ min: 0, max: 600_000 }),
    });
    fc.assert(
      fc.property(fc.array(visit, { maxLength: 30 }), (visits) => {
        let t: StepTimes = { spent: {} };
        let now = 0;
        let open = 0;
        let current: StepId | null = null;
        for (const v of visits) {
          now += v.gap;
          if (current !== null) {
            open += v.gap;
          }
          t = enterStep(t, v.step, now);
          current = v.step;
        }
        t = enterStep(t, null, now);
        const total = ids.reduce((sum, id) => sum + secondsOn(t, id, now), 0);
        // Whole seconds are counted per stretch, so rounding loses under a second a stretch.
        return total <= open / 1000 && total >= open / 1000 - visits.length;
      }),
    );
  });
});
