// Checks a detached CMS SignedData against content with node-forge: the messageDigest attribute against SHA-256
// of the content, the RSA signature over the signed attributes, and optionally the chain to trusted CAs.
// Rule source: docs/reliability.md §2.5 (offline verification), §3.6 S3 and S5 (agree with pdfsig and openssl).
import { constants, createHash, createPublicKey, verify } from 'node:crypto';

import forge from 'node-forge';

import { commonName, toBinary } from './identity';
import { findSignerCertificate } from './signer-certificate';
import { OID } from './oids';

/** What the CMS check found. `intact` is false when the content or the signature does not match. */
export type CmsCheck = {
  intact: boolean;
  signedBy: string;
  signedAt: string | null;
  fingerprint: string | null;
  /** True or false when trusted CAs were given, null otherwise. */
  trusted: boolean | null;
  reason?: string;
};

const { Class, Type } = forge.asn1;

// forge 1.x accepts an options object (its typings only know the boolean form).
const fromDerStrict = forge.asn1.fromDer as unknown as (
  der: string,
  options: { parseAllBytes: boolean },
) => forge.asn1.Asn1;

type Attributes = { asn1: forge.asn1.Asn1; digest?: string; signingTime?: Date };

function readAttributes(node: forge.asn1.Asn1): Attributes {
  const out: Attributes = { asn1: node };
  for (const attr of node.value as forge.asn1.Asn1[]) {
    const [oid, set] = attr.value as forge.asn1.Asn1[];
    const type = oid ? forge.asn1.derToOid(oid.value as string) : '';
    const value = (set?.value as forge.asn1.Asn1[] | undefined)?.[0];
    if (!value) {
      continue;
    }
    if (type === OID.messageDigest) {
      out.digest = value.value as string;
    } else if (type === OID.signingTime) {
      out.signingTime =
        value.type === Type.UTCTIME
          ? forge.asn1.utcTimeToDate(value.value as string)
          : forge.asn1.generalizedTimeToDate(value.value as string);
    }
  }
  return out;
}

function failed(reason: string, partial: Partial<CmsCheck> = {}): CmsCheck {
  return {
    intact: false,
    signedBy: '',
    signedAt: null,
    fingerprint: null,
    trusted: null,
    ...partial,
    reason,
  };
}

function chainTrusted(
  cert: forge.pki.Certificate,
  others: forge.pki.Certificate[],
  trustedPem: readonly string[],
): boolean {
  try {
    const store = forge.pki.createCaStore([...trustedPem]);
    // The leaf alone first (its issuer may be a trusted CA), then with the other certificates as intermediates.
    const intermediates = others.filter((c) => c !== cert && !c.isIssuer(c));
    const tryChain = (chain: forge.pki.Certificate[]): boolean => {
      try {
        return forge.pki.verifyCertificateChain(store, chain);
      } catch {
        return false;
      }
    };
    return tryChain([cert]) || (intermediates.length > 0 && tryChain([cert, ...intermediates]));
  } catch {
    return false;
  }
}

/** Checks a DER CMS signature over `content`: exactly one DER element, nothing before or after it. */
export function checkDetachedCms(
  content: Uint8Array | readonly Uint8Array[],
  cmsDer: Uint8Array,
  trustedPem?: readonly string[],
): CmsCheck {
  let msg: forge.pkcs7.PkcsSignedData;
  try {
    const asn1 = fromDerStrict(toBinary(cmsDer), { parseAllBytes: true });
    msg = forge.pkcs7.messageFromAsn1(asn1) as forge.pkcs7.PkcsSignedData;
  } catch {
    return failed('The signature data is damaged or is not a CMS signature.');
  }
  const raw = (
    msg as unknown as {
      rawCapture?: {
        signerInfos?: forge.asn1.Asn1[];
        certificates?: { value?: forge.asn1.Asn1[] };
      };
    }
  ).rawCapture;
  const info = raw?.signerInfos?.[0];
  if (!info || !Array.isArray(info.value)) {
    return failed('The signature has no signer.');
  }
  const parts = info.value;
  const digestOid = forge.asn1.derToOid(
    ((parts[2]?.value as forge.asn1.Asn1[])[0]?.value as string) ?? '',
  );
  const attrsNode = parts.find(
    (p) => p.tagClass === Class.CONTEXT_SPECIFIC && (p.type as number) === 0,
  );
  const signature = parts.find(
    (p) => p.tagClass === Class.UNIVERSAL && p.type === Type.OCTETSTRING,
  );
  if (msg.certificates.length === 0) {
    return failed('The signature carries no certificate.');
  }
  const signer = findSignerCertificate(parts[1], raw?.certificates?.value);
  const cert = signer === null ? undefined : msg.certificates[signer.index];
  if (!cert || signer === null) {
    // As openssl cms -verify: the issuer and serial number named by the signer must be those of a certificate.
    return failed(
      "The signer's certificate is not in the signature: the issuer or serial number it names was changed.",
    );
  }
  const who = { signedBy: commonName(cert), fingerprint: signer.fingerprint };
  if (digestOid !== OID.sha256) {
    return failed(`The signature uses a digest other than SHA-256 (${digestOid}).`, who);
  }
  if (!attrsNode || !signature) {
    return failed('The signature has no signed attributes.', who);
  }
  const attrs = readAttributes(attrsNode);
  const signedAt = attrs.signingTime ? attrs.signingTime.toISOString() : null;
  // Node's SHA-256 and RSA (native) rather than forge's JavaScript ones: the same checks, many times faster.
  const md = createHash('sha256');
  for (const chunk of Array.isArray(content)
    ? (content as readonly Uint8Array[])
    : [content as Uint8Array]) {
    md.update(chunk);
  }
  const trusted = trustedPem ? chainTrusted(cert, msg.certificates, trustedPem) : null;
  const base = { ...who, signedAt, trusted };
  if (attrs.digest !== md.digest().toString('latin1')) {
    return failed(
      'The document was changed after signing: its digest does not match the signature.',
      base,
    );
  }
  const set = forge.asn1.create(Class.UNIVERSAL, Type.SET, true, attrs.asn1.value);
  let valid = false;
  try {
    valid = verify(
      'sha256',
      Buffer.from(forge.asn1.toDer(set).getBytes(), 'latin1'),
      {
        key: createPublicKey(forge.pki.publicKeyToPem(cert.publicKey)),
        padding: constants.RSA_PKCS1_PADDING,
      },
      Buffer.from(signature.value as string, 'latin1'),
    );
  } catch {
    valid = false;
  }
  if (!valid) {
    return failed("The signature does not match the signer's certificate.", base);
  }
  return { intact: true, ...base };
}
