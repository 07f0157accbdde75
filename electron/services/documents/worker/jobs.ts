// The CPU-bound document work a sign-off hands to worker threads: rendering a document with its visible signature
// block, sealing rendered bytes with the chair's key, and creating a self-signed chair certificate; also rendering
// an unsigned draft for the sign-off preview, so paging through drafts never holds up the main process. Each job is a
// plain function of structured-cloneable data, so it runs the same in a worker, in the CLI or in a unit test.
// Rule source: docs/reliability.md §2.5, §3.6 S2 and S4; docs/architecture.md (services run outside Electron).
import { createHash, randomBytes } from 'node:crypto';

import type { DocModel, SignatureInfo } from '../../../../shared/documents/doc-model';
import { createChairCertificate, loadP12 } from '../sign/identity';
import type { SigningIdentity } from '../sign/identity';
import { renderForSigning, sealRendered } from '../sign/sign-document';
import type { RenderedDocument } from '../sign/sign-document';

/** A PKCS#12 and the password that opens it (the vault keeps both). */
export type KeyMaterial = { p12: Uint8Array; password: string };

export type CreatedIdentity = KeyMaterial & { name: string; fingerprint: string; validTo: string };

/** Every job: its input and its output. */
export type DocJobs = {
  render: {
    input: { doc: DocModel; signature: SignatureInfo; signedAt: string };
    output: RenderedDocument;
  };
  seal: {
    input: {
      pdf: Uint8Array;
      docx: Uint8Array;
      key: KeyMaterial;
      signedAt: string;
      reason: string;
    };
    output: { pdf: Uint8Array; p7s: Uint8Array };
  };
  'create-identity': {
    input: { name: string; role: string; authority: string; now: string };
    output: CreatedIdentity;
  };
  draft: {
    input: { doc: DocModel; format: 'pdf' | 'docx' };
    output: { bytes: Uint8Array };
  };
};

export type DocJobKind = keyof DocJobs;

/** One job as posted to a worker. */
export type DocJobRequest = {
  [K in DocJobKind]: { kind: K; input: DocJobs[K]['input'] };
}[DocJobKind];

// Opening a PKCS#12 derives its keys in JavaScript (tens of milliseconds), so each thread keeps the last few.
const opened = new Map<string, SigningIdentity>();
const OPENED_MAX = 4;

function openKey(key: KeyMaterial): SigningIdentity {
  const id = createHash('sha256').update(key.p12).update(key.password).digest('hex');
  let identity = opened.get(id);
  if (!identity) {
    identity = loadP12(key.p12, key.password);
    if (opened.size >= OPENED_MAX) {
      opened.delete(opened.keys().next().value!);
    }
    opened.set(id, identity);
  }
  return identity;
}

/** The handler of every job kind. */
export const DOC_JOB_HANDLERS: {
  [K in DocJobKind]: (input: DocJobs[K]['input']) => Promise<DocJobs[K]['output']>;
} = {
  render: (input) => renderForSigning(input.doc, input.signature, new Date(input.signedAt)),
  seal: (input) =>
    sealRendered(input, openKey(input.key), {
      signedAt: new Date(input.signedAt),
      reason: input.reason,
    }),
  draft: async ({ doc, format }) => {
    // The renderers load with the first document, not with the services (shell.start_ms).
    if (format === 'pdf') {
      const { renderPdf } = await import('../pdf-renderer');
      return { bytes: await renderPdf(doc) };
    }
    const { renderDocx } = await import('../docx-renderer');
    return { bytes: await renderDocx(doc) };
  },
  'create-identity': (input) => {
    const password = randomBytes(32).toString('base64url');
    const made = createChairCertificate({
      ...input,
      passphrase: password,
      now: new Date(input.now),
    });
    const identity = loadP12(made.p12, password);
    return Promise.resolve({
      p12: made.p12,
      password,
      name: identity.name,
      fingerprint: identity.fingerprint,
      validTo: identity.certificate.validity.notAfter.toISOString(),
    });
  },
};

/** Runs one job in this thread; a handler that throws at once gives a rejected promise, like any other failure. */
export async function runDocJob(request: DocJobRequest): Promise<unknown> {
  const handler = DOC_JOB_HANDLERS[request.kind] as (input: unknown) => Promise<unknown>;
  return handler(request.input);
}

/** The buffers of a job's result, handed over to the receiving thread instead of copied. */
export function transferablesOf(value: unknown): ArrayBuffer[] {
  const out = new Set<ArrayBuffer>();
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) {
      if (
        v instanceof Uint8Array &&
        v.buffer instanceof ArrayBuffer &&
        v.byteLength === v.buffer.byteLength
      ) {
        out.add(v.buffer);
      }
    }
  }
  return [...out];
}
