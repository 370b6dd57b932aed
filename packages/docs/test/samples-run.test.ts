// Every sample of the docs' local flavour (dist/local, what `pnpm start`
// serves) runs as shown, against a sandbox
// reset to its demo data before each operation: each curl command, through
// real curl, answers the success status its operation documents; each
// TypeScript sample, compiled and run by Node with the built clients, ends
// without an error (the helpers throw on any failure).
import { execFile } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { type ApiName, apiOf } from '@chatapi/specs/catalogue';
import { useSandbox } from '@chatapi/test-harness';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_DOCS_DIR } from '../src/serve.js';

const run = promisify(execFile);
// Inside the package, so that the samples import the clients as a user's project would.
const runDir = fileURLToPath(new URL('../.samples-run/', import.meta.url));
afterAll(() => rm(runDir, { recursive: true, force: true }));

/** Runs a TypeScript sample as a user would after compiling it; the error it ends with, if any. */
async function typescriptFailure(name: string, source: string): Promise<string | undefined> {
  await mkdir(runDir, { recursive: true });
  const file = path.join(runDir, `${name}.mjs`);
  const compiled = ts.transpileModule(source, {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  await writeFile(file, compiled.outputText);
  try {
    await run(process.execPath, [file], { timeout: 30_000 });
    return undefined;
  } catch (error) {
    return (error as { stderr?: string }).stderr?.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? String(error);
  }
}

type Operation = {
  operationId?: string;
  responses?: Record<string, unknown>;
  'x-codeSamples'?: { lang: string; source: string }[];
};

/** The local flavour's docs as built, pointed from the sandbox's default port at this test's sandbox. */
async function localDocs(api: ApiName, sandboxUrl: string) {
  const built = await readFile(path.join(LOCAL_DOCS_DIR, `${api}.docs.json`), 'utf8');
  const defaultOrigin = `http://127.0.0.1:${apiOf(api).defaultPort}`;
  return JSON.parse(built.replaceAll(defaultOrigin, new URL(sandboxUrl).origin));
}

/** Each operation's samples in the local flavour, and the success status it documents. */
async function samplesOn(api: ApiName, sandboxUrl: string) {
  const documented = await localDocs(api, sandboxUrl);
  const operations: { operationId: string; status: number; curl: string; typescript: string }[] = [];
  for (const item of Object.values(documented.paths) as Record<string, Operation>[])
    for (const operation of Object.values(item)) {
      if (!operation?.operationId) continue;
      const sample = (lang: string) => operation['x-codeSamples']!.find((candidate) => candidate.lang === lang)!.source;
      const status = Number(Object.keys(operation.responses ?? {}).find((code) => /^2\d\d$/.test(code)));
      operations.push({
        operationId: operation.operationId,
        status,
        curl: sample('curl'),
        typescript: sample('TypeScript'),
      });
    }
  return operations;
}

/**
 * Each curl command of a sample (they are separated by blank lines), run by bash as a reader would paste it:
 * its status, or `200 WasSuccessful: false` for a Nexudus failure answered 200 (quirk N8).
 */
async function curlOutcomes(sample: string): Promise<string[]> {
  const outcomes: string[] = [];
  for (const command of sample.split(/\n\n/)) {
    const pasted = command
      .split('\n')
      .filter((line) => !line.startsWith('#'))
      .join('\n')
      .replace(/^curl /, `curl -sS -w '\\n%{http_code}' `);
    const { stdout } = await run('bash', ['-c', pasted]);
    const status = stdout.slice(stdout.lastIndexOf('\n') + 1);
    outcomes.push(/"WasSuccessful":\s*false/.test(stdout) ? `${status} WasSuccessful: false` : status);
  }
  return outcomes;
}

for (const api of ['nexudus', 'popsell'] as const) {
  describe(`${api}: the sandbox flavour's samples`, () => {
    const sandbox = useSandbox({ api });
    it('run through curl as shown, each answering its documented success status', async () => {
      const failures: string[] = [];
      const operations = await samplesOn(api, sandbox().url);
      for (const { operationId, status, curl } of operations) {
        await sandbox().reset();
        const outcomes = await curlOutcomes(curl);
        if (outcomes.some((outcome) => outcome !== String(status)))
          failures.push(`${operationId}: answered ${outcomes.join(', ')}, documents ${status}\n${curl}`);
      }
      expect(failures).toEqual([]);
      expect(operations.length).toBeGreaterThan(10);
    });

    it('the getting-started guide runs as shown: its curl answers 200, its TypeScript ends without an error', async () => {
      const { info } = await localDocs(api, sandbox().url);
      const guide = info.description.slice(info.description.indexOf('## Getting started'));
      const block = (language: string) =>
        [...guide.matchAll(new RegExp(`\`\`\`${language}\n([\\s\\S]*?)\`\`\``, 'g'))].map((match) => match[1]!);
      const curl = block('sh').find((command) => command.startsWith('curl '))!;
      await sandbox().reset();
      expect(await curlOutcomes(curl.trim())).toEqual(['200']);
      expect(await typescriptFailure(`${api}-getting-started`, block('ts')[0]!)).toBeUndefined();
    });

    it('run as TypeScript through the built client, without an error', async () => {
      const failures: string[] = [];
      for (const { operationId, typescript } of await samplesOn(api, sandbox().url)) {
        await sandbox().reset();
        const failure = await typescriptFailure(`${api}-${operationId}`, typescript);
        if (failure) failures.push(`${operationId}: ${failure}\n${typescript}`);
      }
      expect(failures).toEqual([]);
    });
  });
}
