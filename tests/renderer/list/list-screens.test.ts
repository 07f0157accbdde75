// The list screens' pure parts: windowing arithmetic, list routes, the check form's checks and summary, labels.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  EMPTY_CRITERIA,
  EMPTY_ENQUIRER,
  readCheckForm,
  summaryOf,
} from '../../../renderer/src/screens/list/check-form';
import {
  birthDateText,
  birthText,
  categoriesText,
  countOf,
  countText,
  monthText,
  overdueWhat,
  sortKeyOf,
} from '../../../renderer/src/screens/list/list-labels';
import { listHash, listViewFrom } from '../../../renderer/src/screens/list/list-route';
import type { ListView } from '../../../renderer/src/screens/list/list-route';
import { windowRange } from '../../../renderer/src/screens/list/use-window';
import { parseRoute } from '../../../renderer/src/state/route';

describe('windowRange', () => {
  it('renders only the rows in view plus the overscan, with spacers for the rest', () => {
    const r = windowRange(5000, 8000, 600, 80, 10);
    expect(r.first).toBe(90);
    expect(r.last).toBe(118);
    expect(r.before).toBe(90 * 80);
    expect(r.after).toBe((5000 - 118) * 80);
  });

  it('keeps the total height equal to every row at every scroll position', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 20_000 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 50, max: 2000 }),
        fc.integer({ min: 16, max: 200 }),
        fc.integer({ min: 0, max: 30 }),
        (count, top, viewport, rowPx, overscan) => {
          const scrollTop = Math.min(top, Math.max(0, count * rowPx - viewport));
          const r = windowRange(count, scrollTop, viewport, rowPx, overscan);
          expect(r.first).toBeGreaterThanOrEqual(0);
          expect(r.last).toBeLessThanOrEqual(count);
          expect(r.first).toBeLessThanOrEqual(r.last);
          expect(r.before + (r.last - r.first) * rowPx + r.after).toBe(count * rowPx);
          // Every row that is at least partly visible is rendered.
          const firstVisible = Math.floor(scrollTop / rowPx);
          const lastVisible = Math.min(count, Math.ceil((scrollTop + viewport) / rowPx));
          if (count > 0) {
            expect(r.first).toBeLessThanOrEqual(firstVisible);
            expect(r.last).toBeGreaterThanOrEqual(lastVisible);
          }
        },
      ),
    );
  });

  it('keeps the rows after a focused row near the end of the window rendered, so Tab reaches them', () => {
    // In view: rows 0–7 plus 10 overscan = 0..18. Focus on row 17 keeps rows up to 17 + 10 rendered.
    const r = windowRange(5000, 0, 600, 80, 10, 17);
    expect(r.first).toBe(0);
    expect(r.last).toBe(28);
    expect(r.before + (r.last - r.first) * 80 + r.after).toBe(5000 * 80);
  });

  it('lets go of a focused row far from the rows in view', () => {
    expect(windowRange(5000, 8000, 600, 80, 10, 2)).toEqual(windowRange(5000, 8000, 600, 80, 10));
  });

  it('renders nothing for an empty list', () => {
    expect(windowRange(0, 0, 600, 80, 10)).toEqual({
      first: 0,
      last: 0,
      before: 0,
      after: 0,
      rowPx: 80,
    });
  });
});

describe('list routes', () => {
  const views: ListView[] = [
    { view: 'list' },
    { view: 'check' },
    { view: 'enquiries' },
    { view: 'due' },
    { view: 'census' },
    { view: 'child', childId: 'child-1' },
    { view: 'child', childId: 'a/b c' },
  ];

  it.each(views)('round-trips %o through the hash', (v) => {
    const route = parseRoute(listHash(v));
    expect(route.screen).toBe('list');
    expect(route.screen === 'list' ? listViewFrom(route.path) : null).toEqual(v);
  });

  it('treats an unknown or incomplete list path as the list itself', () => {
    expect(listViewFrom(['nonsense'])).toEqual({ view: 'list' });
    expect(listViewFrom(['child'])).toEqual({ view: 'list' });
    expect(parseRoute('#/list/')).toEqual({ screen: 'list', path: [] });
  });
});

