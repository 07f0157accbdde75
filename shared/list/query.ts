// Filtering, searching and sorting the list: by category, overdue, lead social worker and what is due within N
// working days (the due-dates dashboard), with a free-text search that tolerates spelling (name words by prefix,
// sound-alike key or close spelling) and understands dates, postcodes and NHS numbers. Works on the precomputed
// index only. Rules: docs/list.md; docs/domain.md §9.3 (working days).
import type { Category } from '../domain/categories';
import type { Config } from '../domain/config';
import { addWorkingDays, workingCalendar } from '../domain/working-days';

import { categoryMask, withSearchKeys } from './list-index';
import type {
  FilterFields,
  IndexedChild,
  ListIndex,
  SearchKeys,
  VocabularyWord,
} from './list-index';
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

/**
 * A compiled free-text search: true when every word typed matches a name word (by prefix, sound-alike key or
 * close spelling) or another word of the row (lead social worker, category, address, postcode) by prefix.
 * Dates, NHS numbers and whole postcodes are matched exactly. Name words are judged once each per search.
 */
export function compileSearch(
  text: string,
  vocabulary: readonly VocabularyWord[],
): ((s: SearchKeys) => boolean) | undefined {
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
    .map((w) => ({ w, key: w.length >= 3 ? nysiis(w) : '', spaced: ` ${w}` }));
  const prefixPostcode = /^[a-z]{1,2}\d/.test(compact) ? compact : undefined;
  // Per query word, per vocabulary word: 0 not judged yet, 1 matches, 2 does not.
  const judged = words.map(() => new Uint8Array(vocabulary.length));
  const nameMatches = (i: number, id: number): boolean => {
    const seen = judged[i]![id]!;
    if (seen !== 0) {
      return seen === 1;
    }
    const { w, key } = words[i]!;
    const n = vocabulary[id]!;
    const yes =
      n.text.startsWith(w) ||
      (key !== '' && (n.key === key || (n.text.length >= 4 && jaroWinkler(w, n.text) >= 0.9)));
    judged[i]![id] = yes ? 1 : 2;
    return yes;
  };
  return (s) => {
    if (prefixPostcode !== undefined && s.postcode.startsWith(prefixPostcode)) {
      return true;
    }
    for (let i = 0; i < words.length; i += 1) {
      let found = false;
      for (const id of s.nameIds) {
        if (nameMatches(i, id)) {
          found = true;
          break;
        }
      }
      const { w, spaced } = words[i]!;
      if (!found && !s.other.includes(spaced) && !(w.length >= 3 && s.nhs.startsWith(w))) {
        return false;
      }
    }
    return true;
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
      return e.sortName;
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

/**
 * The active entries in one sort order, missing values last either way, ties by name. Sorted once per index and
 * order: filtering a sorted list keeps it sorted, so later filters and searches in that order cost no sort.
 */
export function sortedActive(
  index: ListIndex,
  sort: { by: SortKey; direction: 'asc' | 'desc' },
): IndexedChild[] {
  const id = `${sort.by}:${sort.direction}`;
  const known = index.sorted.get(id);
  if (known) {
    return known;
  }
  const keyed = index.active.map((e) => ({ e, v: sortValue(e, sort.by) }));
  keyed.sort((a, b) => {
    if (a.v === undefined || b.v === undefined) {
      return compareText(a.v, b.v) || compareText(a.e.sortName, b.e.sortName);
    }
    const c = compareText(a.v, b.v);
    return (sort.direction === 'asc' ? c : -c) || compareText(a.e.sortName, b.e.sortName);
  });
  const order = keyed.map((k) => k.e);
  index.sorted.set(id, order);
  return order;
}

/** Applies filters, search and sort to the active rows of the index. Missing values sort last either way. */
export function selectRows(index: ListIndex, sel: Selection, config: Config): SelectionResult {
  const categories =
    sel.categories && sel.categories.length > 0 ? categoryMask(sel.categories) : undefined;
  const search =
    sel.search !== undefined
      ? compileSearch(sel.search, withSearchKeys(index).vocabulary)
      : undefined;
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
  const overdue = sel.overdue;
  const lead = sel.leadSocialWorker;
  for (const e of sel.sort ? sortedActive(index, sel.sort) : index.active) {
    const f = e.filter as FilterFields;
    if (f.hasLead) {
      leads.add(f.lead);
    }
    if (f.reviewOverdue) {
      overdueReviews += 1;
    }
    if (f.coreGroupOverdue) {
      overdueCoreGroups += 1;
    }
    if (categories !== undefined && (f.categories & categories) === 0) {
      continue;
    }
    if (overdue !== undefined) {
      const late = f.reviewOverdue || f.coreGroupOverdue;
      if (
        (overdue === 'any' && !late) ||
        (overdue === 'none' && late) ||
        (overdue === 'review' && !f.reviewOverdue) ||
        (overdue === 'core-group' && !f.coreGroupOverdue)
      ) {
        continue;
      }
    }
    if (lead !== undefined && f.lead !== lead) {
      continue;
    }
    if (limit !== undefined && f.reviewDue > limit && f.coreGroupDue > limit) {
      continue;
    }
    if (search && !search(e.search)) {
      continue;
    }
    entries.push(e);
  }
  return {
    entries,
    overdueReviews,
    overdueCoreGroups,
    leadSocialWorkers: [...leads].sort((a, b) => a.localeCompare(b, 'en-GB')),
  };
}
