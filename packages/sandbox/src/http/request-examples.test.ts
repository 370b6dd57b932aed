// Every request example of both specs, sent as written to a freshly reset
// demo sandbox, gets the status its operation documents for success: the
// examples are what readers copy, so each must work. A GET's query parameter
// examples are sent one at a time. Path parameters take their examples.
import { operationsOf } from '@chatapi/specs/catalogue';
import { describe, expect, it } from 'vitest';
import { API_NAMES, type ApiName, loadSpec } from '../index.js';
import { basePathOf } from '../spec/operations.js';
import { useSandbox } from '../testing/vitest.js';

// The demo credentials of a user who may call every operation.
const CREDENTIALS: Record<ApiName, Record<string, string>> = {
  nexudus: { authorization: `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}` },
  popsell: { authorization: 'Bearer sandbox-token' },
};

interface ExampleRequest {
  name: string;
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  body?: string;
  contentType?: string;
  status: number;
}

type Json = Record<string, any>;

function exampleOf(holder: Json): unknown {
  if (holder.example !== undefined) return holder.example;
  const first = Object.values<Json>(holder.examples ?? {})[0];
  return first?.value;
}

function formEncode(value: Json): string {
  return new URLSearchParams(Object.entries(value).map(([key, field]) => [key, String(field)])).toString();
}

function exampleRequests(api: ApiName): ExampleRequest[] {
  const doc = loadSpec(api);
  const requests: ExampleRequest[] = [];
  for (const { path: route, method, operation, parameters } of operationsOf<Json, Json>(doc)) {
    const status = Number(Object.keys(operation.responses).find((code) => /^2\d\d$/.test(code)));
    let path = route;
    const headers: Record<string, string> = {};
    for (const parameter of parameters) {
      const value = exampleOf(parameter);
      if (parameter.in === 'path') path = path.replace(`{${parameter.name}}`, encodeURIComponent(String(value)));
      if (parameter.in === 'header') headers[parameter.name.toLowerCase()] = String(value);
    }
    const base = { method: method.toUpperCase(), path, headers, status, query: '' };
    const label = `${operation.operationId} (${method.toUpperCase()} ${route})`;
    const content: Json = operation.requestBody?.content ?? {};
    const bodies = Object.entries<Json>(content).flatMap(([contentType, media]) =>
      Object.entries<Json>(media.examples ?? {}).map(([exampleName, example]) => ({
        name: `${label} body example "${exampleName}"`,
        contentType,
        body: contentType.includes('json') ? JSON.stringify(example.value) : formEncode(example.value),
      })),
    );
    if (bodies.length) {
      for (const body of bodies) requests.push({ ...base, ...body });
      continue;
    }
    requests.push({ ...base, name: label });
    for (const parameter of parameters.filter((candidate) => candidate.in === 'query')) {
      const value = exampleOf(parameter);
      if (value === undefined) continue;
      requests.push({
        ...base,
        name: `${label} with the example of ${parameter.name}`,
        query: `?${encodeURIComponent(parameter.name)}=${encodeURIComponent(String(value))}`,
      });
    }
  }
  return requests;
}

describe.each(API_NAMES)('%s: every request example of the spec', (api) => {
  const sandbox = useSandbox({ api, seed: 'demo', strict: false });
  const origin = () => new URL(sandbox().url).origin + basePathOf(loadSpec(api));

  for (const request of exampleRequests(api)) {
    it(request.name, async () => {
      await sandbox().reset();
      const response = await fetch(origin() + request.path + request.query, {
        method: request.method,
        headers: {
          ...CREDENTIALS[api],
          ...request.headers,
          ...(request.contentType ? { 'content-type': request.contentType } : {}),
        },
        body: request.body,
      });
      expect(`${response.status} ${await response.text()}`).toMatch(new RegExp(`^${request.status} `));
    });
  }
});
