import { describe, expect, it } from 'vitest';

import { readClockTime } from '../../../shared/domain/parse-time';
import { ClockTimeSchema } from '../../../shared/domain/primitives';

describe('readClockTime', () => {
  it.each([
    ['10:00', '10:00'],
    [' 9:30 ', '09:30'],
    ['9.30', '09:30'],
    ['0930', '09:30'],
    ['1400', '14:00'],
    ['23:59', '23:59'],
    ['0:05', '00:05'],
  ])('reads %j as %s, a valid ClockTime', (text, time) => {
    expect(readClockTime(text)).toBe(time);
    expect(ClockTimeSchema.parse(time)).toBe(time);
  });

  it.each(['', '24:00', '12:60', '2pm', '10:0', '10:000', '1:2:3', 'noon'])(
    'refuses %j',
    (text) => {
      expect(readClockTime(text)).toBeUndefined();
    },
  );
});