describe('the check form', () => {
  const enquirer = {
    name: 'Sam Fictional',
    role: 'Police officer',
    agency: 'Fictional Constabulary',
    phone: '01632 960123',
    reason: 'Called to the home overnight.',
  };

  it('lists every missing enquirer detail and the missing child details at once, in form order', () => {
    const r = readCheckForm(EMPTY_ENQUIRER, EMPTY_CRITERIA, undefined);
    expect(r.ok).toBe(false);
    const issues = summaryOf(r.ok ? {} : r.errors).issues ?? [];
    expect(issues.map((i) => i.path)).toEqual([
      "Enquirer's name",
      'Role',
      'Agency',
      'Phone number',
      'Reason for the enquiry',
      "The child's details",
    ]);
    expect(issues[0]?.message).toBe("Give the enquirer's name");
  });

  it('refuses a phone number with letters and an NHS number with letters', () => {
    const r = readCheckForm(
      { ...enquirer, phone: 'call me' },
      { ...EMPTY_CRITERIA, nhsNumber: '999 ABC' },
      undefined,
    );
    expect(r.ok ? [] : Object.keys(r.errors)).toEqual(['enquirer.phone', 'child.nhsNumber']);
  });

  it('trims what was typed and leaves out empty child details', () => {
    const r = readCheckForm(
      { ...enquirer, name: '  Sam Fictional  ' },
      { ...EMPTY_CRITERIA, name: ' Mia Example ', postcode: '   ' },
      '2020-06-01',
    );
    expect(r).toEqual({
      ok: true,
      input: {
        enquirer,
        child: { name: 'Mia Example', dateOfBirth: '2020-06-01' },
      },
    });
  });
});

describe('labels', () => {
  it('marks the first category primary', () => {
    expect(categoriesText(['neglect', 'emotional'])).toBe('Neglect (primary), Emotional abuse');
    expect(categoriesText([])).toBe('None recorded');
  });

  it('says born, expected or not known', () => {
    expect(birthText({ unborn: false, dateOfBirth: '2020-06-01' })).toBe('Born 1 June 2020');
    expect(birthText({ unborn: true, expectedDeliveryDate: '2027-01-05' })).toBe(
      'Unborn, expected 5 January 2027',
    );
    expect(birthText({ unborn: false })).toBe('Date of birth not known');
    expect(birthDateText({ dateOfBirth: '2020-06-01' })).toBe('1 June 2020');
    expect(birthDateText({ expectedDeliveryDate: '2027-01-05' })).toBe(
      'Unborn, expected 5 January 2027',
    );
    expect(birthDateText({})).toBe('Not known');
  });

  it('separates thousands in counts', () => {
    expect(countText(5000)).toBe('5,000');
    expect(countText(999)).toBe('999');
    expect(countText(1234567)).toBe('1,234,567');
    expect(countOf(1, 'child', 'children')).toBe('1 child');
    expect(countOf(5000, 'child', 'children')).toBe('5,000 children');
  });

  it('names a month in en-GB', () => {
    expect(monthText('2026-03')).toBe('March 2026');
  });

  it('puts overdue flags in words', () => {
    expect(overdueWhat({ reviewOverdue: true, coreGroupOverdue: true })).toBe(
      'Review and core group',
    );
    expect(overdueWhat({ reviewOverdue: false, coreGroupOverdue: true })).toBe('Core group');
    expect(overdueWhat({ reviewOverdue: false, coreGroupOverdue: false })).toBeUndefined();
  });

  it('maps sortable column ids to list sort keys and nothing else', () => {
    expect(sortKeyOf('nextReviewDue')).toBe('nextReviewDue');
    expect(sortKeyOf('overdue')).toBeUndefined();
  });
});
