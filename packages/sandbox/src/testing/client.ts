// `@chatapi/sandbox/testing`: call a running sandbox by operationId over real
// HTTP, and have every answer checked against the spec's contract for that
// operation and status. Test-runner agnostic: a broken contract throws.
import { responseContract } from '../spec/contract.js';
import { type ApiName, loadSpec, operationsById } from '../spec/load.js';
import { basePathOf } from '../spec/operations.js';
import type { SchemaChecked } from '../spec/schema-checked.js';

/** What `call` needs of a sandbox: which API it serves and its base URL. */
export interface Target {
  api: ApiName;
  url: string;
}

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
  body: SchemaChecked;
  headers: Headers;
}

/** The demo credentials: Nexudus full administrator (Basic) and Popsell's token for brand 3. */
export const ADMIN = { basic: ['admin@example.com', 'sandbox'] as [string, string] };
export const POPSELL = { bearer: 'sandbox-token' };

export class ContractError extends Error {
  constructor(
    readonly operationId: string,
    readonly answer: Answer,
    readonly problems: string[],
  ) {
    super(
      `${operationId} answered ${answer.status} against its contract: ${problems.join('; ')}\n${JSON.stringify(answer.body)}`,
    );
    this.name = 'ContractError';
  }
}

/** Throws a ContractError unless the answer is one the spec documents for the operation. */
export function assertContract(api: ApiName, operationId: string, answer: Answer) {
  const check = responseContract(api)(
    operationId,
    answer.status,
    answer.body,
    answer.headers.get('content-type') ?? undefined,
  );
  if (!check.ok) throw new ContractError(operationId, answer, check.problems);
}

export function operationRoute(api: ApiName, operationId: string) {
  const operation = operationsById(api).get(operationId);
  if (!operation) throw new Error(`no operation ${operationId} in the ${api} spec`);
  return operation;
}

export async function send(sandbox: Target, method: string, path: string, call: Call = {}): Promise<Answer> {
  const headers: Record<string, string> = { ...call.headers };
  if (call.auth && 'basic' in call.auth)
    headers.authorization = `Basic ${Buffer.from(call.auth.basic.join(':')).toString('base64')}`;
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
export async function call(sandbox: Target, operationId: string, request: Call = {}): Promise<Answer> {
  const route = operationRoute(sandbox.api, operationId);
  const path =
    basePathOf(loadSpec(sandbox.api)) +
    route.path.replace(/\{([^}]+)\}/g, (_m, name: string) => encodeURIComponent(String(request.path?.[name])));
  const answer = await send(sandbox, route.method, path, request);
  assertContract(sandbox.api, operationId, answer);
  return answer;
}

export { sandboxControls } from './controls.js';
