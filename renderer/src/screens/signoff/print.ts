// Print one PDF, the exact bytes the services load (docs/decisions/0015-print-route.md). The desktop app prints
// in the main process (a hidden window and the system dialog). The browser shell answers with a one-time address
// of the app; the PDF is loaded there in a hidden frame of this page and that frame's print() opens Chromium's
// print dialog for the PDF itself.
import type { Input } from '../../../../shared/ipc/contract';
import type { AppError } from '../../../../shared/ipc/result';
import { invoke } from '../../api/client';

export type PrintRequest =
  | { kind: 'signed'; input: Input<'documents.print'> }
  | { kind: 'draft'; input: Input<'documents.printDraft'> };

/** A frame that has not loaded the PDF in this time is given up on. */
const LOAD_TIMEOUT_MS = 30_000;
const FRAME_CLASS = 'print-frame';

const failed = (message: string): AppError => ({ code: 'INTERNAL', message });

/** Loads a print address in the one hidden print frame (replacing any earlier one) and prints it. */
export function printInFrame(path: string, doc: Document = document): Promise<null | AppError> {
  doc.querySelectorAll(`iframe.${FRAME_CLASS}`).forEach((f) => f.remove());
  const frame = doc.createElement('iframe');
  frame.className = FRAME_CLASS;
  frame.title = 'Document being printed';
  frame.tabIndex = -1;
  frame.setAttribute('aria-hidden', 'true');
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      frame.remove();
      resolve(failed('The document did not open for printing. Choose Print again.'));
    }, LOAD_TIMEOUT_MS);
    frame.addEventListener('load', () => {
      clearTimeout(timer);
      const win = frame.contentWindow;
      // A used or expired address loads a short text page, never the PDF: do not print that.
      if (!win || frame.contentDocument?.contentType !== 'application/pdf') {
        frame.remove();
        resolve(failed('The document could not be opened for printing. Choose Print again.'));
        return;
      }
      // Keyboard focus stays on the button pressed, not in the hidden frame, when the dialog closes.
      const back = doc.activeElement;
      win.print();
      if (back instanceof HTMLElement && doc.activeElement !== back) {
        back.focus();
      }
      resolve(null);
    });
    frame.src = path;
    doc.body.append(frame);
  });
}

/** Prints a signed or draft PDF; a sentence for a status line, or the error to show. */
export async function printDocument(
  request: PrintRequest,
  title: string,
): Promise<string | AppError> {
  const r =
    request.kind === 'signed'
      ? await invoke('documents.print', request.input)
      : await invoke('documents.printDraft', request.input);
  if (!r.ok) {
    return r.error;
  }
  switch (r.value.kind) {
    case 'printed':
      return `Sent ${title} to the printer.`;
    case 'cancelled':
      return `${title} was not printed.`;
    case 'open': {
      const problem = await printInFrame(r.value.path);
      return problem ?? `Opened the print dialog for ${title}.`;
    }
  }
}
