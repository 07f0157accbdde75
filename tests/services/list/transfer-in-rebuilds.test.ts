// list.addTransferIn over a real vault costs what it adds: after the first index, each addition is put in place,
// with no derive and no index build; anything else (a core group, a conference) still rebuilds; the list then
// equals one built from scratch; a duplicate among the additions is still refused. Rule source: docs/list.md.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

import { createListService } from '../../../electron/services/list/list-service';
import { createListStore } from '../../../electron/services/list/list-store';
import { createPlanRecords } from '../../../electron/services/list/plan-records';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { childId } from '../../../shared/domain/ids';
import { generatedConferences, testNhsNumber } from '../../fixtures/list';

import { listHarness } from './support';
import type { ListHarness } from './support';

let h: ListHarness;
beforeEach(async () => (h = await listHarness()));
afterEach(() => h.cleanup());

const config = () => ENGLAND_DEFAULTS;

function recorder() {
  let n = 0;
  const store = createListStore({ vault: h.vault, config });
  const ctx = {
    vault: h.vault,
    clock: h.clock,
    config,
    store,
    newId: () => `r${(n += 1)}`,
    today: () => '2026-01-12',
  };
  return { store, records: createPlanRecords(ctx) };
}

const transfer = (i: number) => ({
  name: `Leo Transfer${i}`,
  unborn: false,
  dateOfBirth: `2019-0${1 + (i % 9)}-1${i % 10}`,
  address: `${i} Imaginary Road, Fictionton FT2 3AB`,
  nhsNumber: testNhsNumber(20_000 + i),
  originatingAuthority: 'Elsewhere Borough Council',
  originatingPlanStart: '2025-09-01',
  notifiedOn: '2026-01-06',
  categories: ['neglect' as const],
});

describe('adding transfer-ins to a list of decided conferences', () => {
  it('derives and indexes once, then adds each child in place', async () => {
    for (const c of generatedConferences(40).conferences) {
      await h.store(c, 'signed');
    }
    const { store, records } = recorder();
    expect(store.index('2026-01-12').active).toHaveLength(40);
    expect(store.counts()).toEqual({ derives: 1, indexBuilds: 1, incrementalAdds: 0 });

    for (let i = 0; i < 30; i += 1) {
      await records.addTransferIn(transfer(i));
    }
    const index = store.index('2026-01-12');
    expect(index.active).toHaveLength(70);
    expect(store.counts()).toEqual({ derives: 1, indexBuilds: 1, incrementalAdds: 30 });

    // The same list as a fresh service deriving everything from the vault.
    const fresh = createListService({ vault: h.vault, clock: h.clock, config });
    const sorted = { sort: { by: 'name' as const, direction: 'asc' as const } };
    expect(h.list.query(sorted).rows).toEqual(fresh.query(sorted).rows);
    expect(index.active.map((e) => e.row)).toEqual(fresh.query({}).rows);

    // A duplicate of a child added a moment ago is still refused, without a rebuild.
    await expect(records.addTransferIn(transfer(7))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(store.counts().derives).toBe(1);
  });

  it('still derives everything again when something other than a new transfer-in changes', async () => {
    const { store, records } = recorder();
    const { childId: id } = await records.addTransferIn(transfer(1));
    await records.addTransferIn(transfer(2));
    expect(store.counts()).toMatchObject({ derives: 1, incrementalAdds: 1 });
    await records.recordCoreGroup(id, '2026-01-09');
    store.index('2026-01-12');
    expect(store.counts().derives).toBe(2);
    await h.store(generatedConferences(1).conferences[0]!, 'signed');
    expect(store.index('2026-01-12').active).toHaveLength(3);
    expect(store.counts()).toMatchObject({ derives: 3, indexBuilds: 3 });
    expect(store.index('2026-01-13').today).toBe('2026-01-13');
    expect(store.counts()).toMatchObject({ derives: 3, indexBuilds: 4 });
    expect(store.entriesOf(childId(id))).toHaveLength(2);
  });
});
