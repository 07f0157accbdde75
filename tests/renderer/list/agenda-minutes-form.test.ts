// The planned-minutes form: what it saves, what it refuses, and that defaults are never stored.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { DEFAULT_STEP_MINUTES, plannedMinutes } from '../../../shared/domain/agenda-budget';
import { STEPS } from '../../../shared/domain/steps';
import {
  minutesText,
  parseMinutes,
  totalMinutes,
} from '../../../renderer/src/screens/list/agenda-minutes-form';

describe('planned minutes in the settings form', () => {
  it('shows the defaults, 90 minutes in all, and saves nothing when nothing changed', () => {
    const text = minutesText(undefined);
    expect(text.reports).toBe('4');
    expect(totalMinutes(text)).toBe(90);
    expect(parseMinutes(text)).toEqual({ ok: true, value: undefined });
  });

  it('saves only the steps that differ from the default; an empty box means the default', () => {
    const text = { ...minutesText(undefined), reports: '12', decision: '', summary: ' 2 ' };
    expect(parseMinutes(text)).toEqual({ ok: true, value: { reports: 12 } });
  });

  it.each([
    ['four', 'whole number'],
    ['1.5', 'whole number'],
    ['-3', 'whole number'],
    ['0', 'at least 1 minute'],
    ['181', '180 minutes or fewer'],
    ['1e2', 'whole number'],
  ])('refuses %s with a message naming the problem', (typed, message) => {
    const r = parseMinutes({ ...minutesText(undefined), attendance: typed });
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors.attendance).toContain(message);
  });

  it('saved figures come back as typed, and the rail uses them (property)', () => {
    const step = fc.constantFrom(...STEPS.map((s) => s.id));
    fc.assert(
      fc.property(fc.dictionary(step, fc.integer({ min: 1, max: 180 })), (chosen) => {
        const text = { ...minutesText(undefined) };
        for (const [k, v] of Object.entries(chosen)) {
          text[k as keyof typeof text] = String(v);
        }
        const r = parseMinutes(text);
        expect(r.ok).toBe(true);
        const saved = r.ok ? r.value : undefined;
        for (const s of STEPS) {
          expect(plannedMinutes(s.id, saved)).toBe(chosen[s.id] ?? DEFAULT_STEP_MINUTES[s.id]);
        }
        expect(minutesText(saved)).toEqual(text);
      }),
    );
  });
});
