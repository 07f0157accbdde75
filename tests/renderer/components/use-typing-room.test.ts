import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  TYPING_LIMIT,
  TYPING_TOP,
  typingScroll,
} from '../../../renderer/src/components/use-typing-room';

describe('room below the box being typed in', () => {
  it.each([
    // top, bottom, window height → scroll
    [100, 200, 800, 0], // high up: stays
    [300, 399, 800, 0], // bottom above the limit (400): stays
    [500, 560, 800, 340], // low: its top goes to 160 (a fifth of 800)
    [150, 700, 800, 0], // a tall box whose top is already high: stays
    [700, 900, 800, 540], // half off the bottom: brought up
  ])('a box at %i–%i in a %i px window scrolls by %i', (top, bottom, height, by) => {
    expect(typingScroll(top, bottom, height)).toBe(by);
  });

  it('property: never scrolls back up, and a moved box ends with its top at a fifth of the window', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -200, max: 2000 }),
        fc.integer({ min: 1, max: 800 }),
        fc.integer({ min: 300, max: 2000 }),
        (top, size, height) => {
          const by = typingScroll(top, top + size, height);
          expect(by).toBeGreaterThanOrEqual(0);
          if (by > 0) {
            expect(top - by).toBeCloseTo(height * TYPING_TOP, 0);
            expect(top + size).toBeGreaterThan(height * TYPING_LIMIT);
          }
        },
      ),
    );
  });
});
