// The list prepared for fast filtering, search and checks: one entry per child with a plan (active or ended), its
// list row when the plan is active, and every normalised key computed once. Built again only when the stored
// conferences or planList records change, or the day changes. Rules: issue 7 (≤ 50 ms over 5,000 children).
import type { Config } from '../domain/config';
import type { ChildId } from '../domain/ids';

import type { DerivedList, DerivedPlan } from './derive';
import { childKeys } from './match';
import type { ChildKeys } from './match';
import { nameParts, fold } from './normalise';
import { nysiis } from './phonetic';
import { toRow } from './rows';
import type { ListChild, ListRow } from './schemas';

/** What the free-text search looks at for one row, precomputed. */
export type SearchKeys = {
  /** Folded name words, with their NYSIIS keys (for spelling-tolerant search). */
  nameWords: { text: string; key: string }[];
  /** Folded words of the lead social worker, address and categories; postcode and NHS number. */
  otherWords: string[];
  postcode: string;
  nhs: string;
  dates: string[];
  /** Surname then forenames, folded: the sort key for names. */
  sortName: string;
};

export type IndexedChild = {
  child: ListChild;
  keys: ChildKeys;
  /** The child's most recent plan. */
  latest: DerivedPlan;
  plans: DerivedPlan[];
  row?: ListRow;
  search: SearchKeys;
};

export type ListIndex = {
  today: string;
  children: IndexedChild[];
  byId: Map<ChildId, IndexedChild>;
  /** Entries with an active plan, in a stable order (plan start, then name). */
  active: IndexedChild[];
};

/** What is worked out from the child alone, reused across rebuilds while the child's details stay the same. */
export type ChildKeyCache = Map<
  string,
  { keys: ChildKeys; base: Omit<SearchKeys, 'otherWords'>; address: string[] }
>;

function childSignature(c: ListChild): string {
  return [c.name, c.dateOfBirth, c.expectedDeliveryDate, c.address, c.nhsNumber, c.unborn].join(
    '\u0000',
  );
}

function keysOf(child: ListChild, cache: ChildKeyCache | undefined, used: Set<string>) {
  const sig = childSignature(child);
  used.add(sig);
  const hit = cache?.get(sig);
  if (hit) {
    return hit;
  }
  const keys = childKeys(child);
  const parts = nameParts(child.name);
  const made = {
    keys,
    base: {
      nameWords: parts.all.map((text) => ({ text, key: nysiis(text) })),
      postcode: (keys.postcode ?? '').toLowerCase(),
      nhs: child.nhsNumber ?? '',
      dates: [child.dateOfBirth, child.expectedDeliveryDate].filter(
        (d): d is string => d !== undefined,
      ),
      sortName: `${parts.surnames[0] ?? ''} ${parts.forenames.join(' ')}`,
    },
    address: fold(child.address).split(' ').filter(Boolean),
  };
  cache?.set(sig, made);
  return made;
}

/** Builds the index from the derived plans, with rows and overdue flags as of `today`; `cache` keeps keys. */
export function buildIndex(
  derived: DerivedList,
  config: Config,
  today: string,
  cache?: ChildKeyCache,
): ListIndex {
  const byChild = new Map<ChildId, DerivedPlan[]>();
  for (const plan of derived.plans) {
    const list = byChild.get(plan.childId) ?? [];
    list.push(plan);
    byChild.set(plan.childId, list);
  }
  const children: IndexedChild[] = [];
  const byId = new Map<ChildId, IndexedChild>();
  const used = new Set<string>();
  for (const [childId, plans] of byChild) {
    const child = derived.children.get(childId);
    const latest = plans[plans.length - 1];
    if (!child || !latest) {
      continue;
    }
    const row = latest.status === 'active' ? toRow(latest, child, config, today) : undefined;
    const { keys, base, address } = keysOf(child, cache, used);
    const extra = row
      ? fold(`${row.leadSocialWorker?.name ?? ''} ${row.categories.join(' ')}`)
      : '';
    const entry: IndexedChild = {
      child,
      keys,
      latest,
      plans,
      ...(row ? { row } : {}),
      search: { ...base, otherWords: [...extra.split(' ').filter(Boolean), ...address] },
    };
    children.push(entry);
    byId.set(childId, entry);
  }
  for (const sig of cache?.keys() ?? []) {
    if (!used.has(sig)) {
      cache?.delete(sig); // details that changed: nothing stale is kept
    }
  }
  const active = children
    .filter((c) => c.row !== undefined)
    .sort((a, b) =>
      a.latest.startDate !== b.latest.startDate
        ? a.latest.startDate < b.latest.startDate
          ? -1
          : 1
        : a.search.sortName < b.search.sortName
          ? -1
          : a.search.sortName > b.search.sortName
            ? 1
            : 0,
    );
  return { today, children, byId, active };
}
