// The chair's signing certificate: the one kept in the vault (self-signed or imported), or a note that one will
// be created at the first sign-off; and a form to import the authority's PKCS#12 with its password.
// Rule source: docs/reliability.md §2.5, §3.6 S2.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';

import type { CertificateInfo } from '../../../../shared/ipc/contracts/documents-shapes';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PassphraseField } from '../vault/PassphraseField';

import { fileToBase64 } from './files';

const validTo = (iso: string) =>
  new Date(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

export function CertificatePanel({
  certificate,
  onImported,
}: {
  certificate: CertificateInfo | null;
  onImported: (message: string) => void;
}) {
  const fileId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [password, setPassword] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!file) {
      setError({ code: 'BAD_INPUT', message: 'Choose the certificate file (.p12 or .pfx).' });
      return;
    }
    setBusy(true);
    const r = await invoke('documents.importCertificate', {
      base64: await fileToBase64(file),
      password,
    });
    setBusy(false);
    setPassword('');
    if (!r.ok) {
      setError(r.error);
      return;
    }
    setError(null);
    onImported(`The certificate for ${r.value.name} is now used for signing.`);
  };

  return (
    <section aria-labelledby="certificate-title">
      <h2 id="certificate-title">Signing certificate</h2>
      {certificate ? (
        <p>
          {certificate.kind === 'imported'
            ? 'Your authority’s certificate'
            : 'The certificate this app made for you'}{' '}
          for <strong>{certificate.name}</strong>, valid until {validTo(certificate.validTo)}.
          <br />
          <span className="hint">Fingerprint (SHA-256): {certificate.fingerprint}</span>
        </p>
      ) : (
        <p>
          At your first sign-off the app makes a signing certificate in your name and keeps it in
          the vault. If your authority gave you a certificate file, import it instead.
        </p>
      )}
      <details>
        <summary>Import a certificate from your authority</summary>
        <form className="narrow" onSubmit={(e) => void submit(e)}>
          {error ? <ErrorSummary error={error} title="The certificate was not imported" /> : null}
          <div className="field">
            <label htmlFor={fileId}>Certificate file (.p12 or .pfx)</label>
            <input
              id={fileId}
              type="file"
              accept=".p12,.pfx,application/x-pkcs12"
              onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            />
          </div>
          <PassphraseField
            label="Certificate password"
            value={password}
            onChange={setPassword}
            autoComplete="off"
            hint="Used once to open the file; the app does not keep it."
          />
          <button type="submit" className="button button--secondary" disabled={busy}>
            {busy ? 'Importing…' : 'Import certificate'}
          </button>
        </form>
      </details>
    </section>
  );
}
