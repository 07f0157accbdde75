// Test support for the conference service: a real vault with the weak test KDF in a temp folder.
import { ENGLAND_DEFAULTS } from '../../../shared/domain/config-defaults';
import { createConferenceService } from '../../../electron/services/conferences/conference-service';
import type { ConferenceService } from '../../../electron/services/conferences/conference-service';
import type { VaultService } from '../../../electron/services/vault/vault-service';
import { PASS, fakeClock, tempDir, testVault } from '../vault/helpers';

export type ConferenceHarness = {
  dir: string;
  vault: VaultService;
  service: ConferenceService;
  clock: ReturnType<typeof fakeClock>;
  cleanup: () => Promise<void>;
};

/** An unlocked vault and a conference service over it; today is 5 January 2026. */
export async function conferenceHarness(): Promise<ConferenceHarness> {
  const { dir, cleanup } = await tempDir();
  const clock = fakeClock(Date.parse('2026-01-05T09:30:00Z'));
  const vault = testVault(dir, { clock });
  await vault.create(PASS);
  const service = createConferenceService({ vault, clock, config: () => ENGLAND_DEFAULTS });
  return {
    dir,
    vault,
    service,
    clock,
    cleanup: async () => {
      await vault.close();
      await cleanup();
    },
  };
}
