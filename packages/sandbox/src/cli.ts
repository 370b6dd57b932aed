#!/usr/bin/env node
// chatapi-sandbox: one API's sandbox from the command line.
import { parseArgs } from 'node:util';
import { apiOf } from '@chatapi/specs/catalogue';
import { API_NAMES, type ApiName, type CorsOrigins, type FaultSpec, type Seed, startSandbox } from './index.js';

const USAGE = `Usage: chatapi-sandbox --api nexudus|popsell [--port N] [--host H] [--seed demo|empty|FILE] [--data FILE]
                       [--max-body-bytes N] [--popsell-answer-form object|array] [--strict]
                       [--cors-origin ORIGIN ...] [--fault SPEC ...] [--journal-limit N]

  --api       which API to serve (required)
  --port      port to listen on (default 4010 for nexudus, 4011 for popsell; 0 picks a free one)
  --host      address to listen on (default 127.0.0.1)
  --seed      start from the demo data (default), from nothing (empty), or from a copy of a sandbox
              database FILE; ignored when --data names an existing database
  --data      keep the state in this SQLite database file across restarts (created with mode 0600; several
              sandboxes may share it); a JSON data file of sandbox 0.2 is converted in place
  --cors-origin  an origin a browser page may call from (repeat it for more), or * for any; without it,
              any loopback origin (http://localhost:5173, http://127.0.0.1:8080) may
  --fault     a fault for clients' retry logic, as comma-separated key=value pairs (repeat for more):
              kind=latency|rate-limit|error|drop|truncate, and operationId, times, rate (0 to 1), seed,
              latencyMs, retryAfterSeconds, status; e.g. --fault kind=rate-limit,rate=0.1,seed=7
  --journal-limit  how many requests the journal keeps for GET /__sandbox/journal (default 100; 0 none)
  --strict    refuse request fields and query parameters the API does not describe, with its validation
              error (the vendors drop them in silence); either way x-sandbox-ignored-* headers name them`;

function fail(message: string): never {
  process.stderr.write(`chatapi-sandbox: ${message}\n\n${USAGE}\n`);
  process.exit(2);
}

let values: Record<string, string | boolean | string[] | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      api: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string', default: '127.0.0.1' },
      seed: { type: 'string', default: 'demo' },
      data: { type: 'string' },
      'max-body-bytes': { type: 'string' },
      'popsell-answer-form': { type: 'string', default: 'object' },
      strict: { type: 'boolean', default: false },
      'cors-origin': { type: 'string', multiple: true },
      fault: { type: 'string', multiple: true },
      'journal-limit': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(`${USAGE}\n`);
  process.exit(0);
}
const api = values.api as ApiName;
if (!API_NAMES.includes(api)) fail(`--api must be one of ${API_NAMES.join(', ')}`);
if (values['popsell-answer-form'] !== 'object' && values['popsell-answer-form'] !== 'array')
  fail('--popsell-answer-form must be object or array');
const port = Number(values.port ?? apiOf(api).defaultPort);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be a number from 0 to 65535');
const journalLimit = values['journal-limit'] === undefined ? undefined : Number(values['journal-limit']);
if (journalLimit !== undefined && !(Number.isSafeInteger(journalLimit) && journalLimit >= 0))
  fail('--journal-limit must be a whole number');
const maxBodyBytes = values['max-body-bytes'] === undefined ? undefined : Number(values['max-body-bytes']);
if (maxBodyBytes !== undefined && !(maxBodyBytes > 0)) fail('--max-body-bytes must be a positive number');

/** `kind=rate-limit,rate=0.1,seed=7` as a fault spec; numbers as numbers. */
function faultSpec(text: string): FaultSpec {
  const spec: Record<string, string | number> = {};
  for (const pair of text.split(',')) {
    const [key, value] = pair.split('=');
    if (!key || value === undefined) fail(`--fault ${text}: each part is key=value`);
    spec[key.trim()] = /^-?\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value.trim();
  }
  return spec as unknown as FaultSpec;
}

function corsOrigins(given: string[] | undefined): CorsOrigins | undefined {
  if (given === undefined) return undefined;
  if (given.includes('*')) return '*';
  for (const origin of given)
    if (!/^https?:\/\/[^/\s]+\/?$/.test(origin))
      fail(`--cors-origin ${origin} is not an origin such as http://localhost:5173`);
  return given;
}

try {
  const sandbox = await startSandbox({
    api,
    port,
    host: values.host as string,
    seed: values.seed as Seed,
    dataFile: values.data as string | undefined,
    maxBodyBytes,
    popsellAnswerForm: values['popsell-answer-form'] as 'object' | 'array',
    strict: values.strict as boolean,
    journalLimit,
    corsOrigins: corsOrigins(values['cors-origin'] as string[] | undefined),
  });
  for (const text of (values.fault as string[] | undefined) ?? []) {
    try {
      await sandbox.fault(faultSpec(text));
    } catch (error) {
      await sandbox.close();
      fail(`--fault ${text}: ${(error as Error).message}`);
    }
  }
  process.stdout.write(`${api} sandbox listening on ${sandbox.url}\n`);
  const stop = () => sandbox.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (error) {
  // A refused data file or a busy port: the message says what to do; the usage would only bury it.
  process.stderr.write(`chatapi-sandbox: ${(error as Error).message}\n`);
  process.exit(2);
}
