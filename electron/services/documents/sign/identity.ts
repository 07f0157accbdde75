// The chair's signing identity: a PKCS#12 imported from the authority, or a self-signed certificate created
// here (RSA 3072, SHA-256) and exported as a passphrase-protected PKCS#12. Rule source: docs/reliability.md §2.5, §3.6 S2.
import forge from 'node-forge';

import { AppFailure } from '../../../../shared/ipc/result';

import { OID } from './oids';

/** A private key with its certificate (and any chain), ready to sign. */
export type SigningIdentity = {
  key: forge.pki.rsa.PrivateKey;
  certificate: forge.pki.Certificate;
  chain: forge.pki.Certificate[];
  /** Common name of the certificate's subject. */
  name: string;
  /** SHA-256 of the certificate's DER, upper-case hex pairs joined by colons. */
  fingerprint: string;
};

const toBinary = (bytes: Uint8Array): string =>
  Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
const fromBinary = (binary: string): Uint8Array => new Uint8Array(Buffer.from(binary, 'latin1'));

/** SHA-256 fingerprint of a certificate, "AB:CD:...". */
export function certificateFingerprint(cert: forge.pki.Certificate): string {
  const der = forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes();
  const hex = forge.md.sha256.create().update(der).digest().toHex().toUpperCase();
  return hex.match(/.{2}/g)?.join(':') ?? hex;
}

/** The subject's common name, or "Unknown signer". */
export function commonName(cert: forge.pki.Certificate): string {
  const cn = cert.subject.getField('CN') as { value?: unknown } | null;
  return typeof cn?.value === 'string' ? cn.value : 'Unknown signer';
}

/**
 * Opens a PKCS#12 with its passphrase. Throws WRONG_PASSPHRASE when the passphrase is wrong, BAD_INPUT when
 * the file is not a PKCS#12 or holds no RSA key with a matching certificate.
 */
export function loadP12(p12: Uint8Array, passphrase: string): SigningIdentity {
  let parsed: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(toBinary(p12));
    parsed = forge.pkcs12.pkcs12FromAsn1(asn1, false, passphrase);
  } catch (e) {
    const message = e instanceof Error ? e.message : '';
    if (/mac|password|invalid/i.test(message) && !/too few bytes|asn\.1/i.test(message)) {
      throw new AppFailure(
        'WRONG_PASSPHRASE',
        'The passphrase does not open this certificate file.',
      );
    }
    throw new AppFailure(
      'BAD_INPUT',
      'This file is not a PKCS#12 certificate file (.p12 or .pfx).',
    );
  }
  const keyBags = [
    ...(parsed.getBags({ bagType: OID.pkcs8ShroudedKeyBag })[OID.pkcs8ShroudedKeyBag] ?? []),
    ...(parsed.getBags({ bagType: OID.keyBag })[OID.keyBag] ?? []),
  ];
  const certs = (parsed.getBags({ bagType: OID.certBag })[OID.certBag] ?? [])
    .map((b) => b.cert)
    .filter((c): c is forge.pki.Certificate => c !== undefined);
  const key = keyBags[0]?.key;
  if (!key || !('n' in key)) {
    throw new AppFailure('BAD_INPUT', 'The certificate file holds no RSA private key.');
  }
  const certificate = certs.find((c) => {
    const pub = c.publicKey as forge.pki.rsa.PublicKey;
    return pub.n !== undefined && pub.n.equals(key.n) && pub.e.equals(key.e);
  });
  if (!certificate) {
    throw new AppFailure(
      'BAD_INPUT',
      'The certificate file holds no certificate for its private key.',
    );
  }
  return {
    key,
    certificate,
    chain: certs.filter((c) => c !== certificate),
    name: commonName(certificate),
    fingerprint: certificateFingerprint(certificate),
  };
}

/** What the app puts in a self-signed chair certificate. */
export type ChairCertificateRequest = {
  name: string;
  role: string;
  authority: string;
  passphrase: string;
  now?: Date;
  validYears?: number;
};

/**
 * Creates a self-signed chair certificate (RSA 3072, SHA-256, digitalSignature + nonRepudiation) and returns it
 * as a PKCS#12 protected by the passphrase (AES-256), with its fingerprint. The vault keeps the PKCS#12.
 */
export function createChairCertificate(request: ChairCertificateRequest): {
  p12: Uint8Array;
  fingerprint: string;
} {
  if (request.passphrase.length < 8) {
    throw new AppFailure(
      'BAD_INPUT',
      'Use a passphrase of at least 8 characters for the certificate.',
    );
  }
  const now = request.now ?? new Date();
  const keys = forge.pki.rsa.generateKeyPair({ bits: 3072, e: 0x10001 });
  const cert = forge.pki.createCertificate();
  cert.publicKey = keys.publicKey;
  cert.serialNumber = `01${forge.util.bytesToHex(forge.random.getBytesSync(15))}`;
  cert.validity.notBefore = new Date(now.getTime() - 60_000);
  cert.validity.notAfter = new Date(now.getTime());
  cert.validity.notAfter.setUTCFullYear(now.getUTCFullYear() + (request.validYears ?? 3));
  const subject = [
    { name: 'commonName', value: request.name },
    { name: 'title', value: request.role },
    { name: 'organizationName', value: request.authority },
    { name: 'countryName', value: 'GB' },
  ];
  cert.setSubject(subject);
  cert.setIssuer(subject);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false },
    { name: 'keyUsage', critical: true, digitalSignature: true, nonRepudiation: true },
    { name: 'subjectKeyIdentifier' },
  ]);
  cert.sign(keys.privateKey, forge.md.sha256.create());
  const asn1 = forge.pkcs12.toPkcs12Asn1(keys.privateKey, [cert], request.passphrase, {
    algorithm: 'aes256',
    friendlyName: request.name,
    generateLocalKeyId: true,
  });
  return {
    p12: fromBinary(forge.asn1.toDer(asn1).getBytes()),
    fingerprint: certificateFingerprint(cert),
  };
}

export { fromBinary, toBinary };
