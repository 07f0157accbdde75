// Reads the list's inputs from the vault and keeps the derived list and its search index in memory until a record
// changes: decided conferences (status awaiting sign-off or signed, see DECIDED_STATUSES) and the planList
// records. Records are parsed once per stored value (the vault replaces a value on every put), so a query over
// 5,000 children does no parsing; a new transfer-in record is added in place rather than by a rebuild. A
// conference is checked for the fields the list reads (ListStoredConferenceSchema); the whole record is checked
// only when a whole conference is asked for (`stored`). A record that fails the list's check is left out and
// counted, and every answer says so (docs/list.md, "Records that cannot be read", "Speed"). Cleared when the vault
// locks. Rule source: docs/list.md; docs/reliability.md (no decrypted data kept after lock).
import type { Config } from '../../../shared/domain/config';
import type { ChildId, ConferenceId } from '../../../shared/domain/ids';
import type { ConferenceStatus } from '../../../shared/ipc/contracts/conference';
import { AppFailure } from '../../../shared/ipc/result';
import { deriveList, deriveLoneTransferIn } from '../../../shared/list/derive';
import type { DerivedList } from '../../../shared/list/derive';
import { ListStoredConferenceSchema } from '../../../shared/list/list-conference';
import type { ListConference, ListStoredConference } from '../../../shared/list/list-conference';
import { addToIndex, buildIndex } from '../../../shared/list/list-index';
import type { ChildKeyCache, ListIndex } from '../../../shared/list/list-index';
import { PlanListEntrySchema } from '../../../shared/list/schemas';
import type { PlanListEntry } from '../../../shared/list/schemas';
import type { UnreadRecords } from '../../../shared/list/unread';
import { StoredConferenceSchema } from '../conferences/stored-conference';
import type { StoredConference } from '../conferences/stored-conference';
import type { VaultRecords } from '../vault/vault-records';

/**
 * Conferences whose decisions count for the list. A plan starts at the conference's decision (docs/domain.md §3.1,
 * §4.1: the decision letter goes out within a working day, long before the minutes are signed), so a conference
 * counts once the meeting has ended (awaiting sign-off) and stays counted when signed or amended. Drafts and
 * conferences still in progress do not count: their decisions may still change.
 */
export const DECIDED_STATUSES: readonly ConferenceStatus[] = ['awaiting-sign-off', 'signed'];

export type ListVault = Pick<VaultRecords, 'list' | 'get' | 'put' | 'appendAudit' | 'commit'>;

type Snapshot = {
  conferenceValues: unknown[];
  entryValues: unknown[];
  config: Config;
  derived: DerivedList;
  /** Every conference the list could read, as it reads them, with the value stored (for `stored`). */
  listed: Map<ConferenceId, { read: ListStoredConference; value: object }>;
  entries: PlanListEntry[];
  /** Children named by any planList record. */
  entryChildIds: Set<ChildId>;
  /** The records that failed their check: left out of the list, and said so in every answer (docs/list.md). */
  unread: UnreadRecords;
  index?: ListIndex;
};

function sameValues(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && samePrefix(a, b);
}

