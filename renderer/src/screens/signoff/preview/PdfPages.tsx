// One draft document, page by page: the page drawn on a canvas with an accessible name ("<document>, page 2 of
// 3"), previous/next page and next document by button or key, and the page's text for screen-reader users.
import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';

import type { PdfDocument } from './pdf-document';
import { drawPage, pageText } from './pdf-document';

export function PdfPages({
  pdf,
  name,
  onLastPage,
  onNextDocument,
  nextDocumentLabel,
}: {
  pdf: PdfDocument;
  /** What the document is, e.g. "Conference record: …"; the page's accessible name adds "page n of m". */
  name: string;
  /** Called once the chair has reached the last page. */
  onLastPage: () => void;
  onNextDocument: (() => void) | null;
  nextDocumentLabel: string;
}) {
  const [page, setPage] = useState(1);
  const [text, setText] = useState('');
  const [drawError, setDrawError] = useState<string | null>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const frame = useRef<HTMLDivElement>(null);
  const textId = useId();
  const pages = pdf.numPages;

  useEffect(() => {
    let current = true;
    const target = canvas.current;
    if (!target) {
      return;
    }
    const width = Math.min(frame.current?.clientWidth ?? 800, 820) - 4;
    setDrawError(null);
    void Promise.all([drawPage(pdf, page, target, width), pageText(pdf, page)])
      .then(([, t]) => {
        if (current) {
          setText(t);
        }
      })
      .catch(() => {
        if (current) {
          setDrawError(`Page ${page} could not be shown. Download the draft to read it.`);
        }
      });
    if (page === pages) {
      onLastPage();
    }
    return () => {
      current = false;
    };
  }, [pdf, page, pages, onLastPage]);

  const go = (n: number) => setPage(Math.min(pages, Math.max(1, n)));
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowRight' || e.key === 'PageDown') {
      e.preventDefault();
      go(page + 1);
    } else if (e.key === 'ArrowLeft' || e.key === 'PageUp') {
      e.preventDefault();
      go(page - 1);
    } else if ((e.key === 'n' || e.key === 'N') && onNextDocument) {
      e.preventDefault();
      onNextDocument();
    }
  };
  const label = `${name}, page ${page} of ${pages}`;
  return (
    <div className="pdf-pages">
      <div className="pdf-pages__bar" role="group" aria-label="Pages">
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={page <= 1}
          aria-keyshortcuts="ArrowLeft PageUp"
          onClick={() => go(page - 1)}
        >
          Previous page
        </button>
        <span aria-live="polite">
          Page {page} of {pages}
        </span>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={page >= pages}
          aria-keyshortcuts="ArrowRight PageDown"
          onClick={() => go(page + 1)}
        >
          Next page
        </button>
        {onNextDocument ? (
          <button
            type="button"
            className="button button--secondary button--small"
            aria-keyshortcuts="N"
            onClick={onNextDocument}
          >
            {nextDocumentLabel}
          </button>
        ) : null}
      </div>
      <p className="hint">
        With the page selected: arrow keys or Page Up and Page Down turn the page; N opens the next
        document.
      </p>
      {drawError ? <p className="error-message">{drawError}</p> : null}
      <div className="pdf-pages__frame" ref={frame}>
        <canvas
          ref={canvas}
          // The page is a picture with a name, and takes focus so the keys above turn it.
          // eslint-disable-next-line jsx-a11y/no-interactive-element-to-noninteractive-role
          role="img"
          aria-label={label}
          aria-describedby={textId}
          tabIndex={0}
          onKeyDown={onKey}
        />
      </div>
      <details className="pdf-pages__text">
        <summary>Text of page {page}</summary>
        <pre id={textId}>{text}</pre>
      </details>
    </div>
  );
}
