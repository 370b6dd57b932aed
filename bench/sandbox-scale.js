#!/usr/bin/env node
// How @chatapi/sandbox holds up as its data grows: GET by Id, a filtered
// search, a sorted search and a create, at 1k, 100k and 1M chat rooms and at
// 1M chat user messages, in memory and with a --data file; with start time
// and RSS, and token throughput before and after 10,000 tokens. Each
// sandbox runs as its own process on 127.0.0.1, driven by autocannon. The
// targets are ratios to the same scenario at 1k, measured in the same run.
//
//   pnpm --filter @chatapi/bench sandbox-scale [-- --seconds 4 --sizes 1000,100000,1000000]
//
// Fixtures are built once, as a JSON data file the sandbox converts, and kept
// in bench/.data (git ignores it) for later runs.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '4' },
    connections: { type: 'string', default: '20' },
    sizes: { type: 'string', default: '1000,100000,1000000' },
    messages: { type: 'string', default: '1000000' },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const sizes = values.sizes.split(',').map(Number);
const require = createRequire(import.meta.url);
const cli = path.join(path.dirname(require.resolve('@chatapi/sandbox/package.json')), 'dist/cli.js');
const dataDir = fileURLToPath(new URL('.data/', import.meta.url));
mkdirSync(dataDir, { recursive: true });
const AUTH = `Basic ${Buffer.from('admin@example.com:sandbox').toString('base64')}`;
const PORT = 4620;

const ENTITIES = {
  rooms: {
    label: 'chat rooms',
    stateKey: 'chatRooms',
    record: (n) => ({
      Id: n,
      BusinessId: n % 1000,
      Name: `Room ${n}`,
      Active: n % 2 === 0,
      LastAgentVisit: n % 3 ? null : time(n),
      Users: [n % 5000],
      SystemId: null,
      UniqueId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      CreatedOn: time(n),
      UpdatedOn: time(n + 60),
      UpdatedBy: 'System',
    }),
    scenarios: (size) => [
      ['GET by Id', 'GET', `/api/support/chatrooms/${Math.ceil(size / 2)}`],
      ['search ChatRoom_Name=Room 5', 'GET', '/api/support/chatrooms?ChatRoom_Name=Room%205'],
      ['search orderby=Name&dir=descending', 'GET', '/api/support/chatrooms?orderby=Name&dir=descending'],
      [
        'create',
        'POST',
        '/api/support/chatrooms',
        { BusinessId: 12345678, Name: 'Bench', Active: true, Users: [1, 2] },
      ],
    ],
  },
  messages: {
    label: 'chat user messages',
    stateKey: 'chatUserMessages',
    record: (n) => ({
      Id: n,
      FromUserId: n % 1000,
      ToUsers: [1],
      ChatText: `Message ${n}`,
      Delievered: n % 2 === 0,
      SystemId: null,
      UniqueId: `00000000-0000-4000-9000-${String(n).padStart(12, '0')}`,
      CreatedOn: time(n),
      UpdatedOn: time(n + 60),
      UpdatedBy: 'System',
    }),
    scenarios: (size) => [
      ['GET by Id', 'GET', `/api/sys/chatusermessages/${Math.ceil(size / 2)}`],
      [
        'search ChatUserMessage_ChatText=Message 5',
        'GET',
        '/api/sys/chatusermessages?ChatUserMessage_ChatText=Message%205',
      ],
      ['search orderby=ChatText&dir=descending', 'GET', '/api/sys/chatusermessages?orderby=ChatText&dir=descending'],
      ['create', 'POST', '/api/sys/chatusermessages', { FromUserId: 1, ChatText: 'Bench' }],
    ],
  },
};

