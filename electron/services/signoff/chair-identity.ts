// The chair's signing certificate, kept inside the encrypted vault: a self-signed one the app creates at the first
// sign-off, or a PKCS#12 imported from the authority. Either is stored as a PKCS#12 under a random key that lives
// only in the vault; the authority's own password is used once to open the file and never stored.
// Rule source: docs/reliability.md §2.5, §3.6 S2 (the P12 is stored inside the encrypted DB).
import { randomBytes } from 'node:crypto';

import forge from 'node-forge';
import { z } from 'zod';

import type { CertificateInfo } from '../../../shared/ipc/contracts/documents-shapes';
import { AppFailure } from '../../../shared/ipc/result';
import { fromBinary, loadP12 } from '../documents/sign/identity';
import type { SigningIdentity } from '../documents/sign/identity';
import type { CreatedIdentity, KeyMaterial } from '../documents/worker/jobs';
import type { VaultRecords } from '../vault/vault-records';

/** The settings record holding the certificate. */
export const IDENTITY_SETTING = 'chair-signing-identity';

const StoredIdentitySchema = z.strictObject({
  kind: z.enum(['self-signed', 'imported']),
  p12: z.string(),
  key: z.string(),
  name: z.string(),
  fingerprint: z.string(),
  validTo: z.iso.datetime(),
  storedAt: z.iso.datetime(),
});
type StoredIdentity = z.infer<typeof StoredIdentitySchema>;

type IdentityVault = Pick<VaultRecords, 'get' | 'put' | 'appendAudit' | 'commit'>;

/** Audit ids are tokens: the fingerprint as lower-case hex without colons. */
export const fingerprintToken = (fingerprint: string): string =>
  `cert:${fingerprint.replace(/:/g, '').toLowerCase()}`;

function stored(vault: Pick<VaultRecords, 'get'>): StoredIdentity | null {
  const raw = vault.get('settings', IDENTITY_SETTING);
  if (raw === undefined) {
    return null;
  }
  const parsed = StoredIdentitySchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppFailure('CORRUPT', 'The signing certificate kept in the vault could not be read.');
  }
  return parsed.data;
}

const infoOf = (s: StoredIdentity): CertificateInfo => ({
  kind: s.kind,
  name: s.name,
  fingerprint: s.fingerprint,
  validTo: s.validTo,
});

/** The certificate kept in the vault, or null before the first sign-off or import. */
export function certificateInfo(vault: Pick<VaultRecords, 'get'>): CertificateInfo | null {
  const s = stored(vault);
  return s ? infoOf(s) : null;
}

function wrap(identity: SigningIdentity, key: string): Uint8Array {
  const asn1 = forge.pkcs12.toPkcs12Asn1(
    identity.key,
    [identity.certificate, ...identity.chain],
    key,
    { algorithm: 'aes256', generateLocalKeyId: true, friendlyName: identity.name },
  );
  return fromBinary(forge.asn1.toDer(asn1).getBytes());
}

type Described = { name: string; fingerprint: string; validTo: string };

const described = (identity: SigningIdentity): Described => ({
  name: identity.name,
  fingerprint: identity.fingerprint,
  validTo: identity.certificate.validity.notAfter.toISOString(),
});

async function keep(
  vault: IdentityVault,
  kind: StoredIdentity['kind'],
  p12: Uint8Array,
  key: string,
  identity: Described,
  now: Date,
): Promise<CertificateInfo> {
  const record: StoredIdentity = {
    kind,
    p12: Buffer.from(p12).toString('base64'),
    key,
    name: identity.name,
    fingerprint: identity.fingerprint,
    validTo: identity.validTo,
    storedAt: now.toISOString(),
  };
  await vault.commit({
    put: [{ collection: 'settings', id: IDENTITY_SETTING, value: record }],
    audit: [
      {
        actor: 'chair',
        action:
          kind === 'imported' ? 'signing.certificate-imported' : 'signing.certificate-created',
        ids: [fingerprintToken(identity.fingerprint)],
      },
    ],
  });
  return infoOf(record);
}

function refuseExpired(s: StoredIdentity, now: Date): void {
  if (Date.parse(s.validTo) <= now.getTime()) {
    throw new AppFailure(
      'BLOCKED',
      'The signing certificate has expired. Import a current certificate from your authority.',
    );
  }
}

/** The signer a sign-off uses: who the certificate names, and the key material a worker opens to sign. */
export type ChairKey = { name: string; fingerprint: string; key: KeyMaterial };

/**
 * The stored certificate as key material, without opening it here (a worker does), or null when there is none
 * yet. Refuses an expired certificate.
 */
export function storedChairKey(vault: Pick<VaultRecords, 'get'>, now: Date): ChairKey | null {
  const s = stored(vault);
  if (!s) {
    return null;
  }
  refuseExpired(s, now);
  return {
    name: s.name,
    fingerprint: s.fingerprint,
    key: { p12: new Uint8Array(Buffer.from(s.p12, 'base64')), password: s.key },
  };
}

/** Keeps a self-signed certificate made by the create-identity job (at the first sign-off). */
export async function keepCreatedKey(
  vault: IdentityVault,
  created: CreatedIdentity,
  now: Date,
): Promise<ChairKey> {
  await keep(vault, 'self-signed', created.p12, created.password, created, now);
  return {
    name: created.name,
    fingerprint: created.fingerprint,
    key: { p12: created.p12, password: created.password },
  };
}

/**
 * Imports the authority's PKCS#12 with its password (WRONG_PASSPHRASE, BAD_INPUT), refuses one that is expired
 * or not yet valid, and keeps it re-wrapped under a vault-held key. Replaces any earlier certificate.
 */
export async function importCertificate(
  vault: IdentityVault,
  p12: Uint8Array,
  password: string,
  now: Date,
): Promise<CertificateInfo> {
  const identity = loadP12(p12, password);
  const { notBefore, notAfter } = identity.certificate.validity;
  // Ten minutes' grace for a certificate issued on a machine whose clock runs slightly ahead.
  if (notAfter.getTime() <= now.getTime() || notBefore.getTime() > now.getTime() + 600_000) {
    throw new AppFailure(
      'BAD_INPUT',
      'This certificate is not valid today (expired or not yet valid). Ask your authority for a current one.',
    );
  }
  const key = randomBytes(32).toString('base64url');
  return keep(vault, 'imported', wrap(identity, key), key, described(identity), now);
}
