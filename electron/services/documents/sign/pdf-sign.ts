// Signs a PDF as adbe.pkcs7.detached (SHA-256) with @signpdf: a signature field and placeholder are appended,
// then the CMS over the ByteRange fills it. Rule source: docs/reliability.md §2.5 (@signpdf), §3.6 S2.
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { SUBFILTER_ADOBE_PKCS7_DETACHED, Signer } from '@signpdf/utils';

import { signDetached } from './cms';
import type { SigningIdentity } from './identity';

/** A @signpdf Signer that signs with our CMS builder and a fixed signing time. */
class IdentitySigner extends Signer {
  constructor(
    private readonly identity: SigningIdentity,
    private readonly signingTime: Date,
  ) {
    super();
  }

  // eslint-disable-next-line @typescript-eslint/require-await -- @signpdf's Signer contract is async
  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return Buffer.from(signDetached(pdfBuffer, this.identity, this.signingTime));
  }
}

const signer = new SignPdf();

/**
 * placeholder-plain points the last startxref at the blank line before "xref"; qpdf warns about that, so the
 * offset is moved onto the keyword (before signing, so the signature covers the corrected bytes).
 */
export function fixStartXref(pdf: Buffer): Buffer {
  const text = pdf.toString('latin1');
  const m = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text);
  if (!m?.[1]) {
    return pdf;
  }
  const offset = Number(m[1]);
  const actual = text.indexOf('xref', offset);
  if (actual < 0 || actual === offset || text.slice(offset, actual).trim() !== '') {
    return pdf;
  }
  return Buffer.from(`${text.slice(0, m.index)}startxref\n${actual}\n%%EOF\n`, 'latin1');
}

/** Adds a signature (reason, signer's name, time) to a PDF produced by our renderer; returns the signed bytes. */
export async function signPdf(
  pdf: Uint8Array,
  identity: SigningIdentity,
  options: { signingTime: Date; reason: string; location?: string },
): Promise<Uint8Array> {
  const withPlaceholder = fixStartXref(
    plainAddPlaceholder({
      pdfBuffer: Buffer.from(pdf),
      reason: options.reason,
      contactInfo: '',
      name: identity.name,
      location: options.location ?? '',
      signingTime: options.signingTime,
      signatureLength: 16_384,
      subFilter: SUBFILTER_ADOBE_PKCS7_DETACHED,
      // A PDF name: no spaces (it is written as /Name /ICPC-Companion).
      appName: 'ICPC-Companion',
    }),
  );
  const signed = await signer.sign(
    withPlaceholder,
    new IdentitySigner(identity, options.signingTime),
  );
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
