// Reads a request body up to a byte limit, then parses it by content type.
import type { IncomingMessage } from 'node:http';

export type ReadBody =
  | { kind: 'empty' }
  | { kind: 'too-large'; limit: number }
  | { kind: 'bytes'; text: string }
  /** The bodies being read together hold the whole budget: this one is refused, to bound memory. */
  | { kind: 'over-budget' }
  /** The client went away before the body ended: there is no one to answer. */
  | { kind: 'aborted' };

/** The bytes of request bodies held at once by one server, and how many it may hold. */
export interface BodyBudget {
  used: number;
  readonly limit: number;
}

export function readBody(request: IncomingMessage, limit: number, budget: BodyBudget): Promise<ReadBody> {
  return new Promise((resolve) => {
    const declared = Number(request.headers['content-length']);
    if (declared > limit) {
      request.resume();
      resolve({ kind: 'too-large', limit });
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const settle = (result: ReadBody) => {
      if (settled) return;
      settled = true;
      budget.used -= size;
      request.removeAllListeners('data');
      if (result.kind !== 'bytes' && result.kind !== 'empty') request.resume();
      resolve(result);
    };
    request.on('data', (chunk: Buffer) => {
      if (size + chunk.length > limit) return settle({ kind: 'too-large', limit });
      if (budget.used + chunk.length > budget.limit) return settle({ kind: 'over-budget' });
      size += chunk.length;
      budget.used += chunk.length;
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (size === 0) settle({ kind: 'empty' });
      else settle({ kind: 'bytes', text: (chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks)).toString('utf8') });
    });
    // A client that leaves mid-body (or a request timed out) releases what it held.
    request.on('error', () => settle({ kind: 'aborted' }));
    request.on('close', () => settle({ kind: 'aborted' }));
  });
}

export type ParsedBody = { ok: true; value: unknown } | { ok: false; message: string };

/** The media type without parameters, lower-cased: `application/json; charset=utf-8` is `application/json`. */
export function mediaTypeOf(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** Deeper JSON than any operation's schema describes: refused before parsing, so no answer must echo it. */
export const MOST_NESTING = 64;

/** How deeply arrays and objects nest in JSON text, read without parsing it (strings skipped). */
function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c)
        index++; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (code === 0x5d || code === 0x7d) depth--;
  }
  return deepest;
}

export function parseBody(text: string, mediaType: string): ParsedBody {
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { ok: true, value: Object.fromEntries(new URLSearchParams(text)) };
  }
  if (nestingDepth(text) > MOST_NESTING) {
    return { ok: false, message: `nests arrays or objects deeper than ${MOST_NESTING} levels` };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `is not valid JSON (${(error as Error).message})` };
  }
}
