// docs.signoff_wait_ms: what the chair waits for, from pressing Sign (passphrase given) to "Signed", for a sibling
// group of three with 13 documents, through the sign-off service as the app calls it (preview first, as the screen
// opens with it; then signOff with the production KDF, so the passphrase check is included). The certificate
// exists already (docs.signoff_first_wait_ms is the first sign-off, which also makes it). main.max_block_ms: the
// longest the main thread's event loop was held during those sign-offs (perf_hooks event-loop delay histogram).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';

import { createConferenceService } from '../../electron/services/conferences/conference-service';
import { DocWorkerPool } from '../../electron/services/documents/worker/pool';
import { nodeFs } from '../../electron/services/vault/fs-port';
import { productionKdfPolicy } from '../../electron/services/vault/kdf';
import { realTimers } from '../../electron/services/vault/lock-controller';
import { VaultService } from '../../electron/services/vault/vault-service';
import { createSignoffService } from '../../electron/services/signoff/signoff-service';
import { buildDocumentSet } from '../../shared/documents/document-set';
import { ENGLAND_DEFAULTS } from '../../shared/domain/config-defaults';
import type { Conference } from '../../shared/domain/conference';
import { conferenceId, personId } from '../../shared/domain/ids';
import { aFamilyMember, withChildLinks } from '../fixtures/conference';
import { aDocumentConference } from '../fixtures/documents';

import type { Bench } from './figure';
import { median } from './figure';

const PASS = 'bench passphrase for the vault';
const RUNS = 3;

/** Three children, both parents and a grandmother invited with full copies: 13 documents. */
function siblingGroupOfThree(id: string): Conference {
  const base = aDocumentConference();
  const grandmother = aFamilyMember({
    id: personId('fam-maureen'),
    name: 'Maureen Example',
    relationship: 'Maternal grandmother',
    hasParentalResponsibility: false,
    inHousehold: false,
  });
  return withChildLinks({
    ...base,
    id: conferenceId(id),
    household: [...base.household, grandmother],
  });
}

export const signoffWaitBench: Bench = {
  name: 'signoff-wait',
  run: async (report) => {
    const dir = await mkdtemp(join(tmpdir(), 'icpc-bench-wait-'));
    const clock = { now: () => new Date('2026-01-06T09:30:00Z') };
    const vault = new VaultService({
      dataDir: dir,
      fs: nodeFs,
      kdf: productionKdfPolicy(),
      clock,
      logger: { info: () => undefined, error: () => undefined },
      emit: () => undefined,
      timers: realTimers,
      idleLockMs: 0,
      shell: 'test',
    });
    const pool = new DocWorkerPool();
    const progress: number[] = [];
    try {
      await vault.create(PASS);
      const config = () => ENGLAND_DEFAULTS;
      const conferences = createConferenceService({ vault, clock, config });
      const signoff = createSignoffService({
        vault,
        conferences,
        clock,
        config,
        pool,
        emit: (event, payload) => {
          if (event === 'documents.progress') {
            progress.push((payload as { done: number }).done);
          }
        },
      });
      const documents = buildDocumentSet(siblingGroupOfThree('x'), ENGLAND_DEFAULTS, {
        version: 1,
      }).documents.length;
      const times: number[] = [];
      const cpus: number[] = [];
      let firstMs = 0;
      let maxBlockMs = 0;
      const blocks: number[] = [];
      let files = 0;
      for (let i = 0; i <= RUNS; i += 1) {
        const conference = siblingGroupOfThree(`bench-wait-${i}`);
        await vault.put('conferences', conference.id, {
          revision: 0,
          savedAt: clock.now().toISOString(),
          status: 'awaiting-sign-off',
          conference,
        });
        // The sign-off screen opens with the preview; the chair ticks every document it lists.
        const lookedAt = signoff.preview(conference.id).documents.map((d) => d.stem);
        progress.length = 0;
        const loop = monitorEventLoopDelay({ resolution: 5 });
        loop.enable();
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const signed = await signoff.signOff(conference.id, PASS, undefined, lookedAt);
        const ms = performance.now() - t0;
        const cpu = process.cpuUsage(cpu0); // every thread of the process: main, workers, libuv (scrypt)
        loop.disable();
        maxBlockMs = Math.max(maxBlockMs, loop.max / 1e6);
        blocks.push(Math.round(loop.max / 1e6));
        if (progress.length !== documents) {
          throw new Error(`expected ${documents} progress events, saw ${progress.length}`);
        }
        files = signed.fileCount;
        if (i === 0) {
          firstMs = ms; // the first sign-off also generates and stores the chair's certificate
        } else {
          times.push(ms);
          cpus.push((cpu.user + cpu.system) / 1000);
        }
      }
      const params = {
        children: 3,
        documents,
        files,
        kdf: 'production (calibrated scrypt, included)',
        workers: pool.threaded ? pool.size : 0,
        runs: RUNS,
        cpu_ms: Math.round(median(cpus)),
      };
      report({ name: 'docs.signoff_wait_ms', value: median(times), unit: 'ms', params });
      report({
        name: 'docs.signoff_first_wait_ms',
        value: firstMs,
        unit: 'ms',
        params: { ...params, certificate: 'created (RSA 3072)', runs: 1 },
      });
      report({
        name: 'main.max_block_ms',
        value: maxBlockMs,
        unit: 'ms',
        params: {
          during: 'every sign-off above',
          per_run_ms: blocks.join(' '),
          sampler: 'monitorEventLoopDelay 5 ms',
          runs: RUNS + 1,
        },
      });
    } finally {
      await pool.close();
      await vault.close();
      await rm(dir, { recursive: true, force: true });
    }
  },
};
