import { describe, expect, it } from 'vitest';

import { STEPS } from '../../../shared/domain/steps';
import { neighbourStep, stepKeyDirection } from '../../../renderer/src/screens/live/step-keys';

const key = (
  k: string,
  mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

describe('step keys', () => {
  it.each([
    [key('PageDown', { altKey: true }), 1],
    [key('PageUp', { altKey: true }), -1],
    [key('PageDown'), 0],
    [key('PageUp'), 0],
    [key('PageDown', { altKey: true, shiftKey: true }), 0],
    [key('PageDown', { altKey: true, ctrlKey: true }), 0],
    [key('ArrowRight', { altKey: true }), 0],
    [key('n', { altKey: true }), 0],
  ])('%o moves %i', (e, direction) => {
    expect(stepKeyDirection(e)).toBe(direction);
  });

  it('stops at either end of the agenda', () => {
    const first = STEPS[0]!.id;
    const last = STEPS[STEPS.length - 1]!.id;
    expect(neighbourStep(first, -1)).toBeUndefined();
    expect(neighbourStep(last, 1)).toBeUndefined();
    expect(neighbourStep(first, 1)).toBe(STEPS[1]!.id);
    expect(neighbourStep(last, -1)).toBe(STEPS[STEPS.length - 2]!.id);
  });
});
