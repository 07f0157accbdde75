// This vault's owner (name, role, authority and the exchange key pair, kept inside the encrypted vault) and the
// team directory of colleagues' public cards. A card is trusted only after the two people compare its fingerprint
// read aloud; a revoked card is kept (so old bundles stay explained) but nothing more is accepted from it or sent
// to it. Rule source: docs/exchange.md (identities, cards, confirming).
import forge from 'node-forge';
import { z } from 'zod';

import { fingerprintId, readAloud, readAloudMatches } from '../../../shared/exchange/fingerprint';
import { RoleSchema } from '../../../shared/exchange/roles';
import type { Role } from '../../../shared/exchange/roles';
import { CardSchema } from '../../../shared/exchange/schemas';
import type { Card } from '../../../shared/exchange/schemas';
import { AppFailure } from '../../../shared/ipc/result';
import { commonName } from '../documents/sign/identity';
import type { VaultRecords } from '../vault/vault-records';

import { certificateId, newExchangeIdentity } from './envelope';
import type { KeyHolder } from './envelope';
import { readAll, readRecord } from './records';

export const OWNER_SETTING = 'owner-identity';

export type TeamVault = Pick<VaultRecords, 'get' | 'put' | 'list' | 'appendAudit' | 'commit'>;

const OwnerSchema = z.strictObject({
  name: z.string(),
  role: RoleSchema,
  authority: z.string(),
  keyPem: z.string(),
  certificatePem: z.string(),
  createdAt: z.iso.datetime(),
});
type Owner = z.infer<typeof OwnerSchema>;

const MemberSchema = z.strictObject({
  card: CardSchema,
  importedAt: z.iso.datetime(),
  status: z.enum(['unconfirmed', 'confirmed', 'revoked']),
  confirmedAt: z.iso.datetime().optional(),
  revokedAt: z.iso.datetime().optional(),
});
export type Member = z.infer<typeof MemberSchema> & { fingerprint: string; readAloud: string };

export type OwnerInfo = {
  name: string;
  role: Role;
  authority: string;
  fingerprint: string;
  readAloud: string;
};

function ownerRecord(vault: Pick<VaultRecords, 'get'>): Owner | null {
  const raw = vault.get('settings', OWNER_SETTING);
  if (raw === undefined) {
    return null;
  }
  const parsed = OwnerSchema.safeParse(raw);
  if (!parsed.success) {
    throw new AppFailure(
      'CORRUPT',
      "The vault owner's identity kept in the vault could not be read.",
    );
  }
  return parsed.data;
}

/** The owner's name, role and fingerprint, or null for a vault no one has set an identity on yet. */
export function ownerInfo(vault: Pick<VaultRecords, 'get'>): OwnerInfo | null {
  const o = ownerRecord(vault);
  if (!o) {
    return null;
  }
  const fp = certificateId(forge.pki.certificateFromPem(o.certificatePem));
  return {
    name: o.name,
    role: o.role,
    authority: o.authority,
    fingerprint: fp,
    readAloud: readAloud(fp),
  };
}

type OwnerKeys = KeyHolder & { owner: OwnerInfo };
/** Parsed keys per stored owner record (frozen, replaced on every put): parsing a PEM key costs a millisecond. */
const parsedKeys = new WeakMap<object, OwnerKeys>();

/** The owner's key and certificate for sealing and opening bundles; BLOCKED before an identity is set. */
export function ownerKeys(vault: Pick<VaultRecords, 'get'>): OwnerKeys {
  const raw = vault.get('settings', OWNER_SETTING);
  const cached = typeof raw === 'object' && raw !== null ? parsedKeys.get(raw) : undefined;
  if (cached) {
    return cached;
  }
  const o = ownerRecord(vault);
  if (!o) {
    throw new AppFailure(
      'BLOCKED',
      'Set up who you are first (your name, role and authority) under Team: `icpc identity create`.',
    );
  }
  const keys: OwnerKeys = {
    key: forge.pki.privateKeyFromPem(o.keyPem),
    certificate: forge.pki.certificateFromPem(o.certificatePem),
    owner: ownerInfo(vault)!,
  };
  if (typeof raw === 'object' && raw !== null) {
    parsedKeys.set(raw, keys);
  }
  return keys;
}

