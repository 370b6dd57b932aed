// A small HTTP server that misbehaves on cue, for client tests: each request
// takes the next fault of the script; when the script runs out, `fallback`
// answers (by default, forwarding to a real server such as the sandbox).
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Fault =
  /** Close the connection without answering (the client sees a reset). */
  | { reset: true }
  /** Wait, then behave as `after` (by default, as the fallback). */
  | { delayMs: number; after?: Fault }
  /** A plain answer; `json` is serialized with a JSON content type. */
  | { status: number; headers?: Record<string, string>; json?: unknown; body?: string }
  /** An HTML error page, as a proxy or load balancer sends. */
  | { html: number }
  /** A JSON body cut off mid-way: the content-length promises more than is sent. */
  | { truncatedJson: unknown; status?: number }
  /** Forward the request to a real server and relay its answer. */
  | { forwardTo: string };

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface FaultServer {
  url: string;
  /** Every request received, in order. */
  requests: RecordedRequest[];
  close(): Promise<void>;
}

async function forward(target: string, request: RecordedRequest, response: ServerResponse) {
  const { host: _host, connection: _connection, 'content-length': _length, ...headers } = request.headers;
  const answer = await fetch(new URL(request.url, target), {
    method: request.method,
    headers: headers as Record<string, string>,
    body: request.body === '' ? undefined : request.body,
  });
  const body = Buffer.from(await answer.arrayBuffer());
  response.writeHead(answer.status, { ...Object.fromEntries(answer.headers), 'content-length': body.length });
  response.end(body);
}

export async function startFaultServer(script: Fault[], { fallback }: { fallback?: Fault } = {}): Promise<FaultServer> {
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const queue = [...script];

  const act = async (fault: Fault | undefined, request: RecordedRequest, response: ServerResponse): Promise<void> => {
    if (!fault)
      return act(
        { status: 500, json: { message: 'fault server: script exhausted and no fallback' } },
        request,
        response,
      );
    if ('reset' in fault) return void response.socket?.destroy();
    if ('delayMs' in fault) {
      await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      return act(fault.after ?? fallback, request, response);
    }
    if ('forwardTo' in fault) return forward(fault.forwardTo, request, response);
    if ('html' in fault) {
      const page = `<!DOCTYPE html><html><head><title>${fault.html} Error</title></head><body><h1>${fault.html}</h1><p>Upstream unavailable.</p></body></html>`;
      response.writeHead(fault.html, {
        'content-type': 'text/html; charset=utf-8',
        'content-length': Buffer.byteLength(page),
      });
      return void response.end(page);
    }
    if ('truncatedJson' in fault) {
      const whole = JSON.stringify(fault.truncatedJson);
      response.writeHead(fault.status ?? 200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(whole),
      });
      response.write(whole.slice(0, Math.max(1, Math.floor(whole.length / 2))));
      return void setTimeout(() => response.socket?.destroy(), 10);
    }
    const body = fault.json === undefined ? (fault.body ?? '') : JSON.stringify(fault.json);
    response.writeHead(fault.status, {
      ...(fault.json === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      'content-length': Buffer.byteLength(body),
      ...fault.headers,
    });
    response.end(body);
  };

  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request = {
        method: incoming.method ?? 'GET',
        url: incoming.url ?? '/',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      act(queue.length ? queue.shift() : fallback, request, response).catch(() => response.socket?.destroy());
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
