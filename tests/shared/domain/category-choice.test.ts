import { describe, expect, it } from 'vitest';

import {
  categoriesSummary,
  categoryNotice,
  toggleCategory,
  withPrimaryCategory,
} from '../../../shared/domain/category-choice';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import type { ChosenCategory } from '../../../shared/domain/decision';
import { primaryCategory } from '../../../shared/domain/decision';

const phyPrimary: ChosenCategory[] = [
  { category: 'physical', primary: true },
  { category: 'emotional', primary: false },
];

describe('toggleCategory', () => {
  it('makes the first category primary and keeps it primary when a second is added', () => {
    const one = toggleCategory([], 'physical', true);
    expect(one).toEqual([{ category: 'physical', primary: true }]);
    expect(toggleCategory(one, 'emotional', true)).toEqual(phyPrimary);
  });

  it('keeps the fixed order of the categories whatever order they are chosen in', () => {
    const chosen = toggleCategory(toggleCategory([], 'sexual', true), 'neglect', true);
    expect(chosen.map((c) => c.category)).toEqual(['neglect', 'sexual']);
    expect(primaryCategory({ categories: chosen })).toBe('sexual');
  });

  it('leaves no primary when the primary of several is removed, so the chair chooses', () => {
    const three = toggleCategory(phyPrimary, 'neglect', true);
    const two = toggleCategory(three, 'physical', false);
    expect(two).toEqual([
      { category: 'neglect', primary: false },
      { category: 'emotional', primary: false },
    ]);
    expect(primaryCategory({ categories: two })).toBeUndefined();
  });

  it('makes a lone remaining category primary', () => {
    expect(toggleCategory(phyPrimary, 'physical', false)).toEqual([
      { category: 'emotional', primary: true },
    ]);
    expect(toggleCategory(phyPrimary, 'physical', false)).not.toBe(phyPrimary);
  });

  it('changes nothing when the category is already in the state asked for', () => {
    expect(toggleCategory(phyPrimary, 'physical', true)).toEqual(phyPrimary);
    expect(toggleCategory(phyPrimary, 'sexual', false)).toEqual(phyPrimary);
    expect(toggleCategory([], 'sexual', false)).toEqual([]);
  });
});

describe('withPrimaryCategory', () => {
  it('moves the primary mark, and ignores a category that is not chosen', () => {
    expect(withPrimaryCategory(phyPrimary, 'emotional')).toEqual([
      { category: 'physical', primary: false },
      { category: 'emotional', primary: true },
    ]);
    expect(withPrimaryCategory(phyPrimary, 'neglect')).toEqual(phyPrimary);
  });
});

describe('categoryNotice', () => {
  it('says nothing about one category', () => {
    expect(
      categoryNotice([{ category: 'neglect', primary: true }], ENGLAND_DEFAULTS),
    ).toBeUndefined();
  });

  it('warns that usually one category is used, with the MUL code, when configured', () => {
    expect(categoryNotice(phyPrimary, ENGLAND_DEFAULTS)).toEqual({
      severity: 'warning',
      message:
        '2 categories are chosen. Usually only one category is used; the Children in Need census code will be MUL.',
    });
    expect(
      categoryNotice(phyPrimary, { ...ENGLAND_DEFAULTS, warnWhenMultipleCategories: false }),
    ).toBeUndefined();
  });

  it('blocks several categories where only one is allowed, and a missing primary or category', () => {
    expect(
      categoryNotice(phyPrimary, { ...ENGLAND_DEFAULTS, multipleCategoriesAllowed: false })
        ?.severity,
    ).toBe('blocks-sign-off');
    expect(categoryNotice([], ENGLAND_DEFAULTS)?.message).toMatch(/at least one category/);
    expect(
      categoryNotice(
        phyPrimary.map((c) => ({ ...c, primary: false })),
        ENGLAND_DEFAULTS,
      )?.message,
    ).toMatch(/primary one/);
  });
});

describe('categoriesSummary', () => {
  it('reads as plain English', () => {
    expect(categoriesSummary([])).toBe('No category chosen');
    expect(categoriesSummary([{ category: 'neglect', primary: true }])).toBe('Neglect');
    expect(categoriesSummary(phyPrimary)).toBe('Physical abuse (primary) and emotional abuse');
    expect(categoriesSummary(toggleCategory(phyPrimary, 'sexual', true))).toBe(
      'Physical abuse (primary), emotional abuse and sexual abuse',
    );
  });
});
