// CMS EnvelopedData (RFC 5652 §6) written and read here, because node-forge only wraps content keys with RSA
// PKCS#1 v1.5, whose decryption Node refuses (the Marvin attack) and which careful reviewers reject. Each
// recipient's copy of the AES-256 content key is wrapped with RSAES-OAEP (RFC 8017; the RFC 4055 default
// parameters: SHA-1 and MGF1-SHA-1, which OAEP's security does not rest on collision resistance for), identified by
// the recipient certificate's issuer and serial number; the content is encrypted with AES-256-CBC under a random IV.
// `openssl cms -decrypt` reads it. The RSA and AES work runs in Node's crypto. Rule source: docs/exchange.md.
import {
  constants,
  createCipheriv,
  createDecipheriv,
  publicEncrypt,
  privateDecrypt,
  randomBytes,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';

import forge from 'node-forge';

const { Class, Type } = forge.asn1;
type Asn1 = forge.asn1.Asn1;

export const CMS_OID = {
  envelopedData: '1.2.840.113549.1.7.3',
  signedData: '1.2.840.113549.1.7.2',
  rsaesOaep: '1.2.840.113549.1.1.7',
  aes256Cbc: '2.16.840.1.101.3.4.1.42',
} as const;

const seq = (v: Asn1[]): Asn1 => forge.asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, v);
const oid = (o: string): Asn1 =>
  forge.asn1.create(Class.UNIVERSAL, Type.OID, false, forge.asn1.oidToDer(o).getBytes());
const octets = (b: Buffer): Asn1 =>
  forge.asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, b.toString('latin1'));
const int0 = (): Asn1 => forge.asn1.create(Class.UNIVERSAL, Type.INTEGER, false, '\x00');
const derOf = (a: Asn1): string => forge.asn1.toDer(a).getBytes();

/** The recipient identifier of a certificate: DER of its issuer Name and its serial number (hex). */
function ridOf(cert: forge.pki.Certificate): { issuer: string; serial: string } {
  return {
    issuer: derOf(forge.pki.distinguishedNameToAsn1(cert.issuer)),
    serial: cert.serialNumber.toLowerCase().replace(/^(00)+(?=.)/, ''),
  };
}

function publicKeyObject(cert: forge.pki.Certificate): string {
  return forge.pki.publicKeyToPem(cert.publicKey);
}

