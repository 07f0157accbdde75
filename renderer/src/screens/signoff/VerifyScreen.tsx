// Check a signed document: choose or drop a PDF, or a Word document with its .p7s, and read in plain English who
// signed it, when (UK time), which version, and whether it is intact or was changed after signing.
// Rule source: docs/reliability.md §3.6 S3, S5.
import { useId, useState } from 'react';
import type { DragEvent } from 'react';

import type { VerifyOutput } from '../../../../shared/ipc/contracts/documents-shapes';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import '../../styles/conference.css';
import '../../styles/signoff.css';

import { fileToBase64 } from './files';

const HEADLINES: Readonly<Record<VerifyOutput['verdict'], string>> = {
  intact: 'Intact: unchanged since it was signed',
  changed: 'Changed after signing: do not rely on this file',
  appended: 'Added to after signing: not the file that was signed',
  unsigned: 'Not signed: this file cannot be checked',
};

/** Picks the document and its .p7s (if any) from the chosen files. */
function pick(files: readonly File[]): { doc: File; p7s?: File } | AppError {
  const p7s = files.find((f) => f.name.toLowerCase().endsWith('.p7s'));
  const doc = files.find((f) => f !== p7s);
  if (!doc) {
    return {
      code: 'BAD_INPUT',
      message: 'Choose the document too: a PDF, or the Word document the .p7s belongs to.',
    };
  }
  return p7s ? { doc, p7s } : { doc };
}

function Result({ r, fileName }: { r: VerifyOutput; fileName: string }) {
  return (
    <section
      className={`verify-result verify-result--${r.verdict}`}
      aria-labelledby="verify-result-title"
    >
      <h2 id="verify-result-title">{HEADLINES[r.verdict]}</h2>
      <p>{r.summary}</p>
      <dl className="facts">
        <div>
          <dt>File</dt>
          <dd>{fileName}</dd>
        </div>
        <div>
          <dt>Signed by</dt>
          <dd>{r.signedBy || 'No signer found'}</dd>
        </div>
        <div>
          <dt>Signed on</dt>
          <dd>{r.signedAtText ?? 'Not known'}</dd>
        </div>
        <div>
          <dt>Record version</dt>
          <dd>
            {r.version === null
              ? 'Not known'
              : r.verdict === 'intact'
                ? r.version
                : `${r.version} (as the file says; not confirmed, because the file changed)`}
          </dd>
        </div>
        <div>
          <dt>Certificate</dt>
          <dd>
            {r.thisAppsCertificate === null
              ? 'Not compared (the vault is locked)'
              : r.thisAppsCertificate
                ? 'The signing certificate kept in this app'
                : 'A certificate this app does not hold'}
            {r.fingerprint ? (
              <>
                <br />
                <span className="hint">Fingerprint (SHA-256): {r.fingerprint}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>In this vault</dt>
          <dd>
            {r.match
              ? `Yes: ${r.match.fileName}, version ${r.match.version}, exactly as stored`
              : 'No file with exactly these bytes is kept in this vault'}
          </dd>
        </div>
      </dl>
    </section>
  );
}

export function VerifyScreen() {
  const inputId = useId();
  const [result, setResult] = useState<{ r: VerifyOutput; fileName: string } | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);

  const check = async (files: readonly File[]) => {
    setResult(null);
    const chosen = pick(files);
    if ('code' in chosen) {
      setError(chosen);
      return;
    }
    setBusy(true);
    const r = await invoke('documents.verify', {
      fileName: chosen.doc.name.slice(0, 255),
      base64: await fileToBase64(chosen.doc),
      ...(chosen.p7s ? { p7sBase64: await fileToBase64(chosen.p7s) } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    setResult({ r: r.value, fileName: chosen.doc.name });
  };

  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    void check([...e.dataTransfer.files]);
  };

  return (
    <section aria-labelledby="verify-title" className="panel signoff">
      <div className="toolbar">
        <button type="button" className="link-button" onClick={() => window.history.back()}>
          Back
        </button>
      </div>
      <h1 id="verify-title">Check a signed document</h1>
      <p className="lead">
        Choose a signed PDF, or a Word document together with its signature file (.p7s). The app
        checks the signature; nothing is changed or saved.
      </p>
      {error ? <ErrorSummary error={error} title="The file could not be checked" /> : null}
      {/* The drop target only enhances the file input inside it, which is the keyboard and screen-reader path. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        className={`drop-zone${over ? ' drop-zone--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <label htmlFor={inputId}>Signed document (PDF, or .docx with its .p7s)</label>
        <p className="hint">You can also drop the files here.</p>
        <input
          id={inputId}
          type="file"
          multiple
          accept=".pdf,.docx,.p7s,application/pdf"
          onChange={(e) => void check([...(e.target.files ?? [])])}
        />
      </div>
      <div aria-live="polite">
        {busy ? <p>Checking the signature…</p> : null}
        {result ? <Result r={result.r} fileName={result.fileName} /> : null}
      </div>
    </section>
  );
}