const NameSchema = CardSchema.shape.name;

/** Sets the vault's owner once: a new key pair and certificate. A second call is refused. */
export async function createOwner(
  vault: TeamVault,
  input: { name: string; role: Role; authority: string },
  now: Date,
): Promise<OwnerInfo> {
  if (ownerRecord(vault)) {
    throw new AppFailure('BAD_INPUT', 'This vault already has an owner. An identity is set once.');
  }
  const parsed = z
    .strictObject({ name: NameSchema, role: RoleSchema, authority: NameSchema })
    .safeParse(input);
  if (!parsed.success) {
    throw new AppFailure(
      'BAD_INPUT',
      `Check your details: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  }
  const made = newExchangeIdentity(parsed.data, now);
  const fingerprint = certificateId(forge.pki.certificateFromPem(made.certificatePem));
  await vault.commit({
    put: [
      {
        collection: 'settings',
        id: OWNER_SETTING,
        value: { ...parsed.data, ...made, createdAt: now.toISOString() },
      },
    ],
    audit: [{ actor: 'user', action: 'team.identity-created', ids: [`cert:${fingerprint}`] }],
  });
  return ownerInfo(vault)!;
}

/** This vault's card, to give to colleagues (it holds no secret). */
export function myCard(vault: Pick<VaultRecords, 'get'>): Card {
  const o = ownerRecord(vault);
  if (!o) {
    return ownerKeys(vault) as never;
  }
  return {
    format: 'icpc-card',
    version: 1,
    name: o.name,
    role: o.role,
    authority: o.authority,
    certificate: o.certificatePem,
  };
}

const withId = (fingerprint: string, m: z.infer<typeof MemberSchema>): Member => ({
  ...m,
  fingerprint,
  readAloud: readAloud(fingerprint),
});

/** Every card in the directory that reads (`teamUnreadable` names the others). */
export function teamMembers(vault: Pick<VaultRecords, 'list'>): Member[] {
  return readAll(vault, 'team', MemberSchema).read.map((r) => withId(r.id, r.value));
}

/** The vault keys of directory cards that fail their check: the directory says so rather than hide them. */
export const teamUnreadable = (vault: Pick<VaultRecords, 'list'>): string[] =>
  readAll(vault, 'team', MemberSchema).unreadable;

/**
 * The card with this fingerprint, `null` when none is held. A card that cannot be read refuses (CORRUPT): taken for
 * absent, it could be imported again over the record, or a revoked card's refusal could read as "not in your
 * directory" (docs/exchange.md, "Records that cannot be read").
 */
export function member(vault: Pick<VaultRecords, 'get'>, fingerprint: string): Member | null {
  const id = fingerprintId(fingerprint);
  const m = readRecord(vault, 'team', id, MemberSchema);
  return m ? withId(id, m) : null;
}

/** Reads a card file's text: JSON, the card shape, a self-signed certificate naming the card's person, valid now. */
export function parseCard(
  text: string,
  now: Date,
): { card: Card; certificate: forge.pki.Certificate } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new AppFailure('BAD_INPUT', 'This is not a team card (it is not JSON).');
  }
  const parsed = CardSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppFailure(
      'BAD_INPUT',
      `This is not a valid team card: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'card'} ${i.message}`).join('; ')}.`,
    );
  }
  let certificate: forge.pki.Certificate;
  try {
    certificate = forge.pki.certificateFromPem(parsed.data.certificate);
  } catch {
    throw new AppFailure('BAD_INPUT', "The card's certificate cannot be read.");
  }
  let selfSigned = false;
  try {
    selfSigned = certificate.verify(certificate);
  } catch {
    selfSigned = false;
  }
  if (!selfSigned || commonName(certificate) !== parsed.data.name) {
    throw new AppFailure(
      'BAD_INPUT',
      "The card's certificate does not match the name on the card.",
    );
  }
  const { notBefore, notAfter } = certificate.validity;
  if (notAfter.getTime() <= now.getTime() || notBefore.getTime() > now.getTime() + 600_000) {
    throw new AppFailure('BAD_INPUT', "The card's certificate is not valid today.");
  }
  return { card: parsed.data, certificate };
}

