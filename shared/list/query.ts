// Filtering, searching and sorting the list: by category, overdue, lead social worker and what is due within N
// working days (the due-dates dashboard), with a free-text search that tolerates spelling (name words by prefix,
// sound-alike key or close spelling) and understands dates, postcodes and NHS numbers. Works on the precomputed
// index only. Rules: issue 7 items 1 and 4; domain.md §9.3 (working days).
import type { Category } from '../domain/categories';
import type { Config } from '../domain/config';
import { addWorkingDays, workingCalendar } from '../domain/working-days';

import type { IndexedChild, ListIndex, SearchKeys } from './list-index';
import { fold, nhsDigits, parseDateInput, postcodeOf } from './normalise';
import { jaroWinkler, nysiis } from './phonetic';
import type { ListRow } from './schemas';

export type SortKey =
  | 'name'
  | 'dateOfBirth'
  | 'planStart'
  | 'primaryCategory'
  | 'leadSocialWorker'
  | 'nextCoreGroupDue'
  | 'nextReviewDue';

/** Filters, search and sort (the shape of the list.query contract, without paging). */
export type Selection = {
  categories?: readonly Category[] | undefined;
  overdue?: 'any' | 'review' | 'core-group' | 'none' | undefined;
  leadSocialWorker?: string | undefined;
  dueWithinWorkingDays?: number | undefined;
  search?: string | undefined;
  sort?: { by: SortKey; direction: 'asc' | 'desc' } | undefined;
};

/** A compiled free-text search: true when a row's keys match every word typed. */
export function compileSearch(text: string): ((s: SearchKeys) => boolean) | undefined {
  const t = text.trim();
  if (t.length === 0) {
    return undefined;
  }
  const date = parseDateInput(t);
  if (date !== undefined) {
    return (s) => s.dates.includes(date);
  }
  const nhs = nhsDigits(t);
  if (nhs !== undefined) {
    return (s) => s.nhs === nhs;
  }
  const postcode = postcodeOf(t)?.toLowerCase();
  const compact = t.replace(/\s+/g, '').toLowerCase();
  if (postcode !== undefined && postcode === compact) {
    return (s) => s.postcode === postcode;
  }
  const words = fold(t)
    .split(' ')
    .filter(Boolean)
    .map((w) => ({ w, key: w.length >= 3 ? nysiis(w) : '' }));
  const prefixPostcode = /^[a-z]{1,2}\d/.test(compact) ? compact : undefined;
  // Whether query word i matches a name word, worked out once per distinct name word: names repeat a lot.
  const memo = words.map(() => new Map<string, boolean>());
  const nameWordMatches = (i: number, n: { text: string; key: string }): boolean => {
    const known = memo[i]!.get(n.text);
    if (known !== undefined) {
      return known;
    }
    const { w, key } = words[i]!;
    const yes =
      n.text.startsWith(w) ||
      (key !== '' && (n.key === key || (n.text.length >= 4 && jaroWinkler(w, n.text) >= 0.9)));
    memo[i]!.set(n.text, yes);
    return yes;
  };
  return (s) => {
    if (prefixPostcode !== undefined && s.postcode.startsWith(prefixPostcode)) {
      return true;
    }
    return words.every(({ w }, i) => {
      for (const n of s.nameWords) {
        if (nameWordMatches(i, n)) {
          return true;
        }
      }
      for (const o of s.otherWords) {
        if (o.startsWith(w)) {
          return true;
        }
      }
      return (w.length >= 3 && s.nhs.startsWith(w)) || s.postcode.startsWith(w);
    });
  };
}

const compareText = (a: string | undefined, b: string | undefined): number => {
  if (a === b) {
    return 0;
  }
  if (a === undefined || a === '') {
    return 1;
  }
  if (b === undefined || b === '') {
    return -1;
  }
  return a < b ? -1 : 1;
};

function sortValue(e: IndexedChild, by: SortKey): string | undefined {
  const row = e.row as ListRow;
  switch (by) {
    case 'name':
      return e.search.sortName;
    case 'dateOfBirth':
      return row.dateOfBirth ?? row.expectedDeliveryDate;
    case 'planStart':
      return row.planStart;
    case 'primaryCategory':
      return row.primaryCategory;
    case 'leadSocialWorker':
      return row.leadSocialWorker ? fold(row.leadSocialWorker.name) : undefined;
    case 'nextCoreGroupDue':
      return row.nextCoreGroupDue;
    case 'nextReviewDue':
      return row.nextReviewDue;
  }
}

export type SelectionResult = {
  entries: IndexedChild[];
  overdueReviews: number;
  overdueCoreGroups: number;
  leadSocialWorkers: string[];
};

/** Applies filters, search and sort to the active rows of the index. Missing values sort last either way. */
export function selectRows(index: ListIndex, sel: Selection, config: Config): SelectionResult {
  const categories =
    sel.categories && sel.categories.length > 0 ? new Set(sel.categories) : undefined;
  const search = sel.search !== undefined ? compileSearch(sel.search) : undefined;
  const limit =
    sel.dueWithinWorkingDays !== undefined
      ? addWorkingDays(
          index.today,
          sel.dueWithinWorkingDays,
          workingCalendar(config.localClosureDays),
        )
      : undefined;
  const leads = new Set<string>();
  let overdueReviews = 0;
  let overdueCoreGroups = 0;
  const entries: IndexedChild[] = [];
  for (const e of index.active) {
    const row = e.row as ListRow;
    if (row.leadSocialWorker) {
      leads.add(row.leadSocialWorker.name);
    }
    if (row.reviewOverdue) {
      overdueReviews += 1;
    }
    if (row.coreGroupOverdue) {
      overdueCoreGroups += 1;
    }
    if (categories && !row.categories.some((c) => categories.has(c))) {
      continue;
    }
    const late = row.reviewOverdue || row.coreGroupOverdue;
    if (sel.overdue === 'any' && !late) {
      continue;
    }
    if (sel.overdue === 'none' && late) {
      continue;
    }
    if (sel.overdue === 'review' && !row.reviewOverdue) {
      continue;
    }
    if (sel.overdue === 'core-group' && !row.coreGroupOverdue) {
      continue;
    }
    if (
      sel.leadSocialWorker !== undefined &&
      (row.leadSocialWorker?.name ?? '') !== sel.leadSocialWorker
    ) {
      continue;
    }
    if (
      limit !== undefined &&
      !((row.nextReviewDue ?? '9999') <= limit || (row.nextCoreGroupDue ?? '9999') <= limit)
    ) {
      continue;
    }
    if (search && !search(e.search)) {
      continue;
    }
    entries.push(e);
  }
  if (sel.sort) {
    const { by, direction } = sel.sort;
    const keyed = entries.map((e) => ({ e, v: sortValue(e, by) }));
    keyed.sort((a, b) => {
      if (a.v === undefined || b.v === undefined) {
        return compareText(a.v, b.v);
      }
      const c = compareText(a.v, b.v);
      return (
        (direction === 'asc' ? c : -c) || compareText(a.e.search.sortName, b.e.search.sortName)
      );
    });
    entries.splice(0, entries.length, ...keyed.map((k) => k.e));
  }
  return {
    entries,
    overdueReviews,
    overdueCoreGroups,
    leadSocialWorkers: [...leads].sort((a, b) => a.localeCompare(b, 'en-GB')),
  };
}
