// Test helper: a real sandbox on a free loopback port, and a request function
// that checks every answer against the spec's contract for its operation.
import { afterAll, beforeAll, expect } from 'vitest';
import { responseContract, startSandbox, type Sandbox, type SandboxOptions } from '../index.js';
import { loadSpec } from '../spec/load.js';
import { basePathOf } from '../spec/operations.js';

export interface Call {
  auth?: { basic: [string, string] } | { bearer: string };
  json?: unknown;
  form?: Record<string, string>;
  body?: string;
  headers?: Record<string, string>;
  query?: string;
  path?: Record<string, string | number>;
}

export interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

export const ADMIN = { basic: ['admin@example.com', 'sandbox'] as [string, string] };
export const POPSELL = { bearer: 'sandbox-token' };

function operationRoute(api: SandboxOptions['api'], operationId: string) {
  for (const [path, item] of Object.entries<any>(loadSpec(api).paths)) {
    for (const [method, operation] of Object.entries<any>(item)) if (operation?.operationId === operationId) return { method: method.toUpperCase(), path };
  }
  throw new Error(`no operation ${operationId} in the ${api} spec`);
}

export async function send(sandbox: Sandbox, method: string, path: string, call: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.auth && 'basic' in call.auth) headers.authorization = `Basic ${Buffer.from(call.auth.basic.join(':')).toString('base64')}`;
  if (call.auth && 'bearer' in call.auth) headers.authorization = `Bearer ${call.auth.bearer}`;
  let body = call.body;
  if (call.json !== undefined) {
    body = JSON.stringify(call.json);
    headers['content-type'] ??= 'application/json';
  }
  if (call.form) {
    body = new URLSearchParams(call.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  const origin = new URL(sandbox.url).origin;
  const response = await fetch(`${origin}${path}${call.query ? `?${call.query}` : ''}`, { method, headers, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined };
}

/** Calls an operation by its operationId and checks the answer against the spec. */
export async function call(sandbox: Sandbox, operationId: string, request: Call = {}): Promise<Answer> {
  const route = operationRoute(sandbox.api, operationId);
  const path = basePathOf(loadSpec(sandbox.api)) + route.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(request.path?.[name])));
  const answer = await send(sandbox, route.method, path, request);
  const check = responseContract(sandbox.api)(operationId, answer.status, answer.body, answer.headers.get('content-type') ?? undefined);
  expect(check.problems, `${operationId} ${answer.status} ${JSON.stringify(answer.body)}`).toEqual([]);
  return answer;
}

/** A sandbox for the tests of one file, started before them and closed after. */
export function useSandbox(options: SandboxOptions) {
  const holder = {} as { current: Sandbox };
  beforeAll(async () => {
    holder.current = await startSandbox({ port: 0, ...options });
  });
  afterAll(() => holder.current.close());
  return () => holder.current;
}
