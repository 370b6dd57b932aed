#!/usr/bin/env node
// Requests per second and latency of @chatapi/sandbox against Prism's mock
// server on the same bundled spec, same machine, same run, and against the
// physical limit: a bare node:http server answering the sandbox's own bytes
// (bare-server.js). Each runs as its own process on 127.0.0.1; the sandbox
// and Prism validate requests; autocannon drives each for a fixed time with
// 50 connections. Prints the figures and the ratios.
//
//   pnpm --filter @chatapi/bench sandbox-vs-prism [-- --seconds 10]
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '8' }, connections: { type: 'string', default: '50' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const require = createRequire(import.meta.url);
const spec = require.resolve('@chatapi/specs/nexudus.openapi.yaml');
const sandboxCli = path.join(path.dirname(require.resolve('@chatapi/sandbox/package.json')), 'dist/cli.js');
const prismCli = path.join(path.dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');

const AUTH = `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}`;
const SCENARIOS = [
  {
    name: 'GET a chat room by Id',
    method: 'GET',
    path: '/api/support/chatrooms/1234567',
    headers: { authorization: AUTH },
  },
  {
    name: 'search, 25 a page',
    method: 'GET',
    path: '/api/support/chatrooms?size=25&orderby=Name&ChatRoom_Active=true',
    headers: { authorization: AUTH },
  },
  {
    name: 'POST a chat room (body validated)',
    method: 'POST',
    path: '/api/support/chatrooms',
    headers: { authorization: AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ BusinessId: 12345678, Name: 'Bench', Active: true, Users: [1, 2] }),
  },
];

async function startServer(name, args, port) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with ${child.exitCode}`);
    try {
      await fetch(`http://127.0.0.1:${port}/api/support/chatrooms/1234567`, { headers: { authorization: AUTH } });
      return child;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  child.kill();
  throw new Error(`${name} did not start within 60 s`);
}

async function measure(port, scenario) {
  const target = {
    url: `http://127.0.0.1:${port}${scenario.path}`,
    method: scenario.method,
    headers: scenario.headers,
    body: scenario.body,
  };
  await autocannon({ ...target, connections, duration: 2 }); // warm-up
  const result = await autocannon({ ...target, connections, duration: seconds });
  const bad = result.non2xx + result.errors + result.timeouts;
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    bad,
  };
}

async function run(name, args, port, before = async () => {}) {
  const child = await startServer(name, args, port);
  const results = [];
  try {
    await before();
    for (const scenario of SCENARIOS) results.push(await measure(port, scenario));
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
  }
  return results;
}

/** Each scenario's answer from the sandbox, as bytes the bare server can repeat. */
async function recordAnswers(port) {
  const answers = {};
  for (const scenario of SCENARIOS) {
    const response = await fetch(`http://127.0.0.1:${port}${scenario.path}`, {
      method: scenario.method,
      headers: scenario.headers,
      body: scenario.body,
    });
    const body = await response.text();
    const headers = {
      'content-type': response.headers.get('content-type'),
      'content-length': String(Buffer.byteLength(body)),
    };
    answers[`${scenario.method} ${scenario.path}`] = { status: response.status, headers, body };
  }
  const file = `${mkdtempSync(path.join(os.tmpdir(), 'bare-answers-'))}/answers.json`;
  writeFileSync(file, JSON.stringify(answers));
  return file;
}

console.log(
  `sandbox vs Prism: ${connections} connections, ${seconds} s per scenario, Node ${process.version}, 127.0.0.1\n`,
);
let answersFile;
const sandbox = await run(
  'sandbox',
  [sandboxCli, '--api', 'nexudus', '--port', '4610', '--seed', 'demo'],
  4610,
  async () => {
    answersFile = await recordAnswers(4610);
  },
);
const bare = await run('bare node:http', [path.join(import.meta.dirname, 'bare-server.js'), '4612', answersFile], 4612);
const prism = await run(
  'prism',
  [prismCli, 'mock', spec, '--host', '127.0.0.1', '--port', '4611', '--errors', 'false'],
  4611,
);

const rows = SCENARIOS.map((scenario, i) => ({
  scenario: scenario.name,
  'sandbox req/s': Math.round(sandbox[i].rps),
  'prism req/s': Math.round(prism[i].rps),
  ratio: +(sandbox[i].rps / prism[i].rps).toFixed(1),
  'bare node:http req/s': Math.round(bare[i].rps),
  'vs bare': +(sandbox[i].rps / bare[i].rps).toFixed(2),
  'sandbox p99 ms': sandbox[i].p99,
  'prism p99 ms': prism[i].p99,
  'sandbox non-2xx/errors': sandbox[i].bad,
  'prism non-2xx/errors': prism[i].bad,
}));
console.table(rows);
const worst = Math.min(...rows.map((row) => row.ratio));
const worstP99 = Math.max(...sandbox.map((result) => result.p99));
const getVsBare = rows[0]['vs bare'];
console.log(
  `\nlowest throughput ratio to Prism ${worst}x (target >= 10x); GET by Id ${getVsBare}x the bare node:http server (target >= 0.75x); sandbox worst p99 ${worstP99} ms (target < 10 ms)`,
);
process.exitCode = worst >= 10 && getVsBare >= 0.75 && worstP99 < 10 ? 0 : 1;
