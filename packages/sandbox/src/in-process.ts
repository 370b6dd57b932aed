// The stateful sandbox with no port: a `fetch` function that a client takes as
// its `fetch` option, for unit tests that start no server, the way
// openapi-fetch users use MSW. Requests go through the same pipeline as over
// HTTP (validation, roles, state, faults, journal); light-my-request plays the
// socket, so nothing listens and nothing leaves the process.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { inject } from 'light-my-request';
import { controlsOf, createSandboxParts, type SandboxControls, type SandboxOptions } from './index.js';
import type { ApiName } from './spec/load.js';
import { basePathOf } from './spec/operations.js';

export interface InProcessSandbox extends SandboxControls {
  api: ApiName;
  /** A base URL for clients (`http://nexudus.sandbox.test`); only its path reaches the sandbox. */
  url: string;
  /** Answers a request as the sandbox would over HTTP. A dropped or truncated answer (a fault) rejects, as fetch does. */
  fetch(input: string | URL | Request, init?: RequestInit): Promise<Response>;
  close(): void;
}

const NO_BODY_STATUSES = new Set([101, 204, 205, 304]);

export function createSandboxFetch(options: Omit<SandboxOptions, 'port' | 'host'>): InProcessSandbox {
  const { doc, store, admin, listener } = createSandboxParts(options);
  const origin = `http://${options.api}.sandbox.test`;

  async function sandboxFetch(input: string | URL | Request, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    request.signal.throwIfAborted();
    const url = new URL(request.url);
    const payload = request.body ? Buffer.from(await request.arrayBuffer()) : undefined;
    const answered = inject(
      (incoming: IncomingMessage, outgoing: ServerResponse) => {
        // Links in answers (Popsell's paging) are built on the URL the client used.
        (incoming as IncomingMessage & { inProcessOrigin: string }).inProcessOrigin = url.origin;
        listener(incoming, outgoing);
      },
      {
        method: request.method as 'GET',
        url: `${url.pathname}${url.search}`,
        headers: Object.fromEntries(request.headers),
        ...(payload ? { payload } : {}),
        remoteAddress: '127.0.0.1',
      },
    );
    const aborted = new Promise<never>((_, reject) =>
      request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true }),
    );
    let response: Awaited<typeof answered>;
    try {
      response = await Promise.race([answered, aborted]);
    } catch (error) {
      if (request.signal.aborted) throw request.signal.reason;
      // What fetch throws when the connection drops mid-answer.
      throw new TypeError('fetch failed', { cause: error });
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers))
      for (const one of [value].flat()) if (one !== undefined) headers.append(name, String(one));
    const empty = NO_BODY_STATUSES.has(response.statusCode) || request.method === 'HEAD';
    return new Response(empty ? null : new Uint8Array(response.rawPayload), { status: response.statusCode, headers });
  }

  return {
    ...controlsOf(admin),
    api: options.api,
    url: `${origin}${basePathOf(doc)}`,
    fetch: sandboxFetch,
    close: () => store.close(),
  };
}
