// Moving bytes between the renderer and the user: reading a chosen file as base64, and a browser download of
// base64 bytes through a short-lived blob URL. Rule source: a download in the browser shell.

/** Base64 of a File's bytes (chunked, so large files do not overflow the argument list). */
export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** The bytes of a base64 string. */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) {
    bytes[i] = binary.charCodeAt(i);
  }
  return bytes;
}

/** Starts a download of base64 bytes under `fileName`; the blob URL is revoked straight after. */
export function downloadBase64(fileName: string, mediaType: string, base64: string): void {
  downloadBytes(fileName, mediaType, base64ToBytes(base64));
}

/** Starts a download of bytes under `fileName`; the blob URL is revoked straight after. */
export function downloadBytes(
  fileName: string,
  mediaType: string,
  bytes: Uint8Array<ArrayBuffer>,
): void {
  const url = URL.createObjectURL(new Blob([bytes], { type: mediaType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
