// The admin API over HTTP, under /__sandbox/ beside the vendor's paths, for
// tests in other processes and other languages. It answers loopback clients
// only, and its own JSON (`{error, problems}`), not a vendor's format.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type BodyBudget, readBody } from '../http/body.js';
import { AdminError, type SandboxAdmin } from './admin.js';
import type { FaultSpec } from './faults.js';
import type { JournalFilter } from './journal.js';

export const ADMIN_PREFIX = '/__sandbox/';

// Large enough for a bulk import of some hundred thousand records; import more in several calls.
const ADMIN_MAX_BODY_BYTES = 64 * 1024 * 1024;

const isLoopback = (address: string | undefined) =>
  address !== undefined && (/^127\./.test(address) || address === '::1' || /^::ffff:127\./.test(address));

function reply(response: ServerResponse, status: number, body?: unknown) {
  const payload = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, {
    'content-length': Buffer.byteLength(payload),
    ...(payload ? { 'content-type': 'application/json; charset=utf-8' } : {}),
  });
  response.end(payload);
}

async function jsonBody(request: IncomingMessage, budget: BodyBudget): Promise<Record<string, unknown>> {
  const read = await readBody(request, ADMIN_MAX_BODY_BYTES, budget);
  if (read.kind === 'empty') return {};
  if (read.kind !== 'bytes') throw new AdminError(400, `the body was not read: ${read.kind}`);
  let value: unknown;
  try {
    value = JSON.parse(read.text);
  } catch {
    throw new AdminError(400, 'the body is not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new AdminError(400, 'the body is not a JSON object');
  return value as Record<string, unknown>;
}

function journalFilter(search: URLSearchParams): JournalFilter {
  const number = (name: string) => {
    const value = search.get(name);
    if (value === null) return undefined;
    if (!/^\d+$/.test(value)) throw new AdminError(400, `${name} must be a whole number`);
    return Number(value);
  };
  return {
    method: search.get('method') ?? undefined,
    operationId: search.get('operationId') ?? undefined,
    path: search.get('path') ?? undefined,
    status: number('status'),
    after: number('after'),
  };
}

/** Answers a request under ADMIN_PREFIX. */
export async function handleAdmin(
  admin: SandboxAdmin,
  request: IncomingMessage,
  response: ServerResponse,
  budget: BodyBudget,
) {
  try {
    if (!isLoopback(request.socket.remoteAddress))
      throw new AdminError(403, 'the admin API answers loopback clients only');
    const url = new URL(request.url ?? '/', 'http://sandbox');
    const [resource, name, action] = url.pathname.slice(ADMIN_PREFIX.length).split('/').map(decodeURIComponent);
    const route = `${request.method} ${resource}${name === undefined ? '' : '/:name'}${action ? `/${action}` : ''}`;
    switch (route) {
      case 'POST reset': {
        const { seed } = await jsonBody(request, budget);
        // Only the named seeds: a path would let any local page read a file into the sandbox.
        if (seed !== undefined && seed !== 'demo' && seed !== 'empty')
          throw new AdminError(400, 'seed must be demo or empty');
        const started = performance.now();
        await admin.reset(seed as 'demo' | 'empty' | undefined);
        return reply(response, 200, { reset: true, ms: Math.round((performance.now() - started) * 10) / 10 });
      }
      case 'GET snapshots':
        return reply(response, 200, { snapshots: admin.snapshots() });
      case 'PUT snapshots/:name':
        await admin.snapshot(name!);
        return reply(response, 201, { snapshot: name });
      case 'POST snapshots/:name/restore':
        await admin.restore(name!);
        return reply(response, 200, { restored: name });
      case 'DELETE snapshots/:name':
        if (!admin.deleteSnapshot(name!)) throw new AdminError(404, `no snapshot named ${name}`);
        return reply(response, 204);
      case 'POST import':
        return reply(response, 200, { imported: await admin.import(await jsonBody(request, budget)) });
      case 'GET journal':
        return reply(response, 200, { entries: admin.journal.entries(journalFilter(url.searchParams)) });
      case 'DELETE journal':
        admin.journal.clear();
        return reply(response, 204);
      case 'GET faults':
        return reply(response, 200, { faults: admin.faults.list() });
      case 'POST faults':
        return reply(response, 201, {
          fault: admin.addFault((await jsonBody(request, budget)) as unknown as FaultSpec),
        });
      case 'DELETE faults':
        admin.faults.remove();
        return reply(response, 204);
      case 'DELETE faults/:name':
        if (!admin.faults.remove(Number(name))) throw new AdminError(404, `no fault ${name}`);
        return reply(response, 204);
      default:
        throw new AdminError(404, `no admin route ${request.method} ${url.pathname}; see the sandbox README`);
    }
  } catch (error) {
    if (!(error instanceof AdminError)) throw error;
    request.resume();
    reply(response, error.status, { error: error.message, ...(error.problems ? { problems: error.problems } : {}) });
  }
}
