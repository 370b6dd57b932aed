// The Arazzo workflows @chatapi/specs publishes, run by the command users run
// against a real account (`chatapi-check-live`, Redocly's respect underneath)
// against a freshly started demo sandbox: every step passes, and a server that
// breaks its description fails the run.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { startSandbox } from '@chatapi/sandbox';
import { afterEach, describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const checkLive = path.join(path.dirname(require.resolve('@chatapi/specs/package.json')), 'scripts/check-live.js');

// The demo account's secrets, which the output must never show.
const SECRET = { nexudus: 'sandbox', popsell: 'sandbox-api-key' };

// What a user sets to run the workflows against the sandbox's demo account.
const DEMO_ENV = {
  nexudus: (url) => ({
    NEXUDUS_URL: url,
    NEXUDUS_EMAIL: 'admin@example.com',
    NEXUDUS_PASSWORD: SECRET.nexudus,
    NEXUDUS_BUSINESS_ID: '12345678',
    NEXUDUS_COMMAND_KEY: 'ACTIVATE_CHATROOMS',
    NEXUDUS_FROM_USER_ID: '123',
    NEXUDUS_TO_USER_ID: '87654321',
  }),
  popsell: (url) => ({
    POPSELL_URL: url,
    POPSELL_DOMAIN: 'example.com',
    POPSELL_API_KEY: SECRET.popsell,
    POPSELL_CUSTOMER_EMAIL: 'journey@shop.test',
    POPSELL_BRAND: '3',
    POPSELL_AMBASSADOR_ID: '47',
    POPSELL_CUSTOMER_ID: '43',
  }),
};

const sandboxes = [];
afterEach(async () => {
  await Promise.all(sandboxes.splice(0).map((sandbox) => sandbox.close()));
});

async function sandboxFor(api) {
  const sandbox = await startSandbox({ api, port: 0, seed: 'demo', strict: true });
  sandboxes.push(sandbox);
  return sandbox;
}

function run(args, env) {
  return new Promise((resolve) =>
    execFile(
      process.execPath,
      [checkLive, ...args],
      { env: { PATH: process.env.PATH, NO_COLOR: '1', ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => resolve({ code: error ? error.code : 0, output: stdout + stderr }),
    ),
  );
}

describe.each(['nexudus', 'popsell'])('%s workflows', (api) => {
  it('pass against the demo sandbox, every answer matching the description', async () => {
    const sandbox = await sandboxFor(api);
    const { code, output } = await run([api], DEMO_ENV[api](sandbox.url));
    expect(output).toMatch(/Workflows: 2 passed, 2 total/);
    expect(output).not.toMatch(/✗/);
    expect(code).toBe(0);
    expect(output).not.toContain(SECRET[api]);
  });

  it('fail when the server answers what the description does not document', async () => {
    const sandbox = await sandboxFor(api);
    const operationId = api === 'nexudus' ? 'getChatRoom' : 'getChatroom';
    await sandbox.fault({ kind: 'error', status: 502, operationId });
    const { code, output } = await run([api], DEMO_ENV[api](sandbox.url));
    expect(output).toMatch(/status code check/);
    expect(output).toMatch(/Workflows: \d+ passed, 1 failed, 2 total/);
    expect(code).toBe(1);
    // A failure prints the request, and still masks the inputs the workflow declares as passwords.
    expect(output).not.toContain(SECRET[api]);
  });
});

it('names the environment variables a run needs, and runs one workflow on request', async () => {
  const missing = await run(['popsell'], {});
  expect(missing.code).toBe(2);
  expect(missing.output).toContain(
    'chatapi-check-live: set POPSELL_URL, POPSELL_DOMAIN, POPSELL_API_KEY, POPSELL_CUSTOMER_EMAIL, POPSELL_BRAND, POPSELL_AMBASSADOR_ID, POPSELL_CUSTOMER_ID',
  );
  const sandbox = await sandboxFor('popsell');
  const { url } = sandbox;
  const one = await run(['popsell', '--workflow', 'brandSignIn'], {
    POPSELL_URL: url,
    POPSELL_DOMAIN: 'example.com',
    POPSELL_API_KEY: 'sandbox-api-key',
    POPSELL_CUSTOMER_EMAIL: 'journey@shop.test',
  });
  expect(one.output).toMatch(/Workflows: 1 passed, 1 total/);
  expect(one.code).toBe(0);
});
