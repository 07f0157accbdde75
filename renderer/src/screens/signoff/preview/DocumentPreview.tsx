// The chair looks at every document before signing: a checklist of the documents the sign-off will produce, each
// shown as its draft PDF page by page (DRAFT on every page), ticked "Looked at" once its last page is reached or by
// the chair. Sign stays disabled until every box is ticked (SignOffScreen). Rule source: docs/reliability.md §2.5;
// docs/domain.md §9.4 (documents), §4.3 (copies).
import { useCallback, useEffect, useRef, useState } from 'react';

import type { PlannedDocument } from '../../../../../shared/ipc/contracts/documents-shapes';
import type { AppError } from '../../../../../shared/ipc/result';
import { invoke } from '../../../api/client';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { base64ToBytes, downloadBase64 } from '../files';
import { printDocument } from '../print';
import { copyLabel } from '../signoff-labels';

import { PdfPages } from './PdfPages';
import type { PdfDocument } from './pdf-document';
import { openPdf } from './pdf-document';

/** What a document is called in the preview: its title, and whose copy it is. */
export function previewName(d: PlannedDocument): string {
  return d.copy === 'family' ? `${d.title} (${copyLabel(d).toLowerCase()})` : d.title;
}

type Open = { stem: string; pdf: PdfDocument } | { stem: string; pdf: null };

export function DocumentPreview({
  conferenceId,
  documents,
  lookedAt,
  onLooked,
}: {
  conferenceId: string;
  documents: readonly PlannedDocument[];
  lookedAt: ReadonlySet<string>;
  onLooked: (stem: string, looked: boolean) => void;
}) {
  const [open, setOpen] = useState<Open | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [printed, setPrinted] = useState<string | null>(null);
  const viewer = useRef<HTMLHeadingElement>(null);
  const count = documents.filter((d) => lookedAt.has(d.stem)).length;

  const show = async (stem: string) => {
    setError(null);
    setOpen({ stem, pdf: null });
    const r = await invoke('documents.draft', { conferenceId, stem, format: 'pdf' });
    if (!r.ok) {
      setError(r.error);
      setOpen(null);
      return;
    }
    try {
      const pdf = await openPdf(base64ToBytes(r.value.base64));
      setOpen((o) => (o?.stem === stem ? { stem, pdf } : o));
    } catch {
      setError({ code: 'INTERNAL', message: 'The draft could not be shown. Download it instead.' });
    }
  };
  useEffect(() => {
    if (open?.pdf) {
      viewer.current?.focus();
    }
  }, [open]);

  const download = async (stem: string, format: 'pdf' | 'docx') => {
    const r = await invoke('documents.draft', { conferenceId, stem, format });
    if (r.ok) {
      downloadBase64(r.value.fileName, r.value.mediaType, r.value.base64);
    } else {
      setError(r.error);
    }
  };

  const print = async (d: PlannedDocument) => {
    setError(null);
    setPrinted(null);
    const r = await printDocument(
      { kind: 'draft', input: { conferenceId, stem: d.stem } },
      `the draft of ${previewName(d)}`,
    );
    if (typeof r === 'string') {
      setPrinted(r);
    } else {
      setError(r);
    }
  };

  const index = documents.findIndex((d) => d.stem === open?.stem);
  const current = index >= 0 ? documents[index] : undefined;
  const next = index >= 0 ? documents[index + 1] : undefined;
  const stem = current?.stem;
  const reachedEnd = useCallback(() => {
    if (stem !== undefined) {
      onLooked(stem, true);
    }
  }, [stem, onLooked]);

  return (
    <section aria-labelledby="preview-title">
      <h2 id="preview-title">Look at each document before you sign</h2>
      <p className="hint">
        These are drafts of the documents the sign-off will produce, marked DRAFT on every page.
        Open each one and page through it: it is ticked when you reach its last page, or tick it
        yourself. Each is signed as a PDF, and kept as a Word document with a separate signature
        file.
      </p>
      <p className="preview-count" role="status">
        Looked at {count} of {documents.length} documents
      </p>
      {error ? <ErrorSummary error={error} /> : null}
      {printed ? <p role="status">{printed}</p> : null}
      <table className="data-table preview-list" aria-labelledby="preview-title">
        <thead>
          <tr>
            <th scope="col">Document</th>
            <th scope="col">Copy</th>
            <th scope="col">Draft</th>
            <th scope="col" className="cell--short">
              Looked at
            </th>
          </tr>
        </thead>
        <tbody>
          {documents.map((d) => (
            <tr key={d.stem} aria-current={d.stem === open?.stem ? 'true' : undefined}>
              <td>{d.title}</td>
              <td>{copyLabel(d)}</td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  aria-label={`Show ${previewName(d)}`}
                  onClick={() => void show(d.stem)}
                >
                  Show
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Download the draft of ${previewName(d)} as Word`}
                  onClick={() => void download(d.stem, 'docx')}
                >
                  Word
                </button>{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Print the draft of ${previewName(d)}`}
                  onClick={() => void print(d)}
                >
                  Print
                </button>
              </td>
              <td className="cell--short">
                <input
                  type="checkbox"
                  aria-label={`Looked at ${previewName(d)}`}
                  checked={lookedAt.has(d.stem)}
                  onChange={(e) => onLooked(d.stem, e.target.checked)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {current && open ? (
        <section className="preview-viewer" aria-labelledby="viewer-title">
          <h3 id="viewer-title" tabIndex={-1} ref={viewer}>
            Draft: {previewName(current)}
          </h3>
          {open.pdf ? (
            <PdfPages
              key={current.stem}
              pdf={open.pdf}
              name={previewName(current)}
              onLastPage={reachedEnd}
              onNextDocument={next ? () => void show(next.stem) : null}
              nextDocumentLabel="Next document"
            />
          ) : (
            <p role="status">Preparing the draft…</p>
          )}
          <button
            type="button"
            className="link-button"
            onClick={() => void download(current.stem, 'pdf')}
          >
            Download this draft (PDF)
          </button>
        </section>
      ) : null}
    </section>
  );
}
