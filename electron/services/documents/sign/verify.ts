// Verifies a signed PDF (embedded adbe.pkcs7.detached) or a DOCX with its .p7s: who signed, when, which version,
// intact or changed after signing, and whether the signature covers the whole file. Rule source: docs/reliability.md
// §2.5 (ByteRange, incremental updates), §3.6 S3 and S5.
import { signedAtText } from '../../../../shared/documents/signature-text';

import type { CmsCheck } from './cms-verify';
import { checkDetachedCms } from './cms-verify';
import { parseSignatureContents } from './pdf-contents';
import { readZipEntry } from './zip-reader';

/** The verdict on one signed document. */
export type VerifyResult = CmsCheck & {
  kind: 'pdf' | 'docx';
  /** Record version from the document's own metadata (inside the signed bytes), or null. */
  version: number | null;
  /** The signature covers every byte of the file (nothing was appended after signing). */
  coversWholeFile: boolean;
};

export type VerifyOptions = { trustedPem?: readonly string[] };

const latin1 = new TextDecoder('latin1');

/** The /IcpcVersion entry of the Info dictionary, written directly or as an indirect string object. */
function pdfVersion(signedText: string): number | null {
  const direct = [...signedText.matchAll(/\/IcpcVersion\s*\((\d{1,6})\)/g)].at(-1)?.[1];
  if (direct !== undefined) {
    return Number(direct);
  }
  const ref = [...signedText.matchAll(/\/IcpcVersion\s+(\d+)\s+(\d+)\s+R/g)].at(-1);
  if (!ref) {
    return null;
  }
  const obj = new RegExp(`(?:^|\\s)${ref[1]}\\s+${ref[2]}\\s+obj\\s*\\((\\d{1,6})\\)`).exec(
    signedText,
  );
  return obj?.[1] === undefined ? null : Number(obj[1]);
}

/**
 * Verifies the last signature of a PDF with node-forge: the messageDigest attribute against SHA-256 of the
 * ByteRange, the signature over the signed attributes, and that the ByteRange covers the whole file.
 */
export function verifyPdf(pdf: Uint8Array, options: VerifyOptions = {}): VerifyResult {
  const text = latin1.decode(pdf);
  const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = ranges.at(-1);
  const none = {
    kind: 'pdf' as const,
    version: null,
    coversWholeFile: false,
    signedBy: '',
    signedAt: null,
    fingerprint: null,
    trusted: null,
  };
  if (!last) {
    return { ...none, intact: false, reason: 'The PDF has no digital signature.' };
  }
  const [a, b, c, d] = [last[1], last[2], last[3], last[4]].map(Number) as [
    number,
    number,
    number,
    number,
  ];
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length || text[b] !== '<' || text[c - 1] !== '>') {
    return {
      ...none,
      intact: false,
      reason: 'The signature byte range is not valid for this file.',
    };
  }
  const first = pdf.subarray(a, a + b);
  const second = pdf.subarray(c, c + d);
  const contents = parseSignatureContents(text.slice(b + 1, c - 1));
  if (contents.der === null) {
    return { ...none, intact: false, reason: contents.problem ?? 'The signature data is damaged.' };
  }
  const check = checkDetachedCms([first, second], contents.der, options.trustedPem);
  const version = pdfVersion(latin1.decode(first));
  if (contents.problem !== null) {
    // The signed ranges may still match, but the file is not the one signed (pdfsig: "Not total document signed").
    return {
      ...check,
      kind: 'pdf',
      version,
      coversWholeFile: false,
      intact: false,
      reason: contents.problem,
    };
  }
  const coversWholeFile = c + d === pdf.length;
  const result: VerifyResult = { ...check, kind: 'pdf', version, coversWholeFile };
  if (check.intact && !coversWholeFile) {
    return {
      ...result,
      reason: 'The file was modified after signing: bytes were added after the signed part.',
    };
  }
  return result;
}

function docxVersion(docx: Uint8Array): number | null {
  try {
    const xml = new TextDecoder().decode(readZipEntry(docx, 'docProps/custom.xml'));
    const m = /name="IcpcVersion"[^>]*>\s*<vt:\w+>(\d{1,6})<\/vt:\w+>/.exec(xml);
    return m?.[1] === undefined ? null : Number(m[1]);
  } catch {
    return null;
  }
}

/** Verifies a DOCX against its detached .p7s: the signature covers every byte of the DOCX by construction. */
export function verifyDocx(
  docx: Uint8Array,
  p7s: Uint8Array,
  options: VerifyOptions = {},
): VerifyResult {
  const check = checkDetachedCms(docx, p7s, options.trustedPem);
  return {
    ...check,
    kind: 'docx',
    version: check.intact ? docxVersion(docx) : null,
    coversWholeFile: check.intact,
  };
}

/**
 * One line for a person: "Intact: signed by … on 6 January 2026 at 9:30am (UK time) [ISO instant], version n."
 * or what is wrong.
 */
export function describeVerdict(r: VerifyResult): string {
  const who = r.signedBy
    ? `signed by ${r.signedBy}${r.signedAt ? ` on ${signedAtText(r.signedAt)} [${r.signedAt}]` : ''}`
    : 'no signer found';
  const version = r.version === null ? 'version unknown' : `version ${r.version}`;
  if (r.intact && r.coversWholeFile) {
    return `Intact: ${who}, ${version}.`;
  }
  return `NOT intact: ${r.reason ?? 'changed after signing'} (${who}, ${version}).`;
}

/**
 * The signer's certificate in two lines: its SHA-256 fingerprint (to compare with the one the chair gives out)
 * and whether it chains to the trusted CA, or that trust was not checked.
 */
export function describeCertificate(r: VerifyResult): string {
  const fingerprint = `Signer's certificate SHA-256 fingerprint: ${r.fingerprint ?? 'none found'}.`;
  const trust =
    r.trusted === null
      ? 'Trust: not checked (give --trust CA.pem to check the certificate against your CA).'
      : r.trusted
        ? 'Trust: TRUSTED: the certificate chains to the given CA.'
        : 'Trust: NOT TRUSTED: the certificate does not chain to the given CA.';
  return `${fingerprint}\n${trust}`;
}
