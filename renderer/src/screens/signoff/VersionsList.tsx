// Every version of the record, newest first: who signed it and when (UK time), why it was amended, the hashes
// frozen at sign-off, and each file with its SHA-256, a download (browser) or save-to-folder (Electron), and Print
// for each signed PDF (the exact bytes signed: ./print.ts).
// Rule source: docs/reliability.md §2.5, §3.6 S1 (every version's documents stay retrievable).
import { Fragment, useState } from 'react';

import { signedAtText } from '../../../../shared/documents/signature-text';
import type { SignedFile, Version } from '../../../../shared/ipc/contracts/documents-shapes';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke, shellKind } from '../../api/client';
import { ErrorSummary } from '../../components/ErrorSummary';

import { downloadBase64, downloadBytes } from './files';
import { printDocument } from './print';
import { copyLabel, groupedHash } from './signoff-labels';
import { zipFiles, zipName } from './zip';

const SHORT_FORMAT: Readonly<Record<SignedFile['format'], string>> = {
  pdf: 'Signed PDF',
  docx: 'Word',
  p7s: 'Signature (.p7s)',
};

/** The files grouped per document (PDF, DOCX and .p7s share a stem), in stored order. */
function byDocument(files: readonly SignedFile[]): SignedFile[][] {
  const groups = new Map<string, SignedFile[]>();
  for (const f of files) {
    const stem = f.fileName.replace(/\.(pdf|docx|docx\.p7s)$/, '');
    groups.set(stem, [...(groups.get(stem) ?? []), f]);
  }
  return [...groups.values()];
}

/**
 * Saves or downloads files. A whole version (`allOf`) comes as one ZIP in the browser shell (a browser blocks a
 * burst of separate downloads) and as one new folder in the desktop app.
 */
async function saveFiles(files: readonly SignedFile[], allOf?: number): Promise<string | AppError> {
  const r = await invoke('documents.export', {
    documentIds: files.map((f) => f.id),
    ...(allOf === undefined ? {} : { folderName: `ICPC documents, version ${allOf}` }),
  });
  if (!r.ok) {
    return r.error;
  }
  switch (r.value.kind) {
    case 'download':
      if (allOf !== undefined) {
        downloadBytes(zipName(allOf), 'application/zip', zipFiles(r.value.files));
        return `Downloaded ${zipName(allOf)} with ${r.value.files.length} file(s).`;
      }
      for (const f of r.value.files) {
        downloadBase64(f.fileName, f.mediaType, f.base64);
      }
      return `Downloaded ${r.value.files.length} file(s).`;
    case 'saved':
      return `Saved ${r.value.fileNames.length} file(s) in ${r.value.folder}.`;
    case 'cancelled':
      return 'Nothing was saved.';
  }
}

