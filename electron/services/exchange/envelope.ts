// The bundle's envelope, in standard CMS (RFC 5652) so that `openssl cms` can open it: the payload is signed by
// the sender (SignedData, SHA-256, RSA PKCS#1 v1.5 signature, with contentType, messageDigest and signingTime signed
// attributes, the sender's certificate included) and the signed message is encrypted to every recipient
// (EnvelopedData, AES-256-CBC, the content key wrapped with RSA-OAEP: cms-enveloped.ts). Sign-then-encrypt:
// the recipients list sits inside the signature, so a bundle cannot be re-addressed. node-forge builds and parses
// the structures. Rule source: docs/exchange.md (format).
import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import type { KeyObject } from 'node:crypto';

import forge from 'node-forge';

import { AppFailure } from '../../../shared/ipc/result';
import { nodeBackedKey } from '../documents/sign/cms';
import { checkDetachedCms } from '../documents/sign/cms-verify';
import { certificateFingerprint } from '../documents/sign/identity';
import { OID } from '../documents/sign/oids';

import { EnvelopeError, envelope, openEnvelope } from './cms-enveloped';

export type KeyHolder = { key: forge.pki.rsa.PrivateKey; certificate: forge.pki.Certificate };

const toBinary = (b: Uint8Array): string =>
  Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
const fromBinary = (s: string): Buffer => Buffer.from(s, 'latin1');

/** SHA-256 of a certificate as 64 lower-case hex digits (the id used in the team directory). */
export const certificateId = (cert: forge.pki.Certificate): string =>
  certificateFingerprint(cert).replace(/:/g, '').toLowerCase();

export const sha256Hex = (bytes: Uint8Array): string =>
  createHash('sha256').update(bytes).digest('hex');

/** A new RSA-3072 key (made by Node, which is far faster than forge) and a self-signed exchange certificate. */
export function newExchangeIdentity(
  subject: { name: string; role: string; authority: string },
  now: Date,
): { keyPem: string; certificatePem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 3072 });
  const keyPem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
  const key = forge.pki.privateKeyFromPem(keyPem);
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + 3);
  const attrs = [
    { name: 'commonName', value: subject.name },
    { name: 'title', value: subject.role },
    { name: 'organizationName', value: subject.authority },
    { name: 'countryName', value: 'GB' },
  ];
  cert.setSubject(attrs);
  cert.setIssuer(attrs);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, keyEncipherment: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(key, forge.md.sha256.create());
  return { keyPem, certificatePem: forge.pki.certificateToPem(cert) };
}

const nodeKeys = new WeakMap<object, KeyObject>();

/** The holder's private key as a Node KeyObject (made once per key). */
function nodeKey(holder: KeyHolder): KeyObject {
  let k = nodeKeys.get(holder.key);
  if (!k) {
    k = createPrivateKey(forge.pki.privateKeyToPem(holder.key));
    nodeKeys.set(holder.key, k);
  }
  return k;
}

/** Signs `payload` as the sender (the RSA step in Node) and encrypts it to every recipient; returns the DER bundle. */
export function sealBundle(
  payload: Uint8Array,
  sender: KeyHolder,
  recipients: readonly forge.pki.Certificate[],
  signingTime: Date,
): Uint8Array {
  const signed = forge.pkcs7.createSignedData();
  signed.content = forge.util.createBuffer(toBinary(payload));
  signed.addCertificate(sender.certificate);
  signed.addSigner({
    key: nodeBackedKey({ ...sender, chain: [], name: '', fingerprint: '' }),
    certificate: sender.certificate,
    digestAlgorithm: OID.sha256,
    authenticatedAttributes: [
      { type: OID.contentType, value: OID.data },
      { type: OID.messageDigest },
      { type: OID.signingTime, value: signingTime as unknown as string },
    ],
  });
  signed.sign();
  return envelope(fromBinary(forge.asn1.toDer(signed.toAsn1()).getBytes()), recipients);
}

/** What opening a bundle found: the signed payload bytes and the certificate that signed them. */
export type Opened = { payload: Buffer; signer: forge.pki.Certificate; signedAt: string | null };

const refuse = (message: string): never => {
  throw new AppFailure('BAD_INPUT', message);
};

/** The eContent of a SignedData: the [0] node's OCTET STRING (or its constructed chunks). */
function encapsulatedContent(signed: forge.pkcs7.PkcsSignedData): string {
  const node = (signed as unknown as { rawCapture?: { content?: forge.asn1.Asn1 } }).rawCapture
    ?.content;
  const octets = Array.isArray(node?.value) ? node.value[0] : undefined;
  if (!octets || octets.type !== forge.asn1.Type.OCTETSTRING) {
    return '';
  }
  if (typeof octets.value === 'string') {
    return octets.value;
  }
  return octets.value
    .map((chunk) =>
      chunk.type === forge.asn1.Type.OCTETSTRING && typeof chunk.value === 'string'
        ? chunk.value
        : '',
    )
    .join('');
}

/**
 * Decrypts a bundle with this vault's key and checks the sender's signature over the payload. Refuses (BAD_INPUT)
 * anything that is not a bundle, is not addressed to `me`, was changed after sealing, or whose signature fails.
 */
export function openBundle(bytes: Uint8Array, me: KeyHolder): Opened {
  let inner: Buffer;
  try {
    inner = openEnvelope(Buffer.from(bytes), me.certificate, nodeKey(me));
  } catch (e) {
    return refuse(
      e instanceof EnvelopeError
        ? e.message
        : 'This file is not an exchange bundle, or it is damaged.',
    );
  }
  let signed: forge.pkcs7.PkcsSignedData;
  try {
    const asn1 = forge.asn1.fromDer(inner.toString('latin1'), {
      strict: true,
      parseAllBytes: true,
    } as never);
    signed = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData;
  } catch {
    return refuse('The signed part of this bundle is damaged.');
  }
  const payload = encapsulatedContent(signed);
  if (payload.length === 0 || signed.certificates.length !== 1) {
    return refuse('This bundle does not carry one signed payload with its signer.');
  }
  const check = checkDetachedCms(fromBinary(payload), inner);
  if (!check.intact) {
    return refuse(
      `The sender's signature does not match this bundle: ${check.reason ?? 'it was changed'}`,
    );
  }
  return {
    payload: fromBinary(payload),
    signer: signed.certificates[0]!,
    signedAt: check.signedAt,
  };
}
