// Checks a signed file handed to the app (a PDF, or a DOCX with its .p7s): who signed it, when (en-GB, UK time),
// which version, and whether it is intact, changed, or had bytes added after signing; and, with the vault open,
// whether it is this vault's certificate and one of the files the vault keeps.
// Rule source: docs/reliability.md §2.5, §3.6 S3 and S5.
import type { ConferenceId } from '../../../shared/domain/ids';
import { signedAtText } from '../../../shared/documents/signature-text';
import type { VerifyOutput } from '../../../shared/ipc/contracts/documents-shapes';
import { AppFailure, isAppFailure } from '../../../shared/ipc/result';
import { sha256Hex } from '../documents/canonical';
import type { VerifyResult } from '../documents/sign/verify';
import { verifyDocx, verifyPdf } from '../documents/sign/verify';
import type { VaultRecords } from '../vault/vault-records';
import type { DocumentMeta } from '../vault/vault-data';

import { certificateInfo } from './chair-identity';

const isPdf = (b: Uint8Array): boolean =>
  Buffer.from(b.subarray(0, 5)).toString('latin1') === '%PDF-';
const isZip = (b: Uint8Array): boolean => b[0] === 0x50 && b[1] === 0x4b;

/** Runs our verifier on a PDF, or a DOCX with its .p7s; BAD_INPUT for anything else. */
export function verifyBytes(bytes: Uint8Array, p7s?: Uint8Array): VerifyResult {
  if (isPdf(bytes)) {
    return verifyPdf(bytes);
  }
  if (!isZip(bytes)) {
    throw new AppFailure('BAD_INPUT', 'This file is not a PDF or a Word document (.docx).');
  }
  if (!p7s) {
    throw new AppFailure(
      'BAD_INPUT',
      'A Word document is checked with its signature file (.p7s): choose both files together.',
    );
  }
  return verifyDocx(bytes, p7s);
}

/** The verdict in one word. */
export function verdictOf(r: VerifyResult): VerifyOutput['verdict'] {
  if (
    !r.intact &&
    r.kind === 'pdf' &&
    r.signedBy === '' &&
    /no digital signature/.test(r.reason ?? '')
  ) {
    return 'unsigned';
  }
  if (r.intact) {
    return r.coversWholeFile ? 'intact' : 'appended';
  }
  return 'changed';
}

/** One or two plain-English sentences for a person deciding whether to rely on the file. */
export function verdictSummary(r: VerifyResult, verdict: VerifyOutput['verdict']): string {
  const when = r.signedAt ? ` on ${signedAtText(r.signedAt)}` : '';
  const who = r.signedBy || 'the signer';
  const version = r.version === null ? '' : ` It is version ${r.version} of the record.`;
  switch (verdict) {
    case 'intact':
      return `This document is intact: it has not changed since ${who} signed it${when}.${version}`;
    case 'appended':
      return `Something was added to this file after ${who} signed it${when}. The signed part is unchanged, but the file is not exactly the one that was signed: ask the chair for the original.`;
    case 'unsigned':
      return 'This PDF has no digital signature, so it cannot be checked. Ask the chair for the signed copy.';
    case 'changed':
      return `This document has been changed since it was signed${r.signedBy ? ` by ${r.signedBy}` : ''}, or its signature does not match it. Do not rely on it: ask the chair for the signed copy.`;
  }
}

type LookupVault = Pick<VaultRecords, 'list' | 'get'>;

function lookup(
  vault: LookupVault,
  sha256: string,
  fingerprint: string | null,
): Pick<VerifyOutput, 'thisAppsCertificate' | 'match'> {
  try {
    const cert = certificateInfo(vault);
    let match: VerifyOutput['match'] = null;
    for (const raw of Object.values(vault.list('documents'))) {
      const meta = raw as DocumentMeta;
      const m = meta.meta as {
        type?: string;
        conferenceId?: string;
        version?: number;
        fileName?: string;
      };
      if (meta.sha256 === sha256 && m?.type === 'signed-file' && m.fileName) {
        match = {
          conferenceId: m.conferenceId as ConferenceId,
          version: m.version ?? 0,
          fileName: m.fileName,
        };
        break;
      }
    }
    return {
      thisAppsCertificate: fingerprint === null || !cert ? false : cert.fingerprint === fingerprint,
      match,
    };
  } catch (e) {
    if (isAppFailure(e) && e.code === 'LOCKED') {
      return { thisAppsCertificate: null, match: null };
    }
    throw e;
  }
}

/** Verifies the file and describes the result; looks it up in the vault when it is open. */
export function verifyFile(vault: LookupVault, bytes: Uint8Array, p7s?: Uint8Array): VerifyOutput {
  const r = verifyBytes(bytes, p7s);
  const verdict = verdictOf(r);
  return {
    kind: r.kind,
    verdict,
    summary: verdictSummary(r, verdict),
    signedBy: r.signedBy,
    signedAt: r.signedAt,
    signedAtText: r.signedAt ? signedAtText(r.signedAt) : null,
    fingerprint: r.fingerprint,
    version: r.version,
    ...lookup(vault, sha256Hex(bytes), r.fingerprint),
  };
}
