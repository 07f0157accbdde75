// Passphrase → key with scrypt (node:crypto, memory-hard, off the main thread), a floor, bounds checked before it
// runs, and calibration to 0.75–1.5 s at creation. Rule source: docs/reliability.md §3.1 C4, §3.2 K1–K3.
import { scrypt } from 'node:crypto';

import { AppFailure } from '../../../shared/ipc/result';

export type KdfParams = { id: 'scrypt'; logN: number; r: number; p: number };

/** Limits a file's KDF parameters must meet before the KDF is run. */
export type KdfPolicy = {
  name: string;
  floor: { logN: number; r: number; p: number };
  /** Parameters for a new vault: calibrated to the time budget on this machine. */
  calibrate: () => Promise<KdfParams>;
};

/** Hard ceilings for any policy: 1 GiB of memory, p ≤ 16 (docs/reliability.md §3.1 C4). */
export const KDF_CEILING = { logN: 22, r: 32, p: 16, memoryBytes: 1024 * 1024 * 1024 } as const;

/** Production floor: scrypt N=2^17, r=8, p=1 (128 MiB), the OWASP minimum; above Argon2id 64 MiB in memory. */
export const PRODUCTION_FLOOR = { logN: 17, r: 8, p: 1 } as const;

const TARGET_MIN_MS = 750;
const TARGET_MAX_MS = 1500;

function memoryOf(params: { logN: number; r: number; p: number }): number {
  return 128 * 2 ** params.logN * params.r;
}

/** Throws CORRUPT unless the parameters are within the policy floor and the hard ceiling. Never runs the KDF. */
export function checkKdfParams(params: unknown, policy: KdfPolicy): KdfParams {
  const p = params as Partial<KdfParams> | null;
  const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
  if (
    typeof p !== 'object' ||
    p === null ||
    p.id !== 'scrypt' ||
    !isInt(p.logN) ||
    !isInt(p.r) ||
    !isInt(p.p) ||
    p.logN < 1 ||
    p.r < 1 ||
    p.p < 1 ||
    p.logN > KDF_CEILING.logN ||
    p.r > KDF_CEILING.r ||
    p.p > KDF_CEILING.p ||
    memoryOf({ logN: p.logN, r: p.r, p: p.p }) > KDF_CEILING.memoryBytes
  ) {
    throw new AppFailure('CORRUPT', 'The vault file has key settings this app cannot accept.');
  }
  if (p.logN < policy.floor.logN || p.r < policy.floor.r || p.p < policy.floor.p) {
    throw new AppFailure('CORRUPT', 'The vault file has key settings below the safety minimum.');
  }
  return { id: 'scrypt', logN: p.logN, r: p.r, p: p.p };
}

/** Derives 32 bytes with scrypt; runs in the libuv thread pool, so the main process stays responsive. */
export function deriveKey(
  passphrase: string,
  salt: Uint8Array,
  params: KdfParams,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const maxmem = memoryOf(params) * 2 + 1024 * 1024;
    scrypt(
      passphrase.normalize('NFC'),
      salt,
      32,
      { N: 2 ** params.logN, r: params.r, p: params.p, maxmem },
      (error, key) => (error ? reject(error) : resolve(key)),
    );
  });
}

async function timeOnce(params: KdfParams, now: () => number): Promise<number> {
  const started = now();
  await deriveKey('calibration', Buffer.alloc(16, 7), params);
  return now() - started;
}

/**
 * Production policy: floor N=2^17 r=8 p=1; calibration starts at the floor and doubles N (up to 2^20, 1 GiB)
 * and then p until one derivation takes 0.75–1.5 s (KeePassXC's benchmark-to-a-budget approach).
 * It reads no environment variable or flag: tests get a weaker profile only by injecting another policy.
 */
export function productionKdfPolicy(now: () => number = () => performance.now()): KdfPolicy {
  return {
    name: 'production',
    floor: PRODUCTION_FLOOR,
    calibrate: async () => {
      let params: KdfParams = { id: 'scrypt', ...PRODUCTION_FLOOR };
      await timeOnce(params, now); // warm-up: the first run pays for allocation and would skew the estimate
      let ms = await timeOnce(params, now);
      while (ms < TARGET_MIN_MS) {
        const factor = Math.min(8, Math.max(2, 2 ** Math.floor(Math.log2(TARGET_MIN_MS / ms))));
        const next = { ...params };
        if (next.logN < 20) {
          next.logN = Math.min(20, next.logN + Math.log2(factor));
        } else if (next.p * factor <= KDF_CEILING.p) {
          next.p *= factor;
        } else {
          break;
        }
        const predicted = ms * factor;
        if (predicted > TARGET_MAX_MS && next.logN === params.logN + 1) {
          break; // doubling would overshoot the budget; stay below it.
        }
        params = next;
        ms = await timeOnce(params, now);
      }
      return params;
    },
  };
}
