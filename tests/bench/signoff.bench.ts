// docs.signoff_ms: the whole sign-off of a sibling group of four through the sign-off service over a real vault:
// blockers checked, every document (professional and family copies, annex) rendered, signed and stored, the
// version record and audit written. The KDF runs with a cheap profile: add vault.kdf_ms for the passphrase check.
// The chair certificate is created in a warm-up sign-off first (once per vault). Median of 3.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { createConferenceService } from '../../electron/services/conferences/conference-service';
import { nodeFs } from '../../electron/services/vault/fs-port';
import type { KdfPolicy } from '../../electron/services/vault/kdf';
import { realTimers } from '../../electron/services/vault/lock-controller';
import { VaultService } from '../../electron/services/vault/vault-service';
import { createSignoffService } from '../../electron/services/signoff/signoff-service';
import { ENGLAND_DEFAULTS } from '../../shared/domain/config-defaults';
import { conferenceId } from '../../shared/domain/ids';
import { withChildLinks } from '../fixtures/conference';
import { aLargeSiblingGroup } from '../fixtures/documents';

import type { Bench } from './figure';
import { median } from './figure';

const CHEAP_KDF: KdfPolicy = {
  name: 'bench',
  floor: { logN: 10, r: 8, p: 1 },
  calibrate: () => Promise.resolve({ id: 'scrypt', logN: 10, r: 8, p: 1 }),
};
const PASS = 'bench passphrase for the vault';
const RUNS = 3;

export const signoffBench: Bench = {
  name: 'signoff',
  run: async (report) => {
    const dir = await mkdtemp(join(tmpdir(), 'icpc-bench-signoff-'));
    const clock = { now: () => new Date('2026-01-06T09:30:00Z') };
    const vault = new VaultService({
      dataDir: dir,
      fs: nodeFs,
      kdf: CHEAP_KDF,
      clock,
      logger: { info: () => undefined, error: () => undefined },
      emit: () => undefined,
      timers: realTimers,
      idleLockMs: 0,
      shell: 'test',
    });
    try {
      await vault.create(PASS);
      const config = () => ENGLAND_DEFAULTS;
      const conferences = createConferenceService({ vault, clock, config });
      const signoff = createSignoffService({
        vault,
        conferences,
        clock,
        config,
        emit: () => undefined,
      });
      const times: number[] = [];
      let files = 0;
      for (let i = 0; i <= RUNS; i += 1) {
        // withChildLinks: the fixture's fourth child has no household links, which sign-off requires.
        const conference = withChildLinks({
          ...aLargeSiblingGroup(),
          id: conferenceId(`bench-${i}`),
        });
        await vault.put('conferences', conference.id, {
          revision: 0,
          savedAt: clock.now().toISOString(),
          status: 'awaiting-sign-off',
          conference,
        });
        const lookedAt = signoff.documentStems(conference.id); // ticked on the sign-off screen
        const t0 = performance.now();
        const signed = await signoff.signOff(conference.id, PASS, undefined, lookedAt);
        if (i > 0) {
          times.push(performance.now() - t0); // run 0 is the warm-up that creates the certificate
        }
        files = signed.fileCount;
      }
      report({
        name: 'docs.signoff_ms',
        value: median(times),
        unit: 'ms',
        params: { children: 4, files, kdf: 'excluded (add vault.kdf_ms)', runs: RUNS },
      });
    } finally {
      await vault.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
