// Reads a request body up to a byte limit, then parses it by content type.
import type { IncomingMessage } from 'node:http';

export type ReadBody = { kind: 'empty' } | { kind: 'too-large'; limit: number } | { kind: 'bytes'; text: string };

export function readBody(request: IncomingMessage, limit: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const declared = Number(request.headers['content-length']);
    if (declared > limit) {
      request.resume();
      resolve({ kind: 'too-large', limit });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve({ kind: 'too-large', limit });
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (size === 0) resolve({ kind: 'empty' });
      else
        resolve({ kind: 'bytes', text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8') });
    });
    request.on('error', reject);
  });
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; message: string };

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` is `application/json`. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

export function parseBody(text: string, mediaType: string): ParsedBody {
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}
