#!/usr/bin/env node
// Requests per second over loopback for raw fetch, bare openapi-fetch and
// @chatapi/nexudus-client (a helper call with its default retry policy, auth
// and typed-error handling; and once more with a timeout) against the same local server, in the
// same run. The server is its own process and answers a canned chat room, so
// the clients' own cost decides the figures. Contenders take turns over
// several rounds; the table keeps each one's median, and the verdict is the
// median of the rounds' paired ratios, which evens out drift.
//
//   pnpm --filter @chatapi/bench client-vs-openapi-fetch [-- --seconds 3 --rounds 5 --concurrency 32]
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { createNexudusClient } from '@chatapi/nexudus-client';
import createClient from 'openapi-fetch';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    rounds: { type: 'string', default: '5' },
    concurrency: { type: 'string', default: '32' },
    serve: { type: 'boolean', default: false },
  },
});

const ROOM = {
  Id: 1234567,
  BusinessId: 12345678,
  Name: 'Name',
  Active: false,
  LastAgentVisit: null,
  Users: [],
  SystemId: null,
  UniqueId: '00000000-0000-4000-8000-000001234567',
  CreatedOn: '2018-07-03T06:23:01Z',
  UpdatedOn: '2020-01-01T21:57:21Z',
  UpdatedBy: 'System',
  IsNew: false,
};

if (values.serve) {
  // The server process: one canned answer, as cheap as an HTTP server gets.
  const { createServer } = await import('node:http');
  const body = JSON.stringify(ROOM);
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(200, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    });
    response.end(body);
  });
  server.listen(0, '127.0.0.1', () =>
    process.send?.({ port: /** @type {import('node:net').AddressInfo} */ (server.address()).port }),
  );
} else {
  const seconds = Number(values.seconds);
  const rounds = Number(values.rounds);
  const concurrency = Number(values.concurrency);
  const child = fork(new URL(import.meta.url).pathname, ['--serve'], { stdio: 'inherit' });
  const [{ port }] = await once(child, 'message');
  const baseUrl = `http://127.0.0.1:${port}`;
  const authorization = 'Bearer bench-token';

  /** @type {import('openapi-fetch').Client<import('@chatapi/nexudus-client').paths>} */
  const bare = createClient({ baseUrl, headers: { Authorization: authorization } });
  const ours = createNexudusClient({ baseUrl, auth: { token: 'bench-token' } });
  const oursWithTimeout = createNexudusClient({ baseUrl, auth: { token: 'bench-token' }, timeoutMs: 30_000 });
  const contenders = {
    'raw fetch': async () => {
      const response = await fetch(`${baseUrl}/api/support/chatrooms/1234567`, { headers: { authorization } });
      if (!response.ok) throw new Error(String(response.status));
      return response.json();
    },
    'bare openapi-fetch': async () => {
      const { data, error } = await bare.GET('/api/support/chatrooms/{Id}', { params: { path: { Id: 1234567 } } });
      if (error) throw new Error('failed');
      return data;
    },
    '@chatapi/nexudus-client': () => ours.chatRooms.get(1234567),
    // For information: a timeout hands fetch an AbortSignal, which undici pays for on every request.
    '@chatapi/nexudus-client, timeoutMs set': () => oursWithTimeout.chatRooms.get(1234567),
  };

  async function measure(call) {
    let done = 0;
    const deadline = performance.now() + seconds * 1000;
    const worker = async () => {
      while (performance.now() < deadline) {
        const room = await call();
        if (room.Id !== 1234567) throw new Error('wrong answer');
        done++;
      }
    };
    const started = performance.now();
    await Promise.all(Array.from({ length: concurrency }, worker));
    return done / ((performance.now() - started) / 1000);
  }

  console.log(
    `clients over loopback: ${concurrency} in flight, ${rounds} rounds of ${seconds} s each, Node ${process.version}\n`,
  );
  /** @type {Record<string, number[]>} */
  const samples = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const name of Object.keys(contenders)) await measure(contenders[name]); // warm-up
  for (let round = 0; round < rounds; round++) {
    const order = Object.keys(contenders);
    if (round % 2) order.reverse();
    for (const name of order) samples[name].push(await measure(contenders[name]));
  }
  child.kill();

  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const rate = Object.fromEntries(Object.entries(samples).map(([name, list]) => [name, median(list)]));
  console.table(
    Object.entries(rate).map(([name, perSecond]) => ({
      client: name,
      'req/s (median)': Math.round(perSecond),
      'vs bare openapi-fetch': +(perSecond / rate['bare openapi-fetch']).toFixed(3),
      'vs raw fetch': +(perSecond / rate['raw fetch']).toFixed(3),
    })),
  );
  // The verdict pairs each round's two measurements, taken back to back, so that drift between rounds (the
  // machine's other load, its clock) cancels out instead of landing on one side of the ratio.
  const pairedRatios = samples['@chatapi/nexudus-client'].map(
    (perSecond, round) => perSecond / samples['bare openapi-fetch'][round],
  );
  const ratio = median(pairedRatios);
  console.log(
    `\nper round, @chatapi/nexudus-client / bare openapi-fetch: ${pairedRatios.map((each) => each.toFixed(2)).join(' ')}`,
  );
  console.log(
    `@chatapi/nexudus-client runs at ${ratio.toFixed(3)}x bare openapi-fetch, median of paired rounds (target >= 0.95)`,
  );
  process.exitCode = ratio >= 0.95 ? 0 : 1;
}
