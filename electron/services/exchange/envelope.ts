// The bundle's envelope, in standard CMS (RFC 5652) so that `openssl cms` can open it: the payload is signed by
// the sender (SignedData, SHA-256, RSA PKCS#1 v1.5, with contentType, messageDigest and signingTime signed
// attributes, the sender's certificate included) and the signed message is encrypted to every recipient
// (EnvelopedData, AES-256-CBC content key, RSA key transport to each recipient's certificate). Sign-then-encrypt:
// the recipients list sits inside the signature, so a bundle cannot be re-addressed. node-forge builds and parses
// the structures. Rule source: docs/exchange.md (format).
import { createHash, generateKeyPairSync } from 'node:crypto';

import forge from 'node-forge';

import { AppFailure } from '../../../shared/ipc/result';
import { checkDetachedCms } from '../documents/sign/cms-verify';
import { certificateFingerprint } from '../documents/sign/identity';
import { OID } from '../documents/sign/oids';

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

/** Signs `payload` as the sender and encrypts it to every recipient; returns the DER bundle. */
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
    key: sender.key,
    certificate: sender.certificate,
    digestAlgorithm: OID.sha256,
    authenticatedAttributes: [
      { type: OID.contentType, value: OID.data },
      { type: OID.messageDigest },
      { type: OID.signingTime, value: signingTime as unknown as string },
    ],
  });
  signed.sign();
  const inner = forge.asn1.toDer(signed.toAsn1()).getBytes();
  const envelope = forge.pkcs7.createEnvelopedData();
  for (const r of recipients) {
    envelope.addRecipient(r);
  }
  envelope.content = forge.util.createBuffer(inner);
  envelope.encrypt(undefined, forge.pki.oids['aes256-CBC']);
  return fromBinary(forge.asn1.toDer(envelope.toAsn1()).getBytes());
}

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

/** What opening a bundle found: the signed payload bytes and the certificate that signed them. */
export type Opened = { payload: Buffer; signer: forge.pki.Certificate; signedAt: string | null };

const refuse = (message: string): never => {
  throw new AppFailure('BAD_INPUT', message);
};

/**
 * Decrypts a bundle with this vault's key and checks the sender's signature over the payload. Refuses (BAD_INPUT)
 * anything that is not a bundle, is not addressed to `me`, was changed after sealing, or whose signature fails.
 */
export function openBundle(bytes: Uint8Array, me: KeyHolder): Opened {
  let envelope: forge.pkcs7.PkcsEnvelopedData;
  try {
    const asn1 = forge.asn1.fromDer(toBinary(bytes), {
      strict: true,
      parseAllBytes: true,
    } as never);
    envelope = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsEnvelopedData;
  } catch {
    return refuse('This file is not an exchange bundle, or it is damaged.');
  }
  if (typeof (envelope as { findRecipient?: unknown }).findRecipient !== 'function') {
    return refuse('This file is not an exchange bundle (it is not encrypted to anyone).');
  }
  const recipient = envelope.findRecipient(me.certificate);
  if (!recipient) {
    return refuse('This bundle is not addressed to you: it was encrypted for someone else.');
  }
  let inner: string;
  try {
    envelope.decrypt(recipient, me.key);
    inner = (envelope.content as forge.util.ByteStringBuffer | undefined)?.getBytes() ?? '';
  } catch {
    return refuse('This bundle could not be decrypted: it is damaged or was changed.');
  }
  if (inner.length === 0) {
    return refuse('This bundle could not be decrypted: it is damaged or was changed.');
  }
  let signed: forge.pkcs7.PkcsSignedData;
  try {
    const asn1 = forge.asn1.fromDer(inner, { strict: true, parseAllBytes: true } as never);
    signed = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData;
  } catch {
    return refuse('The signed part of this bundle is damaged.');
  }
  const payload = encapsulatedContent(signed);
  if (payload.length === 0 || signed.certificates.length !== 1) {
    return refuse('This bundle does not carry one signed payload with its signer.');
  }
  const check = checkDetachedCms(fromBinary(payload), fromBinary(inner));
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
