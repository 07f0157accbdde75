// Exchange records that cannot be read are never taken for absent (docs/exchange.md, "Records that cannot be
// read"). A table: every operation that reads an exchange record × every record it reads × each kind of damage.
// Each damaged case refuses with CORRUPT, names the record by its vault key (no personal data), says what to do,
// and leaves the vault file byte for byte as it was; with the record undamaged the operation does what it always
// did. Records the operation normally finds absent (a first notification, a new thread) are damaged from a copy
// that reads: present-but-unreadable must not pass for absent. FICTIONAL people only.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { ThreadSchema } from '../../../electron/services/exchange/threads';

import { DAMAGES, vaultHash, withDamage } from './damage';
import type { Damage, Target } from './damage';
import { NAMES, OPS, dmClock, useTeam } from './damaged-ops';
import type { Op } from './damaged-ops';
import { introduce, member } from './support';
import type { Member } from './support';

let team: (Member & { cleanup: () => Promise<void> })[];
let chair: Member;

/** Runs the operation on a damaged record: CORRUPT, the record named by key, what to do, nothing written. */
async function expectRefused(op: Op, t: Target, damage: Damage): Promise<void> {
  const key = `${t.collection}/${t.id()}`;
  await withDamage(t, damage, async () => {
    const before = await vaultHash(t.vault());
    const error = await op.run().then(
      () => null,
      (e: unknown) => e as { code?: string; message?: string },
    );
    expect(error, `${op.name} went ahead over ${key}`).not.toBeNull();
    expect(error!.code).toBe('CORRUPT');
    expect(error!.message).toContain(key);
    expect(error!.message).toContain('Nothing was changed');
    expect(error!.message).toContain('Restore the newest backup that reads');
    for (const name of NAMES) {
      expect(error!.message).not.toContain(name);
    }
    expect(await vaultHash(t.vault())).toBe(before);
  });
}

beforeAll(async () => {
  team = [
    await member('minute-taker'),
    await member('chair'),
    await member('designated-manager', dmClock),
  ];
  chair = team[1]!;
  useTeam({ mt: team[0]!, chair, dm: team[2]! });
  await introduce(team);
}, 60_000);

afterAll(async () => {
  for (const m of team) {
    await m.cleanup();
  }
});

for (const op of OPS) {
  describe(op.name, () => {
    beforeAll(async () => op.prepare?.(), 120_000);
    for (const [what, t] of Object.entries(op.reads)) {
      it.each(Object.keys(DAMAGES) as Damage[])(
        `refuses when ${what} has %s, and writes nothing`,
        (damage) => expectRefused(op, t, damage),
      );
    }
    if (op === OPS[0]) {
      it('refuses whatever unreadable value the thread record holds (property)', async () => {
        const t = op.reads['its thread']!;
        await fc.assert(
          fc.asyncProperty(
            fc.jsonValue({ maxDepth: 3 }).filter((v) => !ThreadSchema.safeParse(v).success),
            async (v) => {
              const vault = chair.services.vault;
              const id = t.id();
              const held = vault.get('exchange', id)!;
              await vault.put('exchange', id, v as never);
              try {
                const before = await vaultHash(chair);
                await expect(op.run()).rejects.toMatchObject({ code: 'CORRUPT' });
                expect(await vaultHash(chair)).toBe(before);
              } finally {
                await vault.put('exchange', id, held);
              }
            },
          ),
          { numRuns: 25 },
        );
      }, 120_000);
    }
    it('does what it always did when the records read', () => op.undamaged(op.run), 60_000);
  });
}
