// Detached CMS (PKCS#7 SignedData) over bytes, SHA-256, with contentType, messageDigest and signingTime signed
// attributes: the PDF signature's /Contents and the DOCX's .p7s. Rule source: reliability.md §2.5, §3.6 S2 and S4.
import forge from 'node-forge';

import type { SigningIdentity } from './identity';
import { fromBinary, toBinary } from './identity';
import { OID } from './oids';

/** A detached CMS signature (DER) over `content`, claiming `signingTime`, with the signer's certificate chain. */
export function signDetached(
  content: Uint8Array,
  identity: SigningIdentity,
  signingTime: Date,
): Uint8Array {
  const p7 = forge.pkcs7.createSignedData();
  p7.content = forge.util.createBuffer(toBinary(content));
  p7.addCertificate(identity.certificate);
  for (const cert of identity.chain) {
    p7.addCertificate(cert);
  }
  p7.addSigner({
    key: identity.key,
    certificate: identity.certificate,
    digestAlgorithm: OID.sha256,
    authenticatedAttributes: [
      { type: OID.contentType, value: OID.data },
      { type: OID.messageDigest },
      // forge's typings say string, but it encodes a Date as UTCTime.
      { type: OID.signingTime, value: signingTime as unknown as string },
    ],
  });
  p7.sign({ detached: true });
  return fromBinary(forge.asn1.toDer(p7.toAsn1()).getBytes());
}
