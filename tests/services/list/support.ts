// Test support for the list service: a real vault (weak test KDF) in a temp folder, the conference service and
// the list service over it, and a helper that stores a conference with a given status as a sign-off would.
import { createConferenceService } from '../../../electron/services/conferences/conference-service';
import type { ConferenceService } from '../../../electron/services/conferences/conference-service';
import type { ConferenceStatus } from '../../../shared/ipc/contracts/conference';
import { createListService } from '../../../electron/services/list/list-service';
import type { ListService } from '../../../electron/services/list/list-service';
import type { JsonValue } from '../../../electron/services/vault/vault-data';
import type { VaultService } from '../../../electron/services/vault/vault-service';
import type { Conference } from '../../../shared/domain/conference';
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { PASS, fakeClock, tempDir, testVault } from '../vault/helpers';

export type ListHarness = {
  vault: VaultService;
  conferences: ConferenceService;
  list: ListService;
  clock: ReturnType<typeof fakeClock>;
  /** Stores a conference as the conference and sign-off services would leave it. */
  store: (c: Conference, status: ConferenceStatus) => Promise<void>;
  cleanup: () => Promise<void>;
};

/** Today is Monday 12 January 2026 (10:00 UK time). Ids are a counter, so tests can predict them. */
export async function listHarness(): Promise<ListHarness> {
  const { dir, cleanup } = await tempDir();
  const clock = fakeClock(Date.parse('2026-01-12T10:00:00Z'));
  const vault = testVault(dir, { clock });
  await vault.create(PASS);
  const config = () => ENGLAND_DEFAULTS;
  let n = 0;
  const conferences = createConferenceService({ vault, clock, config });
  // The list's census export needs the authority's name (the LA attribute); nothing else in the list reads it.
  const listConfig = () => ({ ...ENGLAND_DEFAULTS, authorityName: 'Fictionshire County Council' });
  const list = createListService({
    vault,
    clock,
    config: listConfig,
    newId: () => `id${(n += 1)}`,
  });
  return {
    vault,
    conferences,
    list,
    clock,
    store: (c, status) =>
      vault.put(
        'conferences',
        c.id,
        JSON.parse(
          JSON.stringify({
            revision: 3,
            savedAt: clock.now().toISOString(),
            status,
            conference: c,
          }),
        ) as JsonValue,
      ),
    cleanup: async () => {
      await vault.close();
      await cleanup();
    },
  };
}

export const ENQUIRER = {
  name: 'Rhea Notreal',
  role: 'Police officer',
  agency: 'Fictionshire Police',
  phone: '01632 960001',
  reason: 'Called to the family home tonight.',
} as const;