/** EnvelopedData (DER) of `content` (a SignedData) for every recipient certificate. */
export function envelope(content: Buffer, recipients: readonly forge.pki.Certificate[]): Buffer {
  const key = randomBytes(32);
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', key, iv);
  const encrypted = Buffer.concat([cipher.update(content), cipher.final()]);
  const infos = recipients.map((cert) => {
    const wrapped = publicEncrypt(
      { key: publicKeyObject(cert), padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      key,
    );
    return seq([
      int0(),
      seq([
        forge.pki.distinguishedNameToAsn1(cert.issuer),
        forge.asn1.create(
          Class.UNIVERSAL,
          Type.INTEGER,
          false,
          forge.util.hexToBytes(cert.serialNumber),
        ),
      ]),
      seq([oid(CMS_OID.rsaesOaep), seq([])]),
      octets(wrapped),
    ]);
  });
  key.fill(0);
  const enveloped = seq([
    int0(),
    forge.asn1.create(Class.UNIVERSAL, Type.SET, true, infos),
    seq([
      oid(CMS_OID.signedData),
      seq([oid(CMS_OID.aes256Cbc), octets(iv)]),
      forge.asn1.create(Class.CONTEXT_SPECIFIC, 0, false, encrypted.toString('latin1')),
    ]),
  ]);
  const info = seq([
    oid(CMS_OID.envelopedData),
    forge.asn1.create(Class.CONTEXT_SPECIFIC, 0, true, [enveloped]),
  ]);
  return Buffer.from(derOf(info), 'latin1');
}

/** Why an envelope could not be opened; the message is for a person. */
export class EnvelopeError extends Error {}

const fail = (message: string): never => {
  throw new EnvelopeError(message);
};

function children(node: Asn1 | undefined, what: string): Asn1[] {
  return Array.isArray(node?.value) ? node.value : fail(what);
}

function bytesOf(node: Asn1 | undefined, what: string): string {
  if (!node) {
    return fail(what);
  }
  if (typeof node.value === 'string') {
    return node.value;
  }
  return node.value.map((chunk) => bytesOf(chunk, what)).join('');
}

const NOT_A_BUNDLE = 'This file is not an exchange bundle, or it is damaged.';

/** Decrypts an EnvelopedData (DER) with the recipient's certificate and key; returns the inner content. */
export function openEnvelope(der: Buffer, cert: forge.pki.Certificate, key: KeyObject): Buffer {
  let top: Asn1;
  try {
    top = forge.asn1.fromDer(der.toString('latin1'), {
      strict: true,
      parseAllBytes: true,
    } as never);
  } catch {
    return fail(NOT_A_BUNDLE);
  }
  const [typeNode, wrapper] = children(top, NOT_A_BUNDLE);
  if (
    typeNode?.type !== Type.OID ||
    forge.asn1.derToOid(bytesOf(typeNode, NOT_A_BUNDLE)) !== CMS_OID.envelopedData
  ) {
    return fail('This file is not an exchange bundle (it is not encrypted to anyone).');
  }
  const fields = children(children(wrapper, NOT_A_BUNDLE)[0], NOT_A_BUNDLE);
  const infos = fields.find((f) => f.type === Type.SET && f.tagClass === Class.UNIVERSAL);
  const eci = fields.at(-1);
  const me = ridOf(cert);
  const mine = children(infos, NOT_A_BUNDLE).find((ri) => {
    const [, rid] = children(ri, NOT_A_BUNDLE);
    const [issuer, serial] = children(rid, NOT_A_BUNDLE);
    return (
      issuer !== undefined &&
      derOf(issuer) === me.issuer &&
      forge.util.bytesToHex(bytesOf(serial, NOT_A_BUNDLE)).replace(/^(00)+(?=.)/, '') === me.serial
    );
  });
  if (!mine) {
    return fail('This bundle is not addressed to you: it was encrypted for someone else.');
  }
  const [, , algorithm, wrapped] = children(mine, NOT_A_BUNDLE);
  const algOid = forge.asn1.derToOid(bytesOf(children(algorithm, NOT_A_BUNDLE)[0], NOT_A_BUNDLE));
  if (algOid !== CMS_OID.rsaesOaep) {
    return fail('This bundle wraps its key with a method the app does not accept (only RSA-OAEP).');
  }
  const [, contentAlg, encrypted] = children(eci, NOT_A_BUNDLE);
  const [contentAlgOid, ivNode] = children(contentAlg, NOT_A_BUNDLE);
  if (forge.asn1.derToOid(bytesOf(contentAlgOid, NOT_A_BUNDLE)) !== CMS_OID.aes256Cbc) {
    return fail('This bundle is encrypted with a method the app does not accept (only AES-256).');
  }
  try {
    const contentKey = privateDecrypt(
      { key, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
      Buffer.from(bytesOf(wrapped, NOT_A_BUNDLE), 'latin1'),
    );
    const iv = Buffer.from(bytesOf(ivNode, NOT_A_BUNDLE), 'latin1');
    if (contentKey.length !== 32 || iv.length !== 16) {
      return fail('This bundle could not be decrypted: it is damaged or was changed.');
    }
    const decipher = createDecipheriv('aes-256-cbc', contentKey, iv);
    const out = Buffer.concat([
      decipher.update(Buffer.from(bytesOf(encrypted, NOT_A_BUNDLE), 'latin1')),
      decipher.final(),
    ]);
    contentKey.fill(0);
    return out;
  } catch (e) {
    if (e instanceof EnvelopeError) {
      throw e;
    }
    return fail('This bundle could not be decrypted: it is damaged or was changed.');
  }
}
