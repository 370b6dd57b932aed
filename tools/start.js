#!/usr/bin/env node
// `pnpm start`: both sandboxes on their default ports, with the demo data, the
// credentials and a curl to paste, and the docs beside them. Ctrl-C stops all
// of it cleanly.
import { existsSync, renameSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { NEXUDUS_USERS, POPSELL_TOKENS, startSandbox } from '@chatapi/sandbox';
import { API_NAMES, APIS } from '@chatapi/specs/catalogue';
// A path, not a dependency: @chatapi/docs builds its code samples with tools/.
import { LOCAL_DOCS_DIR, serveDocs } from '../packages/docs/src/serve.js';

// `pnpm start -- --docs-port 0` hands the `--` on to the script: skip it.
const args = process.argv.slice(2);
const { values } = parseArgs({
  args: args[0] === '--' ? args.slice(1) : args,
  options: {
    host: { type: 'string', default: '127.0.0.1' },
    ...Object.fromEntries(
      APIS.map((api) => [`${api.name}-port`, { type: 'string', default: String(api.defaultPort) }]),
    ),
    'docs-port': { type: 'string', default: '8080' },
    'data-dir': { type: 'string' },
  },
});

/** `<data-dir>/<api>.db`; a JSON data file an earlier version kept there takes that name, and is converted on start. */
function dataFile(api) {
  if (!values['data-dir']) return undefined;
  const database = path.join(values['data-dir'], `${api}.db`);
  const earlier = path.join(values['data-dir'], `${api}.json`);
  if (!existsSync(database) && existsSync(earlier)) renameSync(earlier, database);
  return database;
}
let servers;
try {
  servers = await Promise.all([
    ...API_NAMES.map((api) =>
      startSandbox({
        api,
        host: values.host,
        port: Number(values[`${api}-port`]),
        seed: 'demo',
        dataFile: dataFile(api),
      }),
    ),
    // The local flavour: its samples call these sandboxes, on their default ports, with the demo credentials.
    serveDocs({ host: values.host, port: Number(values['docs-port']), root: LOCAL_DOCS_DIR }),
  ]);
} catch (error) {
  const hint =
    error.code === 'EADDRINUSE'
      ? ' (another program uses that port; pass --nexudus-port, --popsell-port or --docs-port, 0 for any free one)'
      : '';
  console.error(`chatapi: could not start the sandboxes: ${error.message}${hint}`);
  process.exit(1);
}
const [nexudus, popsell, docs] = servers;
const movedSandboxes = APIS.filter((api) => Number(values[`${api.name}-port`]) !== api.defaultPort).map(
  (api) => api.name,
);
const admin = NEXUDUS_USERS.find((user) => user.administrator && !user.totp);
const others = NEXUDUS_USERS.filter((user) => user !== admin);

console.log(`chatapi sandboxes are running (demo data${values['data-dir'] ? `, saved in ${values['data-dir']}` : ', in memory'}).

Docs     ${docs.url}/   (both references, offline; ${docs.url}/nexudus.html, ${docs.url}/popsell.html)
         their samples call these sandboxes with the demo credentials${movedSandboxes.length ? `, on the default ports: ${movedSandboxes.join(' and ')} run elsewhere now, so change the port in those samples` : ', and run as shown'}

Nexudus  ${nexudus.url}
  full administrator   ${admin.email} / ${admin.password}   (HTTP Basic, or POST /api/token for a bearer token)
  role-limited users   ${others.map((user) => `${user.email} (${user.administrator ? `administrator, two-factor code ${user.totp}` : user.roles.join(', ') || 'no roles'})`).join('\n                       ')}
  all with password ${admin.password}

Popsell  ${popsell.url}
  bearer tokens        ${POPSELL_TOKENS.map((client) => `${client.token} (brand ${client.brands.join(', ')})`).join(', ')}

Try:
curl -s -u ${admin.email}:${admin.password} '${nexudus.url}/api/support/chatrooms?size=2'
curl -s -d grant_type=password -d username=${admin.email} -d password=${admin.password} ${nexudus.url}/api/token
curl -s -X PATCH ${popsell.url}/chat/chatrooms/8 -H 'Authorization: Bearer ${POPSELL_TOKENS[0].token}' -H 'X-Popsell-Brand: 3' -H 'Content-Type: application/json' -d '{"established_dialogue":"2023-10-06 13:41:09.123"}'

Press Ctrl-C to stop.`);

let stopping = false;
const stop = async (signal) => {
  if (stopping) return;
  stopping = true;
  await Promise.all(servers.map((server) => server.close()));
  console.log(`\nchatapi: sandboxes and docs stopped (${signal}).`);
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
