// Finds the signer's certificate in a CMS SignedData as RFC 5652 §5.3 and openssl do: the certificate whose issuer
// (byte for byte) and serial number are those the SignerInfo names. Matching on the serial alone let an edited
// issuer pass as intact. The fingerprint is SHA-256 of the certificate's DER exactly as carried.
// Rule source: docs/reliability.md §3.6 S3 and S5 (agree with openssl cms -verify).
import { createHash } from 'node:crypto';

import forge from 'node-forge';

/** Index of the signer's certificate among the message's certificates and its SHA-256 fingerprint. */
export type SignerCertificate = { index: number; fingerprint: string };

const der = (node: forge.asn1.Asn1): string => forge.asn1.toDer(node).getBytes();

/** "AB:CD:..." for SHA-256 of DER bytes held as a binary string. */
export function fingerprintOfDer(binary: string): string {
  const hex = createHash('sha256').update(Buffer.from(binary, 'latin1')).digest('hex');
  return (hex.toUpperCase().match(/.{2}/g) ?? []).join(':');
}

/** The issuer Name and serial INTEGER of a certificate's ASN.1 (tbsCertificate with or without a version). */
function issuerAndSerial(cert: forge.asn1.Asn1): [forge.asn1.Asn1, forge.asn1.Asn1] | null {
  const tbs = (cert.value as forge.asn1.Asn1[])[0];
  const fields = tbs?.value as forge.asn1.Asn1[] | undefined;
  if (!fields) {
    return null;
  }
  const offset = fields[0]?.tagClass === forge.asn1.Class.CONTEXT_SPECIFIC ? 1 : 0;
  const serial = fields[offset];
  const issuer = fields[offset + 2];
  return serial && issuer ? [issuer, serial] : null;
}

/**
 * The certificate named by the SignerInfo's issuerAndSerialNumber (`sid`), or null when none matches (or the
 * signer is identified another way, which this app never writes).
 */
export function findSignerCertificate(
  sid: forge.asn1.Asn1 | undefined,
  certificates: forge.asn1.Asn1[] | undefined,
): SignerCertificate | null {
  const wanted = sid?.value as forge.asn1.Asn1[] | undefined;
  if (!Array.isArray(wanted) || !wanted[0] || !wanted[1] || !certificates) {
    return null;
  }
  const wantedIssuer = der(wanted[0]);
  const wantedSerial = der(wanted[1]);
  for (const [index, cert] of certificates.entries()) {
    const pair = issuerAndSerial(cert);
    if (pair && der(pair[0]) === wantedIssuer && der(pair[1]) === wantedSerial) {
      return { index, fingerprint: fingerprintOfDer(der(cert)) };
    }
  }
  return null;
}