function VersionBlock({ conferenceId, v }: { conferenceId: string; v: Version }) {
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [errorTitle, setErrorTitle] = useState('The files were not saved');
  const report = (r: string | AppError, failedTitle: string) => {
    if (typeof r === 'string') {
      setMessage(r);
      setError(null);
    } else {
      setMessage(null);
      setErrorTitle(failedTitle);
      setError(r);
    }
  };
  const save = async (files: readonly SignedFile[], allOf?: number) => {
    report(await saveFiles(files, allOf), 'The files were not saved');
  };
  const print = async (f: SignedFile) => {
    const r = await printDocument(
      { kind: 'signed', input: { conferenceId, version: v.version, documentId: f.id } },
      `${f.title}, version ${v.version}`,
    );
    report(r, 'The document was not printed');
  };
  const verb = shellKind() === 'electron' ? 'Save' : 'Download';
  const titleId = `version-${v.version}`;
  return (
    <section className="version" aria-labelledby={titleId}>
      <h3 id={titleId}>
        Version {v.version}: {v.state === 'signed' ? 'signed' : 'open for changes'}
      </h3>
      {v.state === 'signed' && v.signedAt ? (
        <p>
          Signed by {v.signedBy} ({v.role}) on {signedAtText(v.signedAt)}.
        </p>
      ) : null}
      {v.amendment ? (
        <dl className="facts">
          <div>
            <dt>Amended because</dt>
            <dd>{v.amendment.reason}</dd>
          </div>
          <div>
            <dt>Asked for by</dt>
            <dd>
              {v.amendment.requestedBy}, approved by {v.amendment.approvedBy} on{' '}
              {signedAtText(v.amendment.amendedAt)}
            </dd>
          </div>
          <div>
            <dt>Replaces</dt>
            <dd>
              Version {v.amendment.previousVersion}, record SHA-256{' '}
              <code>{groupedHash(v.amendment.previousRecordSha256)}</code>
            </dd>
          </div>
        </dl>
      ) : null}
      {v.contentSha256 && v.recordSha256 ? (
        <dl className="facts">
          <div>
            <dt>Content SHA-256</dt>
            <dd>
              <code>{groupedHash(v.contentSha256)}</code>
            </dd>
          </div>
          <div>
            <dt>Record SHA-256</dt>
            <dd>
              <code>{groupedHash(v.recordSha256)}</code>
            </dd>
          </div>
        </dl>
      ) : null}
      {v.files.length > 0 ? (
        <>
          {message ? <p role="status">{message}</p> : null}
          {error ? <ErrorSummary error={error} title={errorTitle} /> : null}
          <table className="data-table files-table" aria-labelledby={titleId}>
            <thead>
              <tr>
                <th scope="col">Document</th>
                <th scope="col">Copy</th>
                <th scope="col">Files</th>
              </tr>
            </thead>
            <tbody>
              {byDocument(v.files).map((group) => (
                <tr key={group[0]!.id}>
                  <td>{group[0]!.title}</td>
                  <td>{copyLabel(group[0]!)}</td>
                  <td className="file-buttons">
                    {group.map((f) => (
                      <Fragment key={f.id}>
                        <button
                          type="button"
                          className="button button--secondary button--small"
                          aria-label={`${verb} ${f.fileName}, version ${v.version}`}
                          title={f.fileName}
                          onClick={() => void save([f])}
                        >
                          {SHORT_FORMAT[f.format]}
                        </button>
                        {f.format === 'pdf' ? (
                          <button
                            type="button"
                            className="button button--secondary button--small"
                            aria-label={`Print ${f.fileName}, version ${v.version}`}
                            title={`Print ${f.fileName}`}
                            onClick={() => void print(f)}
                          >
                            Print
                          </button>
                        ) : null}
                      </Fragment>
                    ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <details className="file-hashes">
            <summary>SHA-256 of each file of version {v.version}</summary>
            <dl className="facts">
              {v.files.map((f) => (
                <div key={f.id}>
                  <dt>{f.fileName}</dt>
                  <dd>
                    <code>{groupedHash(f.sha256)}</code>
                  </dd>
                </div>
              ))}
            </dl>
          </details>
          <button type="button" className="button" onClick={() => void save(v.files, v.version)}>
            {verb} all {v.files.length} files of version {v.version}
            {shellKind() === 'electron' ? ' in one folder' : ' as one ZIP'}
          </button>
        </>
      ) : null}
    </section>
  );
}

export function VersionsList({
  conferenceId,
  versions,
  unreadable = 0,
}: {
  conferenceId: string;
  versions: readonly Version[];
  /** Version and amendment records that could not be read, so are not listed (docs/vault.md). */
  unreadable?: number;
}) {
  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">Versions</h2>
      {unreadable > 0 ? (
        <p data-testid="versions-unreadable">
          <strong>Warning: </strong>
          {unreadable === 1
            ? '1 version or amendment record could not be read, so it is not listed here.'
            : `${unreadable.toLocaleString('en-GB')} version or amendment records could not be read, so they are not listed here.`}
        </p>
      ) : null}
      {versions.length === 0 ? (
        <p>
          {unreadable > 0 ? 'No signed version could be read.' : 'No version has been signed yet.'}
        </p>
      ) : (
        versions.map((v) => <VersionBlock key={v.version} conferenceId={conferenceId} v={v} />)
      )}
    </section>
  );
}
