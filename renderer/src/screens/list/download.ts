// Saves text the main side produced (CSV, XML) as a download: a Blob behind a temporary link, clicked once.
// The browser shell downloads it; the Electron shell cancels every download (security.ts), so there the
// export needs a save-dialog channel like documents.export (not built yet). Rule source: docs/list.md (exports).

/** Starts a download of `text` named `filename`; the object URL is released straight after. */
export function downloadText(filename: string, mediaType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mediaType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or some engines cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
