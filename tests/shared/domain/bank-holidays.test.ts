import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import {
  bankHolidayDates,
  bankHolidaysEnglandWales,
  easterSunday,
} from '../../../shared/domain/bank-holidays';

type HolidayFile = { fromYear: number; toYear: number; events: { date: string; title: string }[] };

const FILE: HolidayFile = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../../resources/bank-holidays-ew.json', import.meta.url)),
    'utf8',
  ),
) as HolidayFile;

const YEARS = Array.from({ length: 23 }, (_, i) => 2008 + i);

describe('England and Wales bank holidays by rule', () => {
  it.each(YEARS)('computes exactly the bundled list for %i', (year) => {
    const expected = FILE.events.filter((e) => e.date.startsWith(`${year}-`)).map((e) => e.date);
    expect(bankHolidaysEnglandWales(year).map((h) => h.date)).toEqual(expected);
  });

  it('covers 2008 to 2030 in the bundled file, 189 days in all', () => {
    expect([FILE.fromYear, FILE.toYear, FILE.events.length]).toEqual([2008, 2030, 189]);
    expect(bankHolidayDates(2008, 2030)).toEqual(FILE.events.map((e) => e.date));
  });

  it('finds Easter Sunday by computus, including the early and late extremes', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2008)).toBe('2008-03-23');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2285)).toBe('2285-03-22');
  });

  it('gives Monday 27 and Tuesday 28 December when Christmas Day is a Saturday', () => {
    expect(
      bankHolidaysEnglandWales(2021)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(['2021-12-27', '2021-12-28']);
  });

  it('gives Boxing Day on Monday 26 and a substitute Tuesday 27 when Christmas Day is a Sunday', () => {
    const days = bankHolidaysEnglandWales(2022).slice(-2);
    expect(days.map((h) => [h.date, h.name])).toEqual([
      ['2022-12-26', 'Boxing Day'],
      ['2022-12-27', 'Christmas Day (substitute day)'],
    ]);
  });

  it('moves Boxing Day to Monday 28 when it falls on a Saturday', () => {
    expect(
      bankHolidaysEnglandWales(2026)
        .slice(-2)
        .map((h) => h.date),
    ).toEqual(['2026-12-25', '2026-12-28']);
  });

  it('moves New Year’s Day to the Monday when 1 January is a Saturday or a Sunday', () => {
    expect(bankHolidaysEnglandWales(2022)[0]).toEqual({
      date: '2022-01-03',
      name: 'New Year’s Day (substitute day)',
    });
    expect(bankHolidaysEnglandWales(2023)[0]?.date).toBe('2023-01-02');
  });

  it('applies the one-off changes: VE Day 2020, the 2022 jubilee and funeral, the 2023 coronation', () => {
    const names = (y: number) => bankHolidaysEnglandWales(y).map((h) => h.date);
    expect(names(2020)).toContain('2020-05-08');
    expect(names(2020)).not.toContain('2020-05-04');
    expect(names(2022)).toEqual(expect.arrayContaining(['2022-06-02', '2022-06-03', '2022-09-19']));
    expect(names(2022)).not.toContain('2022-05-30');
    expect(names(2023)).toContain('2023-05-08');
  });

  it('computes years beyond the bundled table by the usual rules', () => {
    expect(bankHolidaysEnglandWales(2031).map((h) => h.date)).toEqual([
      '2031-01-01',
      '2031-04-11',
      '2031-04-14',
      '2031-05-05',
      '2031-05-26',
      '2031-08-25',
      '2031-12-25',
      '2031-12-26',
    ]);
  });
});
