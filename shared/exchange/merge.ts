// Three-way merge of a draft edited on two laptops: the base is the version both last exchanged, "mine" is this
// vault's, "theirs" the one received. A field changed on one side only takes that side's value; a field changed on
// both sides to different values is a conflict the person chooses. Lists of records with an id (children by
// `details.id`; family members, professionals, actions by `id`) merge record by record, so two people editing
// different children do not clash.
// Rule source: docs/exchange.md (merging a returned draft).

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export type Side = 'mine' | 'theirs';

/** One field both sides changed differently. `path` names it ("children[id=c1].decision.rationale"). */
export type MergeConflict = { path: string; base: unknown; mine: unknown; theirs: unknown };

export type MergeResult = {
  merged: unknown;
  conflicts: MergeConflict[];
  takenFromTheirs: string[];
};

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) {
    return true;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** A record's id: its own `id`, or `details.id` (a conference's children keep theirs there). */
function recordId(x: Record<string, unknown>): string | null {
  if (typeof x.id === 'string') {
    return x.id;
  }
  const details = x.details;
  return isObject(details) && typeof details.id === 'string' ? details.id : null;
}

/** Arrays whose every element is an object with a unique string id merge element by element. */
function idsOf(v: unknown): string[] | null {
  if (!Array.isArray(v)) {
    return null;
  }
  const ids = v.map((x) => (isObject(x) ? recordId(x) : null));
  if (ids.some((id) => id === null) || new Set(ids).size !== ids.length) {
    return null;
  }
  return ids as string[];
}

type Walk = {
  conflicts: MergeConflict[];
  taken: string[];
  choose: (path: string) => Side | undefined;
};

function merge3(base: unknown, mine: unknown, theirs: unknown, path: string, w: Walk): unknown {
  if (deepEqual(mine, theirs)) {
    return mine;
  }
  if (deepEqual(base, mine)) {
    w.taken.push(path || '(whole record)');
    return theirs;
  }
  if (deepEqual(base, theirs)) {
    return mine;
  }
  if (isObject(mine) && isObject(theirs)) {
    const b = isObject(base) ? base : {};
    const out: Record<string, unknown> = {};
    for (const key of new Set([...Object.keys(mine), ...Object.keys(theirs)])) {
      const v = merge3(b[key], mine[key], theirs[key], path ? `${path}.${key}` : key, w);
      if (v !== undefined) {
        out[key] = v;
      }
    }
    return out;
  }
  const mineIds = idsOf(mine);
  const theirIds = idsOf(theirs);
  if (mineIds && theirIds) {
    const byId = (arr: unknown): Map<string, unknown> =>
      new Map((idsOf(arr) ?? []).map((id, i) => [id, (arr as unknown[])[i]]));
    const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
    const order = [...mineIds, ...theirIds.filter((id) => !m.has(id))];
    const out: unknown[] = [];
    for (const id of order) {
      const v = merge3(b.get(id), m.get(id), t.get(id), `${path}[id=${id}]`, w);
      if (v !== undefined) {
        out.push(v);
      }
    }
    return out;
  }
  const chosen = w.choose(path);
  if (chosen === undefined) {
    w.conflicts.push({ path, base, mine, theirs });
  }
  return chosen === 'theirs' ? theirs : mine;
}

/**
 * Merges `theirs` into `mine` over `base`. Conflicts keep mine until a choice is given for their path;
 * `choose` gives the person's choice per path (or one side for every conflict).
 */
export function mergeThreeWay(
  base: unknown,
  mine: unknown,
  theirs: unknown,
  choose: Side | ((path: string) => Side | undefined) = () => undefined,
): MergeResult {
  const w: Walk = {
    conflicts: [],
    taken: [],
    choose: typeof choose === 'function' ? choose : () => choose,
  };
  const merged = merge3(base, mine, theirs, '', w);
  return { merged, conflicts: w.conflicts, takenFromTheirs: w.taken };
}

export type { Json };
