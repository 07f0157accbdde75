// The list prepared for fast filtering, search and checks: one entry per child with a plan (active or ended), its
// list row when the plan is active, and every normalised key computed once, when first read. Built again only when
// the stored conferences or planList records change, or the day changes. Rules: docs/list.md ("Speed"; ≤ 50 ms
// over 5,000 children).
import type { Config } from '../domain/config';
import type { ChildId } from '../domain/ids';

import type { DerivedList, DerivedPlan } from './derive';
import { childKeys } from './match';
import type { ChildKeys } from './match';
import { nameParts, fold } from './normalise';
import type { NameParts } from './normalise';
import { nysiis } from './phonetic';
import { toRow } from './rows';
import type { ListChild, ListRow } from './schemas';

/** One distinct name word of the list, with its sound-alike key. */
export type VocabularyWord = { text: string; key: string };

/** What the free-text search looks at for one row, precomputed. */
export type SearchKeys = {
  /** The row's name words, as ids into the index's vocabulary (names repeat, so words are compared once). */
  nameIds: number[];
  /** Folded words of the lead social worker, categories and address, and the postcode: " w1 w2 ... ". */
  other: string;
  postcode: string;
  nhs: string;
  dates: string[];
  /** Surname then forenames, folded: the sort key for names. */
  sortName: string;
};

const CATEGORY_BIT: Readonly<Record<string, number>> = {
  neglect: 1,
  physical: 2,
  emotional: 4,
  sexual: 8,
};

/** The bit mask of a set of categories (neglect 1, physical 2, emotional 4, sexual 8). */
export function categoryMask(categories: readonly string[]): number {
  let mask = 0;
  for (const c of categories) {
    mask |= CATEGORY_BIT[c] ?? 0;
  }
  return mask;
}

/** What the filters read, in one fixed shape (a class), so a scan over thousands of rows stays fast. */
export class FilterFields {
  constructor(
    readonly categories: number,
    readonly reviewOverdue: boolean,
    readonly coreGroupOverdue: boolean,
    readonly lead: string,
    readonly hasLead: boolean,
    readonly reviewDue: string,
    readonly coreGroupDue: string,
  ) {}

  static of(row: ListRow): FilterFields {
    return new FilterFields(
      categoryMask(row.categories),
      row.reviewOverdue,
      row.coreGroupOverdue,
      row.leadSocialWorker?.name ?? '',
      row.leadSocialWorker !== undefined,
      row.nextReviewDue ?? '9999-12-31',
      row.nextCoreGroupDue ?? '9999-12-31',
    );
  }
}

export type IndexedChild = {
  child: ListChild;
  keys: ChildKeys;
  /** The child's most recent plan. */
  latest: DerivedPlan;
  plans: DerivedPlan[];
  row?: ListRow;
  /** Set with row: the fields the filters read. */
  filter?: FilterFields;
  /** Surname then forenames, folded (the same as search.sortName, without working out the search keys). */
  sortName: string;
  search: SearchKeys;
};

export type ListIndex = {
  today: string;
  children: IndexedChild[];
  byId: Map<ChildId, IndexedChild>;
  /** Entries with an active plan, in a stable order (plan start, then name). */
  active: IndexedChild[];
  /** Every distinct name word on the list; SearchKeys.nameIds point here. */
  vocabulary: VocabularyWord[];
  /** `active` in each sort order asked for so far ("by:direction"); emptied when a child is added. */
  sorted: Map<string, IndexedChild[]>;
  /** Vocabulary position of each word. */
  wordIds: Map<string, number>;
  /** Children by NHS number and by exact date of birth: the only ones a strong match can be (match.ts). */
  byNhs: Map<string, IndexedChild[]>;
  byDob: Map<string, IndexedChild[]>;
};

/** What is worked out from the child alone, reused across rebuilds while the child's details stay the same. */
export type ChildKeyCache = Map<string, CachedKeys>;
type CachedKeys = {
  keys: ChildKeys;
  words: VocabularyWord[];
  base: Omit<SearchKeys, 'other' | 'nameIds'>;
  address: string;
};

function childSignature(c: ListChild): string {
  return [c.name, c.dateOfBirth, c.expectedDeliveryDate, c.address, c.nhsNumber, c.unborn].join(
    '\u0000',
  );
}

/** Surname then forenames, folded: the sort key for names (SearchKeys.sortName). */
function sortNameOf(parts: NameParts): string {
  return `${parts.surnames[0] ?? ''} ${parts.forenames.join(' ')}`;
}

function makeKeys(child: ListChild, parts: NameParts): CachedKeys {
  const keys = childKeys(child, parts);
  const known = new Map<string, string>();
  for (const t of [...keys.name.forenames, ...keys.name.surnames]) {
    known.set(t.text, t.key);
  }
  return {
    keys,
    words: parts.all.map((text) => ({ text, key: known.get(text) ?? nysiis(text) })),
    base: {
      postcode: (keys.postcode ?? '').toLowerCase(),
      nhs: child.nhsNumber ?? '',
      dates: [child.dateOfBirth, child.expectedDeliveryDate].filter(
        (d): d is string => d !== undefined,
      ),
      sortName: sortNameOf(parts),
    },
    address: fold(child.address),
  };
}

/** Start date, then surname and forenames, then id: the stable order of `active` (and of the list by default). */
export function activeOrder(a: IndexedChild, b: IndexedChild): number {
  if (a.latest.startDate !== b.latest.startDate) {
    return a.latest.startDate < b.latest.startDate ? -1 : 1;
  }
  if (a.sortName !== b.sortName) {
    return a.sortName < b.sortName ? -1 : 1;
  }
  const x = a.child.childId;
  const y = b.child.childId;
  return x < y ? -1 : x > y ? 1 : 0;
}