function time(n) {
  return new Date(Date.UTC(2020, 0, 1) + n * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A Nexudus JSON data file of `size` records, written as a stream, converted by the sandbox itself. */
async function fixture(entity, size) {
  const file = path.join(dataDir, `nexudus-${entity}-${size}.db`);
  if (existsSync(file)) return file;
  const json = `${file}.json`;
  const out = createWriteStream(json);
  const write = (text) => (out.write(text) ? undefined : once(out, 'drain'));
  const { stateKey, record } = ENTITIES[entity];
  await write(`{"nextId":${size + 1},"chatRooms":{`.replace('chatRooms', stateKey));
  for (let n = 1; n <= size; n++) await write(`${n > 1 ? ',' : ''}"${n}":${JSON.stringify(record(n))}`);
  const other = stateKey === 'chatRooms' ? 'chatUserMessages' : 'chatRooms';
  out.end(`},"${other}":{},"tokens":{}}`);
  await once(out, 'finish');
  const started = Date.now();
  const converting = await startSandbox(['--data', json]);
  await stop(converting);
  console.log(`built ${path.basename(file)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  renameSync(json, file);
  rmSync(`${json}.pre-sqlite.json`);
  return file;
}

async function startSandbox(args) {
  const started = process.hrtime.bigint();
  const child = spawn(
    process.execPath,
    ['--max-old-space-size=8192', cli, '--api', 'nexudus', '--port', String(PORT), ...args],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`sandbox exited with ${code}`)));
    child.stdout.on('data', (chunk) => {
      if (chunk.toString().includes('listening on')) resolve();
    });
  });
  return { child, startSeconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

async function stop({ child }) {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)[1]);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

async function load(method, urlPath, body, duration = seconds) {
  const target = {
    url: `http://127.0.0.1:${PORT}${urlPath}`,
    method,
    headers: { authorization: AUTH, ...(body ? { 'content-type': 'application/json' } : {}) },
    body: body ? JSON.stringify(body) : undefined,
    connections,
  };
  await autocannon({ ...target, duration: 1 }); // warm-up
  const result = await autocannon({ ...target, duration });
  return {
    rps: Math.round(result.requests.average),
    p99: result.latency.p99,
    bad: result.non2xx + result.errors + result.timeouts,
  };
}

async function measure(entity, size, mode) {
  const source = await fixture(entity, size);
  let args;
  if (mode === 'file') {
    const copy = path.join(dataDir, 'run.db');
    for (const suffix of ['', '-wal', '-shm']) rmSync(copy + suffix, { force: true });
    copyFileSync(source, copy);
    args = ['--data', copy];
  } else args = ['--seed', source];
  const sandbox = await startSandbox(args);
  const rows = [];
  let memory;
  try {
    for (const [name, method, urlPath, body] of ENTITIES[entity].scenarios(size))
      rows.push({ name, ...(await load(method, urlPath, body)) });
  } finally {
    memory = memoryOf(sandbox.child.pid);
    await stop(sandbox);
  }
  return { rows, startSeconds: sandbox.startSeconds, ...memory };
}

async function tokenThroughput() {
  const sandbox = await startSandbox(['--seed', 'empty']);
  const grant = async (duration) => {
    const result = await autocannon({
      url: `http://127.0.0.1:${PORT}/api/token`,
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=password&username=admin%40example.com&password=sandbox',
      connections,
      duration,
    });
    return { rps: Math.round(result.requests.average), total: result.requests.total, bad: result.non2xx };
  };
  try {
    const first = await grant(2);
    let issued = first.total;
    while (issued < 10_000) issued += (await grant(2)).total;
    const later = await grant(2);
    return { first: first.rps, later: later.rps, issued, bad: first.bad + later.bad };
  } finally {
    await stop(sandbox);
  }
}

console.log(
  `sandbox at scale: ${connections} connections, ${seconds} s per scenario, Node ${process.version}, 127.0.0.1\n`,
);
const runs = [];
for (const mode of ['memory', 'file']) {
  for (const size of sizes) runs.push({ entity: 'rooms', size, mode, ...(await measure('rooms', size, mode)) });
  if (Number(values.messages) > 0) {
    const size = Number(values.messages);
    runs.push({ entity: 'messages', size, mode, ...(await measure('messages', size, mode)) });
  }
}

const failures = [];
const smallest = Math.min(...sizes);
const baseline = (run) =>
  runs.find((other) => other.entity === 'rooms' && other.mode === run.mode && other.size === smallest);
for (const run of runs) {
  console.log(
    `\n${run.size.toLocaleString('en')} ${ENTITIES[run.entity].label}, ${run.mode}: start ${run.startSeconds.toFixed(2)} s, RSS ${run.rss.toFixed(0)} MB (peak ${run.peak.toFixed(0)} MB)`,
  );
  const base = baseline(run);
  console.table(
    run.rows.map((row, index) => {
      const ratio = base ? row.rps / base.rows[index].rps : 1;
      if (run.size >= 1_000_000 && ratio < 0.5)
        failures.push(`${run.entity} ${run.mode} ${row.name}: ${ratio.toFixed(2)}x its 1k figure`);
      if (run.size >= 1_000_000 && row.p99 >= 20)
        failures.push(`${run.entity} ${run.mode} ${row.name}: p99 ${row.p99} ms`);
      if (row.bad) failures.push(`${run.entity} ${run.mode} ${row.name}: ${row.bad} non-2xx or errors`);
      return {
        scenario: row.name,
        'req/s': row.rps,
        'p99 ms': row.p99,
        [`vs ${smallest.toLocaleString('en')}`]: +ratio.toFixed(2),
      };
    }),
  );
  if (run.size >= 1_000_000 && run.mode === 'file') {
    const create = run.rows.find((row) => row.name === 'create');
    if (create.rps < 5000) failures.push(`${run.entity} file create: ${create.rps} req/s (target >= 5000)`);
    if (run.startSeconds >= 1)
      failures.push(`${run.entity} file start: ${run.startSeconds.toFixed(2)} s (target < 1 s)`);
    if (run.rss >= 400) failures.push(`${run.entity} file RSS: ${run.rss.toFixed(0)} MB (target < 400 MB)`);
  }
}
const tokens = await tokenThroughput();
console.log(
  `\ntokens: ${tokens.first} req/s at first, ${tokens.later} req/s after ${tokens.issued.toLocaleString('en')} tokens (${(tokens.later / tokens.first).toFixed(2)}x)`,
);
if (tokens.later / tokens.first < 0.8)
  failures.push(`token throughput fell to ${(tokens.later / tokens.first).toFixed(2)}x`);
console.log(failures.length ? `\ntargets missed:\n  ${failures.join('\n  ')}` : '\nevery target met');
process.exitCode = failures.length ? 1 : 0;
