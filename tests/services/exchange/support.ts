// Test support for exchange bundles: a team of vaults (weak test KDF, temp folders), each with the real services,
// an owner identity per role, and every card imported and confirmed both ways. FICTIONAL people only.
import { createServices } from '../../../electron/services/create-services';
import type { Services } from '../../../electron/services/create-services';
import type { EventSink } from '../../../electron/services/ports';
import type { Role } from '../../../shared/exchange/roles';
import { PASS, fakeClock, quietLogger, tempDir, testVault } from '../vault/helpers';

export { PASS };

/** 6 January 2026, 9:30am in London. */
export const TEAM_TIME = Date.parse('2026-01-06T09:30:00Z');

export type Member = {
  role: Role;
  dir: string;
  services: Services;
  fingerprint: string;
  readAloud: string;
};

export const PEOPLE: Record<Role, { name: string }> = {
  'minute-taker': { name: 'Morgan Testwell' },
  chair: { name: 'Cass Exampleton' },
  'designated-manager': { name: 'Dana Fictional' },
  'business-support': { name: 'Bo Placeholder' },
};

export async function member(
  role: Role,
  clock = fakeClock(TEAM_TIME),
  emit?: EventSink,
): Promise<Member & { cleanup: () => Promise<void> }> {
  const { dir, cleanup } = await tempDir();
  const services = createServices({
    dataDir: dir,
    shell: 'test',
    clock,
    logger: quietLogger,
    ...(emit ? { emit } : {}),
    vault: (e) => testVault(dir, { clock, emit: e }),
  });
  await services.vault.create(PASS);
  const info = await services.exchange.createIdentity({
    name: PEOPLE[role].name,
    role,
    authority: 'Testshire County Council',
  });
  return {
    role,
    dir,
    services,
    fingerprint: info.fingerprint,
    readAloud: info.readAloud,
    cleanup: async () => {
      await services.close();
      await cleanup();
    },
  };
}

/** Imports and confirms every member's card in every other member's directory. */
export async function introduce(members: readonly Member[]): Promise<void> {
  for (const a of members) {
    for (const b of members) {
      if (a !== b) {
        await a.services.exchange.addCard(b.services.exchange.card());
        await a.services.exchange.confirmCard(b.fingerprint, b.readAloud);
      }
    }
  }
}
