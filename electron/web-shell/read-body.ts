// Reads a request body up to a byte limit, refusing larger ones without buffering them.
import type { IncomingMessage } from 'node:http';

export type BodyResult =
  { ok: true; text: string } | { ok: false; status: number; message: string };

export async function readBody(req: IncomingMessage, maxBytes: number): Promise<BodyResult> {
  const declared = Number(req.headers['content-length'] ?? '0');
  if (declared > maxBytes) {
    req.resume();
    return { ok: false, status: 413, message: 'The request was too large.' };
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      return { ok: false, status: 413, message: 'The request was too large.' };
    }
    chunks.push(chunk);
  }
  const bytes = Buffer.concat(chunks);
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, status: 400, message: 'The request was not valid text.' };
  }
}