/** Adds a colleague's card, unconfirmed until the fingerprints are compared aloud. */
export async function addMember(vault: TeamVault, text: string, now: Date): Promise<Member> {
  const { card, certificate } = parseCard(text, now);
  const id = certificateId(certificate);
  if (ownerInfo(vault)?.fingerprint === id) {
    throw new AppFailure('BAD_INPUT', 'This is your own card.');
  }
  const existing = member(vault, id);
  if (existing) {
    throw new AppFailure(
      'BAD_INPUT',
      `${existing.card.name}'s card is already in your team directory.`,
    );
  }
  const record = { card, importedAt: now.toISOString(), status: 'unconfirmed' as const };
  await vault.commit({
    put: [{ collection: 'team', id, value: record }],
    audit: [{ actor: 'user', action: 'team.card-added', ids: [`cert:${id}`] }],
  });
  return withId(id, record);
}

async function setStatus(
  vault: TeamVault,
  fingerprint: string,
  status: 'confirmed' | 'revoked',
  now: Date,
): Promise<Member> {
  const m = member(vault, fingerprint);
  if (!m) {
    throw new AppFailure('NOT_FOUND', 'That card is not in your team directory.');
  }
  if (m.status === 'revoked') {
    throw new AppFailure(
      'BAD_INPUT',
      `${m.card.name}'s card was revoked; import a new card instead.`,
    );
  }
  const { fingerprint: id, readAloud: _r, ...rest } = m;
  const record = {
    ...rest,
    status,
    ...(status === 'confirmed'
      ? { confirmedAt: now.toISOString() }
      : { revokedAt: now.toISOString() }),
  };
  await vault.commit({
    put: [{ collection: 'team', id, value: record }],
    audit: [{ actor: 'user', action: `team.card-${status}`, ids: [`cert:${id}`] }],
  });
  return withId(id, record);
}

/** Confirms a card once the person has read its fingerprint aloud and it matched what was typed. */
export async function confirmMember(
  vault: TeamVault,
  fingerprint: string,
  typed: string,
  now: Date,
): Promise<Member> {
  if (!readAloudMatches(fingerprintId(fingerprint), typed)) {
    throw new AppFailure(
      'BAD_INPUT',
      'The numbers do not match this card. Do not confirm it: ask your colleague to send their card again.',
    );
  }
  return setStatus(vault, fingerprint, 'confirmed', now);
}

export const revokeMember = (vault: TeamVault, fingerprint: string, now: Date): Promise<Member> =>
  setStatus(vault, fingerprint, 'revoked', now);

/** The member whose certificate this is, when confirmed and not revoked; otherwise why not. */
export function trustedMember(
  vault: Pick<VaultRecords, 'get'>,
  fingerprint: string,
): { ok: true; member: Member } | { ok: false; why: string } {
  const m = member(vault, fingerprint);
  if (!m) {
    return {
      ok: false,
      why: 'The sender is not in your team directory. Import and confirm their card first.',
    };
  }
  if (m.status === 'revoked') {
    return {
      ok: false,
      why: `${m.card.name}'s card was revoked: nothing more is accepted from it.`,
    };
  }
  if (m.status !== 'confirmed') {
    return {
      ok: false,
      why: `${m.card.name}'s card is not confirmed yet: compare the fingerprint read aloud first.`,
    };
  }
  return { ok: true, member: m };
}
