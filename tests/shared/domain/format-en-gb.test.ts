import { describe, expect, it } from 'vitest';

import {
  formatDate,
  formatDateWithWeekday,
  formatList,
  formatTime,
  plural,
} from '../../../shared/domain/format-en-gb';
import { CATEGORY_LABELS, cinCensusCode, nhsReasonCode } from '../../../shared/domain/categories';

describe('British English formatting', () => {
  it('writes dates as "5 January 2026", with the weekday when asked', () => {
    expect(formatDate('2026-01-05')).toBe('5 January 2026');
    expect(formatDateWithWeekday('2026-04-02')).toBe('Thursday 2 April 2026');
    expect(() => formatDate('2026-02-30')).toThrow(RangeError);
  });

  it('writes times on the 12-hour clock with noon and midnight', () => {
    expect(formatTime('14:30')).toBe('2:30pm');
    expect(formatTime('09:00')).toBe('9am');
    expect(formatTime('12:00')).toBe('12 noon');
    expect(formatTime('00:00')).toBe('12 midnight');
    expect(formatTime('00:15')).toBe('12:15am');
    expect(() => formatTime('9:00')).toThrow(RangeError);
  });

  it('joins lists with "and" (or "or") and no Oxford comma', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('a');
    expect(formatList(['a', 'b'])).toBe('a and b');
    expect(formatList(['a', 'b', 'c'], 'or')).toBe('a, b or c');
  });

  it('pluralises counts', () => {
    expect(plural(1, 'working day')).toBe('1 working day');
    expect(plural(3, 'working day')).toBe('3 working days');
  });
});

describe('categories', () => {
  it('maps categories to CIN census codes, MUL for more than one', () => {
    expect(cinCensusCode([])).toBeUndefined();
    expect(cinCensusCode(['sexual'])).toBe('SAB');
    expect(cinCensusCode(['neglect', 'neglect'])).toBe('NEG');
    expect(cinCensusCode(['physical', 'emotional'])).toBe('MUL');
  });

  it('gives NHS reason codes and labels', () => {
    expect(nhsReasonCode('emotional')).toBe('03');
    expect(CATEGORY_LABELS.physical).toBe('Physical abuse');
  });
});
