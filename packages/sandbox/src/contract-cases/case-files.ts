// Loads the sandbox's black-box contract case files (contract-cases/ at the
// package root, see its README) and turns their shorthand into requests for
// the testing client.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { type ApiName, NEXUDUS_USERS, operationsById, POPSELL_TOKENS } from '../index.js';
import type { Call } from '../testing/client.js';

export interface ContractCase {
  name: string;
  request: Omit<Call, 'auth'> & { auth?: string | Call['auth'] };
  expect: { status: number; body?: unknown };
}

export interface CaseFile {
  api: ApiName;
  file: string;
  operation: string;
  exempt: Record<string, string>;
  cases: ContractCase[];
}

export const casesDir = fileURLToPath(new URL('../../contract-cases/', import.meta.url));

export function loadCaseFiles(api: ApiName): CaseFile[] {
  const dir = path.join(casesDir, api);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.yaml'))
    .sort()
    .map((name) => {
      const data = parse(readFileSync(path.join(dir, name), 'utf8'));
      return {
        api,
        file: `${api}/${name}`,
        operation: data.operation,
        exempt: data.exempt ?? {},
        cases: data.cases ?? [],
      };
    });
}

/** Resolves `auth: admin` and the like to the sandbox's published credentials. */
export function credentialsOf(auth: ContractCase['request']['auth']): Call['auth'] {
  if (auth === undefined || auth === 'none') return undefined;
  if (typeof auth !== 'string') return auth;
  if (auth === 'popsell') return { bearer: POPSELL_TOKENS[0]!.token };
  const user = NEXUDUS_USERS.find((candidate) => candidate.email === `${auth}@example.com`);
  if (!user) throw new Error(`contract case: unknown auth "${auth}"`);
  return { basic: [user.email, user.password] };
}

export function requestOf(contractCase: ContractCase): Call {
  return { ...contractCase.request, auth: credentialsOf(contractCase.request.auth) };
}

/** Every status each operation of the spec documents. */
export function documentedStatuses(api: ApiName): Map<string, string[]> {
  return new Map(
    [...operationsById(api)].map(([operationId, operation]) => [operationId, Object.keys(operation.spec.responses)]),
  );
}
