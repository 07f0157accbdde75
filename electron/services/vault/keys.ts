// The key hierarchy: a random 256-bit data key, wrapped by a key from the passphrase (scrypt → HKDF) and by the
// recovery key. Wrong passphrase and damaged file are told apart. Rule source: docs/reliability.md §2.2, §3.1 C2–C4.
import { randomBytes } from 'node:crypto';

import { AppFailure } from '../../../shared/ipc/result';

import { KEY_BYTES, open, seal, subKey } from './cipher';
import type { KdfParams, KdfPolicy } from './kdf';
import { checkKdfParams, deriveKey } from './kdf';
import type { VaultHeader } from './format';

export type VaultKeys = { dek: Buffer; entryKey: Buffer; refKey: Buffer };

/** Sub-keys of the data key: one for entries, one for record references. */
export function keysFromDek(dek: Buffer): VaultKeys {
  return {
    dek,
    entryKey: subKey(dek, Buffer.alloc(0), 'icpc-vault entries v1'),
    refKey: subKey(dek, Buffer.alloc(0), 'icpc-vault refs v1'),
  };
}

/** Overwrites every key byte (docs/reliability.md §3.2 K7). */
export function wipeKeys(keys: VaultKeys | null): void {
  keys?.dek.fill(0);
  keys?.entryKey.fill(0);
  keys?.refKey.fill(0);
}

function wrapAad(h: Pick<VaultHeader, 'kdf' | 'salt' | 'fileId'>, purpose: string): Buffer {
  return Buffer.from(
    `icpc-vault wrap v1\u0000${purpose}\u0000${JSON.stringify([h.kdf, h.salt, h.fileId])}`,
  );
}

const b64 = (b: Buffer): string => b.toString('base64');

/** Builds a header whose wraps hold `dek` under the passphrase key and the recovery key. */
export async function buildHeader(options: {
  dek: Buffer;
  passphrase: string;
  kdf: KdfParams;
  recoveryKey: Buffer;
  /** Reuse the recovery wrap of an existing header (passphrase change keeps the printed key valid). */
  recoveryWrap?: VaultHeader['wraps']['recovery'];
  fileId?: string;
  generation: number;
  createdAt: string;
}): Promise<VaultHeader> {
  const salt = randomBytes(16);
  const fileId = options.fileId ?? b64(randomBytes(16));
  const core = { kdf: options.kdf, salt: b64(salt), fileId };
  const kek = subKey(
    await deriveKey(options.passphrase, salt, options.kdf),
    salt,
    'icpc-vault kek v1',
  );
  const wrapped = seal(kek, options.dek, wrapAad(core, 'passphrase'));
  kek.fill(0);
  let recovery = options.recoveryWrap;
  if (!recovery) {
    const rsalt = randomBytes(16);
    const rkek = subKey(options.recoveryKey, rsalt, 'icpc-vault recovery v1');
    const r = seal(rkek, options.dek, Buffer.from('icpc-vault recovery wrap v1'));
    rkek.fill(0);
    recovery = { nonce: b64(r.nonce), data: b64(r.ciphertext), tag: b64(r.tag), salt: b64(rsalt) };
  }
  return {
    ...core,
    generation: options.generation,
    createdAt: options.createdAt,
    wraps: {
      passphrase: {
        nonce: b64(wrapped.nonce),
        data: b64(wrapped.ciphertext),
        tag: b64(wrapped.tag),
      },
      recovery,
    },
  };
}

function unwrap(
  key: Buffer,
  w: { nonce: string; data: string; tag: string },
  aad: Buffer,
): Buffer | null {
  const dek = open(
    key,
    {
      nonce: Buffer.from(w.nonce, 'base64'),
      ciphertext: Buffer.from(w.data, 'base64'),
      tag: Buffer.from(w.tag, 'base64'),
    },
    aad,
  );
  return dek && dek.length === KEY_BYTES ? dek : null;
}

/** Checks the KDF parameters against the policy (before any work), derives, unwraps; WRONG_PASSPHRASE on failure. */
export async function unlockWithPassphrase(
  header: VaultHeader,
  passphrase: string,
  policy: KdfPolicy,
): Promise<Buffer> {
  const kdf = checkKdfParams(header.kdf, policy);
  const salt = Buffer.from(header.salt, 'base64');
  const kek = subKey(await deriveKey(passphrase, salt, kdf), salt, 'icpc-vault kek v1');
  const dek = unwrap(kek, header.wraps.passphrase, wrapAad(header, 'passphrase'));
  kek.fill(0);
  if (!dek) {
    throw new AppFailure('WRONG_PASSPHRASE', 'That passphrase does not open this vault.');
  }
  return dek;
}

/** Unwraps the data key with the printed recovery key; WRONG_PASSPHRASE when it does not match. */
export function unlockWithRecovery(header: VaultHeader, recoveryKey: Buffer): Buffer {
  const rsalt = Buffer.from(header.wraps.recovery.salt, 'base64');
  const rkek = subKey(recoveryKey, rsalt, 'icpc-vault recovery v1');
  const dek = unwrap(rkek, header.wraps.recovery, Buffer.from('icpc-vault recovery wrap v1'));
  rkek.fill(0);
  if (!dek) {
    throw new AppFailure('WRONG_PASSPHRASE', 'That recovery key does not open this vault.');
  }
  return dek;
}