/** True when `b` starts with every value of `a`, in order (the same objects). */
function samePrefix(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (b.length < a.length) {
    return false;
  }
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

export type ListStore = ReturnType<typeof createListStore>;

export function createListStore(deps: { vault: ListVault; config: () => Config }) {
  let parsed = new WeakMap<object, ListStoredConference | PlanListEntry | null>();
  /** Whole conferences checked in full, per stored value (null: the value fails the full check). */
  let whole = new WeakMap<object, StoredConference | null>();
  let snapshot: Snapshot | undefined;
  let keyCache: ChildKeyCache = new Map();

  const parseOnce = <T extends ListStoredConference | PlanListEntry>(
    value: unknown,
    parse: (v: unknown) => { success: boolean; data?: T },
  ): T | undefined => {
    if (typeof value !== 'object' || value === null) {
      return undefined;
    }
    if (!parsed.has(value)) {
      const r = parse(value);
      parsed.set(value, r.success ? (r.data as T) : null);
    }
    return (parsed.get(value) as T | null) ?? undefined;
  };

  const clear = (): void => {
    snapshot = undefined;
    parsed = new WeakMap();
    whole = new WeakMap();
    keyCache = new Map();
  };

  const counts = { derives: 0, indexBuilds: 0, incrementalAdds: 0 };

  /**
   * When the only change is new transfer-in records for children nothing else mentions (what list.addTransferIn
   * writes), adds them to the derived list and the index in place, so each addition costs what it adds rather
   * than a rebuild of 5,000 children. Anything else (a conference, another kind of record, a record changed or
   * removed) returns false and the caller derives everything again.
   */
  const appendLoneTransfers = (snap: Snapshot, config: Config, entryValues: unknown[]): boolean => {
    const old = snap.entryValues;
    if (entryValues.length <= old.length || !samePrefix(old, entryValues)) {
      return false;
    }
    const added: Extract<PlanListEntry, { kind: 'transfer-in' }>[] = [];
    for (const v of entryValues.slice(old.length)) {
      const e = parseOnce<PlanListEntry>(v, (x) => PlanListEntrySchema.safeParse(x));
      if (
        !e ||
        e.kind !== 'transfer-in' ||
        snap.derived.children.has(e.childId) ||
        added.some((a) => a.childId === e.childId) ||
        snap.entryChildIds.has(e.childId)
      ) {
        return false;
      }
      added.push(e);
    }
    for (const e of added) {
      const { plan, child } = deriveLoneTransferIn(e, config);
      snap.derived.plans.push(plan);
      snap.derived.children.set(e.childId, child);
      snap.entries.push(e);
      snap.entryChildIds.add(e.childId);
      if (snap.index) {
        addToIndex(snap.index, child, [plan], config, keyCache);
      }
      counts.incrementalAdds += 1;
    }
    snap.entryValues = entryValues;
    return true;
  };

  const current = (): Snapshot => {
    const config = deps.config();
    let conferenceRecords: Record<string, unknown>;
    let entryRecords: Record<string, unknown>;
    let conferenceValues: unknown[];
    let entryValues: unknown[];
    try {
      conferenceRecords = deps.vault.list('conferences');
      entryRecords = deps.vault.list('planList');
      conferenceValues = Object.values(conferenceRecords);
      entryValues = Object.values(entryRecords);
    } catch (e) {
      clear(); // locked (an idle or OS lock reaches the vault directly): drop what we held, then say so
      throw e;
    }
    const unchanged =
      snapshot?.config === config && sameValues(snapshot.conferenceValues, conferenceValues);
    if (snapshot && unchanged && sameValues(snapshot.entryValues, entryValues)) {
      return snapshot;
    }
    if (snapshot && unchanged && appendLoneTransfers(snapshot, config, entryValues)) {
      return snapshot;
    }
    counts.derives += 1;
    const listed: Snapshot['listed'] = new Map();
    const decided: ListConference[] = [];
    const unread: UnreadRecords = { conferences: [], planRecords: [] };
    for (const [key, v] of Object.entries(conferenceRecords)) {
      const s = parseOnce<ListStoredConference>(v, (x) => ListStoredConferenceSchema.safeParse(x));
      if (!s) {
        unread.conferences.push(key);
      } else {
        listed.set(s.conference.id, { read: s, value: v as object });
        if (DECIDED_STATUSES.includes(s.status)) {
          decided.push(s.conference);
        }
      }
    }
    const entries: PlanListEntry[] = [];
    for (const [key, v] of Object.entries(entryRecords)) {
      const e = parseOnce<PlanListEntry>(v, (x) => PlanListEntrySchema.safeParse(x));
      if (e) {
        entries.push(e);
      } else {
        unread.planRecords.push(key);
      }
    }
    snapshot = {
      conferenceValues,
      entryValues,
      config,
      derived: deriveList(decided, entries, config),
      listed,
      entries,
      entryChildIds: new Set(entries.map((e) => e.childId)),
      unread,
    };
    return snapshot;
  };

  return {
    /** The derived plans of every child (throws LOCKED when the vault is locked). */
    derived(): DerivedList {
      return current().derived;
    },
    /** The index with rows and overdue flags as of `today`. */
    index(today: string): ListIndex {
      const s = current();
      if (s.index?.today !== today) {
        counts.indexBuilds += 1;
        s.index = buildIndex(s.derived, s.config, today, keyCache);
      }
      return s.index;
    },
    /**
     * A whole stored conference (decided or not) by id, checked in full on first use (once per stored value), or
     * undefined when the list has no such conference (none stored, or one failing the list's check: counted in
     * `unread`). A record the list reads that fails the full check throws CORRUPT, so it is never taken for
     * missing (docs/list.md, "Records that cannot be read").
     */
    stored(id: ConferenceId): StoredConference | undefined {
      const held = current().listed.get(id);
      if (!held) {
        return undefined;
      }
      if (!whole.has(held.value)) {
        const r = StoredConferenceSchema.safeParse(held.value);
        whole.set(held.value, r.success ? r.data : null);
      }
      const s = whole.get(held.value);
      if (!s) {
        throw new AppFailure(
          'CORRUPT',
          `The conference record ${id} could not be read in full, so it cannot be used here. Restore the newest backup that reads (Vault settings, Backups; or icpc backup list).`,
        );
      }
      return s;
    },
    /** Every stored conference the list reads (decided or not), as the list reads it: status and list fields. */
    listed(): ListStoredConference[] {
      return [...current().listed.values()].map((l) => l.read);
    },
    /** The conferences and planList records that failed their check (vault keys; no personal data). */
    unread(): UnreadRecords {
      const u = current().unread;
      return { conferences: [...u.conferences], planRecords: [...u.planRecords] };
    },
    /** The planList records of one child. */
    entriesOf(childId: ChildId): PlanListEntry[] {
      return current().entries.filter((e) => e.childId === childId);
    },
    /** Drops everything held in memory (on lock). */
    clear,
    /** How often the list was derived and indexed in full, and how many children were added in place. */
    counts(): Readonly<typeof counts> {
      return { ...counts };
    },
  };
}