function push<K>(map: Map<K, IndexedChild[]>, key: K | undefined, e: IndexedChild): void {
  if (key === undefined || key === '') {
    return;
  }
  const list = map.get(key);
  if (list) {
    list.push(e);
  } else {
    map.set(key, [e]);
  }
}

type Building = Omit<ListIndex, 'active' | 'sorted'>;

/**
 * One child on the index. Its comparison keys (check) and search keys are worked out when first read, not when
 * the index is built: the list's first answer needs only the rows and the sort name, and the keys are most of
 * the cost of a build (docs/list.md, "Speed"). Once worked out they are kept, in the entry and in the cache.
 */
class Entry implements IndexedChild {
  readonly child: ListChild;
  readonly latest: DerivedPlan;
  readonly plans: DerivedPlan[];
  readonly sortName: string;
  row?: ListRow;
  filter?: FilterFields;
  #index: Building;
  #cache: ChildKeyCache | undefined;
  #sig: string;
  #parts: NameParts | undefined;
  #made: CachedKeys | undefined;
  #search: SearchKeys | undefined;

  constructor(
    index: Building,
    child: ListChild,
    plans: DerivedPlan[],
    latest: DerivedPlan,
    cache: ChildKeyCache | undefined,
    used: Set<string>,
  ) {
    this.child = child;
    this.latest = latest;
    this.plans = plans;
    this.#index = index;
    this.#cache = cache;
    this.#sig = childSignature(child);
    used.add(this.#sig);
    this.#made = cache?.get(this.#sig);
    if (this.#made) {
      this.sortName = this.#made.base.sortName;
    } else {
      this.#parts = nameParts(child.name);
      this.sortName = sortNameOf(this.#parts);
    }
  }

  #keysMade(): CachedKeys {
    if (!this.#made) {
      this.#made = makeKeys(this.child, this.#parts ?? nameParts(this.child.name));
      this.#cache?.set(this.#sig, this.#made);
      this.#parts = undefined;
    }
    return this.#made;
  }

  get keys(): ChildKeys {
    return this.#keysMade().keys;
  }

  get search(): SearchKeys {
    if (!this.#search) {
      const { words, base, address } = this.#keysMade();
      const index = this.#index;
      const row = this.row;
      const extra = row
        ? fold(`${row.leadSocialWorker?.name ?? ''} ${row.categories.join(' ')}`)
        : '';
      this.#search = {
        nameIds: words.map((w) => {
          let id = index.wordIds.get(w.text);
          if (id === undefined) {
            id = index.vocabulary.length;
            index.vocabulary.push(w);
            index.wordIds.set(w.text, id);
          }
          return id;
        }),
        other: ` ${extra} ${address} ${base.postcode} `,
        postcode: base.postcode,
        nhs: base.nhs,
        dates: base.dates,
        sortName: base.sortName,
      };
    }
    return this.#search;
  }
}

/** Indexes one child's plans into the maps and lists of `index`; returns the entry. */
function indexChild(
  index: Building,
  child: ListChild,
  plans: DerivedPlan[],
  config: Config,
  cache: ChildKeyCache | undefined,
  used: Set<string>,
): IndexedChild | undefined {
  const latest = plans[plans.length - 1];
  if (!latest) {
    return undefined;
  }
  const entry = new Entry(index, child, plans, latest, cache, used);
  if (latest.status === 'active') {
    const row = toRow(latest, child, config, index.today);
    entry.row = row;
    entry.filter = FilterFields.of(row);
  }
  index.children.push(entry);
  index.byId.set(child.childId, entry);
  // The same values as keys.nhs and keys.dateOfBirth (childKeys copies them), without working out the keys.
  push(index.byNhs, child.nhsNumber, entry);
  push(index.byDob, child.dateOfBirth, entry);
  return entry;
}

/**
 * Works out the search keys of every entry, so that the vocabulary holds every name word on the list. A search
 * reads the vocabulary first, so it calls this before; the index's `vocabulary` is complete only afterwards.
 */
export function withSearchKeys(index: ListIndex): ListIndex {
  for (const e of index.children) {
    void e.search;
  }
  return index;
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
  const index: Building = {
    today,
    children: [],
    byId: new Map(),
    vocabulary: [],
    wordIds: new Map(),
    byNhs: new Map(),
    byDob: new Map(),
  };
  const used = new Set<string>();
  for (const [childId, plans] of byChild) {
    const child = derived.children.get(childId);
    if (child) {
      indexChild(index, child, plans, config, cache, used);
    }
  }
  for (const sig of cache?.keys() ?? []) {
    if (!used.has(sig)) {
      cache?.delete(sig); // details that changed: nothing stale is kept
    }
  }
  const active = index.children.filter((c) => c.row !== undefined).sort(activeOrder);
  return Object.assign(index, { active, sorted: new Map<string, IndexedChild[]>() });
}

/**
 * Adds a child who is not on the index yet (a transfer-in entry) without building it again: the entry joins the
 * maps and vocabulary, `active` in its place, and the cached sort orders are dropped (made again when asked).
 */
export function addToIndex(
  index: ListIndex,
  child: ListChild,
  plans: DerivedPlan[],
  config: Config,
  cache?: ChildKeyCache,
): void {
  if (index.byId.has(child.childId)) {
    throw new Error('That child is already on the list index.');
  }
  const entry = indexChild(index, child, plans, config, cache, new Set());
  if (entry?.row) {
    let lo = 0;
    let hi = index.active.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (activeOrder(index.active[mid]!, entry) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    index.active.splice(lo, 0, entry);
    index.sorted.clear();
  }
}
