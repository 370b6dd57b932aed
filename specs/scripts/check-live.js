#!/usr/bin/env node
// `chatapi-check-live <api>`: runs the API's published Arazzo workflows with
// Redocly's `respect` against a real account (or any server), so users can
// check that the description still matches the live API. Every answer is
// checked against the description: status, content type and schema.
//
//   NEXUDUS_EMAIL=… NEXUDUS_PASSWORD=… … chatapi-check-live nexudus [--workflow chatRoomJourney]
//
// Each workflow input `someInput` is read from the environment variable
// `<API>_SOME_INPUT`; the server from `<API>_URL` (Nexudus defaults to
// production). The workflows create records and delete what they can: use a
// test account.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { API_NAMES, readBundle } from '../catalogue.js';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** The environment variable that holds a workflow input: `businessId` of nexudus is NEXUDUS_BUSINESS_ID. */
export const envName = (api, input) => `${api}_${input.replace(/([a-z0-9])([A-Z])/g, '$1_$2')}`.toUpperCase();

/** The published workflow files of an API, parsed. */
export function workflowFilesOf(api) {
  return readdirSync(distDir)
    .filter((file) => file.startsWith(`${api}.`) && file.endsWith('.arazzo.json'))
    .map((file) => ({
      file: path.join(distDir, file),
      doc: JSON.parse(readFileSync(path.join(distDir, file), 'utf8')),
    }));
}

/**
 * The `respect` arguments for an API's workflows, or the environment variables that are missing.
 * @param {string} api
 * @param {Record<string, string | undefined>} env
 * @param {{ workflow?: string }} [options]
 */
export function respectArguments(api, env, { workflow } = {}) {
  const files = workflowFilesOf(api);
  if (!files.length) return { error: `no published workflows for ${api}` };
  const server = env[`${api.toUpperCase()}_URL`] ?? fixedServerOf(api);
  const runs = [];
  const missing = new Set(server ? [] : [`${api.toUpperCase()}_URL`]);
  for (const { file, doc } of files) {
    const wanted = doc.workflows.filter((candidate) => !workflow || candidate.workflowId === workflow);
    if (!wanted.length) continue;
    const inputs = new Map();
    for (const { inputs: schema } of wanted)
      for (const name of schema?.required ?? []) {
        const value = env[envName(api, name)];
        if (value === undefined || value === '') missing.add(envName(api, name));
        else inputs.set(name, value);
      }
    runs.push([
      'respect',
      file,
      '--server',
      `${api}=${server}`,
      ...[...inputs].flatMap(([name, value]) => ['--input', `${name}=${value}`]),
      ...(workflow ? ['--workflow', workflow] : []),
    ]);
  }
  if (!runs.length) return { error: `${api} has no workflow ${workflow}` };
  if (missing.size) return { error: `set ${[...missing].join(', ')}` };
  return { runs };
}

/** The description's server when it has one fixed URL (Nexudus production); a per-customer one (Popsell's `{domain}`) must be given. */
function fixedServerOf(api) {
  const server = readBundle(/** @type {import('../catalogue.js').ApiName} */ (api), 'json').servers?.[0];
  return server && !server.url.includes('{') ? server.url : undefined;
}

function redoclyCli() {
  try {
    return createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');
  } catch {
    return undefined;
  }
}

async function main() {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { workflow: { type: 'string' } } });
  const api = positionals[0];
  const apis = API_NAMES.filter((name) => workflowFilesOf(name).length);
  if (!apis.some((name) => name === api)) {
    console.error(`usage: chatapi-check-live ${apis.join('|')} [--workflow ID]`);
    return 2;
  }
  const planned = respectArguments(api, process.env, values);
  if (planned.error) {
    console.error(`chatapi-check-live: ${planned.error}`);
    return 2;
  }
  const cli = redoclyCli();
  if (!cli) {
    console.error(
      'chatapi-check-live runs Redocly respect: install it beside this package, npm install --save-dev @redocly/cli@2',
    );
    return 2;
  }
  let failed = 0;
  for (const args of planned.runs) {
    const code = await new Promise((resolve) =>
      spawn(process.execPath, [cli, ...args], {
        stdio: 'inherit',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
      }).on('close', resolve),
    );
    if (code !== 0) failed += 1;
  }
  return failed ? 1 : 0;
}

const invoked = process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) process.exitCode = await main();
